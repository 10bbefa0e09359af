// Tested by tests/text/word_set_test.cc
#include "text/word_set.h"

namespace glaneur::text {

std::string_view WordSet::word_at(uint32_t index) const {
  const Word& w = words_[index];
  return std::string_view(chars_.data() + w.begin, w.size);
}

uint16_t WordSet::tags(std::string_view word) const {
  if (!may_hold(word)) return 0;
  uint32_t entry = slots_.find(word, key_of());
  return entry == 0 ? 0 : words_[entry - 1].tags;
}

void WordSet::reserve(size_t words) {
  words_.reserve(words);
  slots_.reserve(words, key_of());
}

void WordSet::insert(std::string_view word, uint16_t tags) {
  if (uint32_t held = slots_.insert(word, static_cast<uint32_t>(words_.size()), key_of())) {
    words_[held - 1].tags |= tags;
    return;
  }
  uint32_t shape = shape_of(word);
  shapes_[shape >> 6] |= uint64_t{1} << (shape & 63);
  words_.push_back({static_cast<uint32_t>(chars_.size()), static_cast<uint32_t>(word.size()), tags});
  chars_.append(word);
}

}  // namespace glaneur::text
