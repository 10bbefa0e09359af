// Hash maps keyed by text that are looked up with a std::string_view, without building a string
// for each lookup (tokens are views into the folded text); sets of words are TextSets (text_set.h).
//
//   TextMap<int> ids;
//   ids.try_emplace("mme", 2);
//   ids.find(std::string_view("mme"))->second;   // 2, no allocation
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace glaneur {

// A hash of a short text (a word, a name), inline: eight bytes a step (a word takes one or two),
// then a final mix so that its low bits and its high ones depend on every byte. std::hash, out of
// line and made for any length, took a tenth of finding names in lookups of words.
inline uint64_t hash_text(std::string_view text) {
  uint64_t h = 0xcbf29ce484222325ULL ^ text.size();
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, text.data() + i, 8);
    h = (h ^ chunk) * 0x9e3779b97f4a7c15ULL;
    h ^= h >> 32;
  }
  uint64_t rest = 0;
  for (; i < text.size(); ++i) rest = rest << 8 | static_cast<unsigned char>(text[i]);
  h = (h ^ rest) * 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 29;
  h *= 0x94d049bb133111ebULL;
  return h ^ (h >> 32);
}

// Open addressing over (hash, entry) slots, the entries in insertion order: a lookup hashes once
// and reads a slot and its entry, where std::unordered_map divides by a prime and follows a chain
// of heap nodes (a token's trigger lookup was 2.5 % of the analysis). Inserting may move entries:
// an iterator or a reference into the map holds until the next insertion.
template <typename V>
class TextMap {
 public:
  using value_type = std::pair<std::string, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  iterator find(std::string_view key) { return entries_.begin() + (entry_of(key) - entries_.data()); }
  const_iterator find(std::string_view key) const { return entries_.begin() + (entry_of(key) - entries_.data()); }
  size_t count(std::string_view key) const { return entry_of(key) != entries_.data() + entries_.size() ? 1 : 0; }

  template <typename... Args>
  std::pair<iterator, bool> try_emplace(std::string_view key, Args&&... args) {
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    uint64_t hash = hash_text(key);
    Slot& slot = slots_[find_slot(key, hash)];
    if (slot.entry != 0) return {entries_.begin() + (slot.entry - 1), false};
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(key), std::forward_as_tuple(std::forward<Args>(args)...));
    slot = {static_cast<uint32_t>(hash >> 32), static_cast<uint32_t>(entries_.size())};
    return {entries_.end() - 1, true};
  }
  std::pair<iterator, bool> emplace(std::string_view key, V value) { return try_emplace(key, std::move(value)); }
  V& operator[](std::string_view key) { return try_emplace(key).first->second; }

 private:
  struct Slot {
    uint32_t hash = 0;   // the high half of hash_text
    uint32_t entry = 0;  // 1 + index in entries_; 0: empty
  };

  // The slot holding `key`, or the empty slot where it would go.
  size_t find_slot(std::string_view key, uint64_t hash) const {
    size_t mask = slots_.size() - 1;
    uint32_t tag = static_cast<uint32_t>(hash >> 32);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.entry == 0 || (slot.hash == tag && entries_[slot.entry - 1].first == key)) return i;
    }
  }
  // The entry of `key`, or one past the last entry.
  const value_type* entry_of(std::string_view key) const {
    if (slots_.empty()) return entries_.data() + entries_.size();
    uint32_t entry = slots_[find_slot(key, hash_text(key))].entry;
    return entry == 0 ? entries_.data() + entries_.size() : entries_.data() + (entry - 1);
  }
  value_type* entry_of(std::string_view key) { return const_cast<value_type*>(std::as_const(*this).entry_of(key)); }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : 2 * old.size(), {});
    for (const Slot& s : old)
      if (s.entry != 0) slots_[find_slot(entries_[s.entry - 1].first, hash_text(entries_[s.entry - 1].first))] = s;
  }

  std::vector<value_type> entries_;
  std::vector<Slot> slots_;  // a power of two in size, at most half full
};

}  // namespace glaneur
