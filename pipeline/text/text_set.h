// TextSet: a set of words looked up with a std::string_view, for the vocabularies of names
// (titles, heads, cues), read at almost every token. A text::WordSet underneath, so that a lookup
// reads one slot of a flat table instead of a bucket, a node and a string on the heap.
//
//   TextSet titles = {"m.", "mme"};
//   titles.count("mme");   // 1
#pragma once

#include <initializer_list>
#include <string_view>

#include "text/word_set.h"

namespace glaneur {

class TextSet {
 public:
  TextSet() = default;
  TextSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) insert(w);
  }
  void insert(std::string_view word) { words_.insert(word); }
  // Room for `words` in all without growing again (communes.tsv gives 35,000 at once).
  void reserve(size_t words) { words_.reserve(words); }
  size_t count(std::string_view word) const { return words_.contains(word) ? 1 : 0; }
  size_t size() const { return words_.size(); }
  bool empty() const { return words_.size() == 0; }

 private:
  text::WordSet words_;
};

}  // namespace glaneur
