// Hash maps keyed by std::string that can be searched with a std::string_view, without building a
// string for each lookup (tokens are views into the folded text); sets of words are
// TextSets (text_set.h).
//
//   TextMap<int> ids = {{"m.", 1}, {"mme", 2}};
//   ids.find(std::string_view("mme"));   // no allocation
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

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

struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return hash_text(s); }
};

template <typename V>
using TextMap = std::unordered_map<std::string, V, TextHash, std::equal_to<>>;

}  // namespace glaneur
