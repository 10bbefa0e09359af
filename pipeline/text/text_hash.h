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

// The index half of an open-addressing table of texts, which TextMap and text::WordSet share: slots
// of (the high half of hash_text, 1 + an entry's index), a power of two in number and at most half
// full. The entries and their keys stay with the table that owns them; `key_of(i)` gives entry i's.
class HashSlots {
 public:
  // 1 + the index of the entry whose key is `key`, or 0.
  template <typename KeyOf>
  uint32_t find(std::string_view key, KeyOf key_of) const {
    return slots_.empty() ? 0 : slots_[slot_of(key, hash_text(key), key_of)].entry;
  }
  // Takes entry `index` (the next one) for `key` unless an entry holds it: then 1 + that entry's
  // index; 0 when `index` was taken.
  template <typename KeyOf>
  uint32_t insert(std::string_view key, uint32_t index, KeyOf key_of) {
    if (2 * (size_t{index} + 1) > slots_.size()) reserve(index + 1 < 8 ? 8 : 2 * size_t{index}, key_of);
    uint64_t hash = hash_text(key);
    Slot& slot = slots_[slot_of(key, hash, key_of)];
    if (slot.entry != 0) return slot.entry;
    slot = {static_cast<uint32_t>(hash >> 32), index + 1};
    return 0;
  }
  // Room for `entries` entries without growing again.
  template <typename KeyOf>
  void reserve(size_t entries, KeyOf key_of) {
    size_t wanted = 16;
    while (wanted < 2 * entries) wanted *= 2;
    if (wanted <= slots_.size()) return;
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(wanted, {});
    for (const Slot& s : old) {
      if (s.entry == 0) continue;
      std::string_view key = key_of(s.entry - 1);
      slots_[slot_of(key, hash_text(key), key_of)] = s;
    }
  }

 private:
  struct Slot {
    uint32_t hash = 0;   // the high half of hash_text
    uint32_t entry = 0;  // 1 + the entry's index; 0: empty
  };

  // The slot holding `key`, or the empty slot where it would go.
  template <typename KeyOf>
  size_t slot_of(std::string_view key, uint64_t hash, KeyOf key_of) const {
    size_t mask = slots_.size() - 1;
    uint32_t tag = static_cast<uint32_t>(hash >> 32);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.entry == 0 || (slot.hash == tag && key_of(slot.entry - 1) == key)) return i;
    }
  }

  std::vector<Slot> slots_;
};

// A map keyed by text, its entries in insertion order, found through HashSlots: a lookup hashes
// once and reads a slot and its entry, where std::unordered_map divides by a prime and follows a
// chain of heap nodes (a token's trigger lookup was 2.5 % of the analysis). Inserting may move
// entries: an iterator or a reference into the map holds until the next insertion.
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
  // Room for `entries` without growing again: a table of 35,000 rows is built in one go.
  void reserve(size_t entries) {
    entries_.reserve(entries);
    slots_.reserve(entries, key_of());
  }

  iterator find(std::string_view key) { return entries_.begin() + index_of(key); }
  const_iterator find(std::string_view key) const { return entries_.begin() + index_of(key); }
  size_t count(std::string_view key) const { return slots_.find(key, key_of()) != 0 ? 1 : 0; }

  template <typename... Args>
  std::pair<iterator, bool> try_emplace(std::string_view key, Args&&... args) {
    if (uint32_t held = slots_.insert(key, static_cast<uint32_t>(entries_.size()), key_of())) return {entries_.begin() + (held - 1), false};
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(key), std::forward_as_tuple(std::forward<Args>(args)...));
    return {entries_.end() - 1, true};
  }
  std::pair<iterator, bool> emplace(std::string_view key, V value) { return try_emplace(key, std::move(value)); }
  V& operator[](std::string_view key) { return try_emplace(key).first->second; }

 private:
  auto key_of() const {
    return [this](uint32_t i) { return std::string_view(entries_[i].first); };
  }
  // The index of the entry of `key`, or size().
  size_t index_of(std::string_view key) const {
    uint32_t entry = slots_.find(key, key_of());
    return entry == 0 ? entries_.size() : entry - 1;
  }

  std::vector<value_type> entries_;
  HashSlots slots_;
};

}  // namespace glaneur
