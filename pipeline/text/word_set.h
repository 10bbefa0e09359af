// A set of words built once and looked up very often (the French dictionary's 86,000 entries,
// looked up at almost every token), each word with a few bits of what it is (a noun, a first
// name…): one block of characters and an open-addressing table of (hash, word) pairs (HashSlots,
// text_hash.h), instead of a heap node and a heap string per word. A lookup hashes once and mostly
// reads one slot; it takes a string_view and allocates nothing. Most lookups are of words a small
// set does not hold ("de" among the titles): a bit per shape of word (its length, first and last
// bytes) that some word of the set has turns most of them away before any hashing.
//
//   WordSet words;
//   words.insert("habitant");
//   words.contains("habitant");   // true
//   words.insert("nouveau", 1);   // a noun, say
//   words.insert("nouveau", 2);   // and an adjective
//   words.tags("nouveau");        // 3: the tags of every insert; 0 for a word not in the set
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/text_hash.h"

namespace glaneur::text {

class WordSet {
 public:
  // Adds the word with `tags` (not 0), or adds them to the tags it has.
  void insert(std::string_view word, uint16_t tags = 1);
  // The tags the word was inserted with; 0 when it is not in the set.
  uint16_t tags(std::string_view word) const;
  bool contains(std::string_view word) const { return tags(word) != 0; }
  size_t size() const { return words_.size(); }
  void reserve(size_t words);

 private:
  struct Word {
    uint32_t begin, size;  // in chars_
    uint16_t tags;
  };
  std::string_view word_at(uint32_t index) const;
  // The bit of a word's shape in shapes_: words of one shape share it, so a clear bit says that
  // no word of the set has that shape; a set bit says nothing.
  static uint32_t shape_of(std::string_view word) {
    if (word.empty()) return 0;
    auto first = static_cast<unsigned char>(word.front()), last = static_cast<unsigned char>(word.back());
    return static_cast<uint32_t>((std::min<size_t>(word.size(), 15) << 8) | ((first * 7u ^ last) & 0xFF));
  }
  bool may_hold(std::string_view word) const {
    uint32_t shape = shape_of(word);
    return shapes_[shape >> 6] >> (shape & 63) & 1;
  }
  auto key_of() const {
    return [this](uint32_t i) { return word_at(i); };
  }

  std::string chars_;
  std::vector<Word> words_;
  HashSlots slots_;
  std::array<uint64_t, 64> shapes_{};  // 16 lengths × 256 first-and-last-byte values
};

}  // namespace glaneur::text

