// Tested by tests/text/word_set_test.cc
#include "text/word_set.h"

#include <cstring>

namespace glaneur::text {

uint64_t WordSet::hash_of(std::string_view word) {
  // Eight bytes a step (a word takes one or two), then a final mix so that the low bits (the slot)
  // and the high ones (the slot's tag) depend on every byte. Byte by byte, hashing was half of
  // building the dictionary's sets.
  uint64_t h = 0xcbf29ce484222325ULL ^ word.size();
  size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, word.data() + i, 8);
    h = (h ^ chunk) * 0x9e3779b97f4a7c15ULL;
    h ^= h >> 32;
  }
  uint64_t rest = 0;
  for (; i < word.size(); ++i) rest = rest << 8 | static_cast<unsigned char>(word[i]);
  h = (h ^ rest) * 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 29;
  h *= 0x94d049bb133111ebULL;
  return h ^ (h >> 32);
}

std::string_view WordSet::word_at(uint32_t index) const {
  const Word& w = words_[index];
  return std::string_view(chars_.data() + w.begin, w.size);
}

size_t WordSet::find_slot(std::string_view word, uint64_t hash) const {
  size_t mask = slots_.size() - 1;
  uint32_t tag = static_cast<uint32_t>(hash >> 32);
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.word == 0 || (slot.hash == tag && word_at(slot.word - 1) == word)) return i;
  }
}

uint16_t WordSet::tags(std::string_view word) const {
  if (slots_.empty()) return 0;
  uint32_t index = slots_[find_slot(word, hash_of(word))].word;
  return index == 0 ? 0 : words_[index - 1].tags;
}

void WordSet::reserve(size_t words) {
  words_.reserve(words);
  size_t wanted = 16;
  while (wanted < 2 * words) wanted *= 2;
  if (wanted <= slots_.size()) return;
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(wanted, {});
  for (const Slot& s : old) {
    if (s.word == 0) continue;
    std::string_view w = word_at(s.word - 1);
    slots_[find_slot(w, hash_of(w))] = s;
  }
}

void WordSet::insert(std::string_view word, uint16_t tags) {
  if (2 * (words_.size() + 1) > slots_.size()) reserve(words_.size() + 1 < 8 ? 8 : 2 * words_.size());
  uint64_t hash = hash_of(word);
  size_t i = find_slot(word, hash);
  if (slots_[i].word != 0) {
    words_[slots_[i].word - 1].tags |= tags;
    return;
  }
  words_.push_back({static_cast<uint32_t>(chars_.size()), static_cast<uint32_t>(word.size()), tags});
  chars_.append(word);
  slots_[i] = {static_cast<uint32_t>(hash >> 32), static_cast<uint32_t>(words_.size())};
}

}  // namespace glaneur::text
