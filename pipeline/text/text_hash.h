// Hash sets and maps keyed by std::string that can be searched with a std::string_view, without
// building a string for each lookup (tokens are views into the folded text).
//
//   TextSet titles = {"m.", "mme"};
//   titles.count(std::string_view("mme"));   // no allocation
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace glaneur {

struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using TextSet = std::unordered_set<std::string, TextHash, std::equal_to<>>;
template <typename V>
using TextMap = std::unordered_map<std::string, V, TextHash, std::equal_to<>>;

}  // namespace glaneur
