// Tested by tests/text/word_set_test.cc
#include "text/word_set.h"

#include "text/text_hash.h"

namespace glaneur::text {

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
  uint32_t index = slots_[find_slot(word, hash_text(word))].word;
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
    slots_[find_slot(w, hash_text(w))] = s;
  }
}

void WordSet::insert(std::string_view word, uint16_t tags) {
  if (2 * (words_.size() + 1) > slots_.size()) reserve(words_.size() + 1 < 8 ? 8 : 2 * words_.size());
  uint64_t hash = hash_text(word);
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
