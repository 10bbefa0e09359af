// Splitting a line into its fields and joining words back, for the small text formats glaneur
// reads and the messages it writes (table cells, closed lists, --types lists); and the lines of a
// file read in one go (tables, the French dictionary and word list).
//
//   for (size_t at = 0; at < text.size();) use(next_line(text, at));
//   split("euros\tEUR", '\t')          // {"euros", "EUR"}
//   split("", ',')                     // {""}: one empty field
//   join({"past", "future"}, "|")     // "past|future"
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace glaneur::text {

inline std::vector<std::string> split(std::string_view line, char separator) {
  std::vector<std::string> fields;
  for (size_t start = 0;;) {
    size_t at = line.find(separator, start);
    fields.emplace_back(line.substr(start, at - start));
    if (at == std::string_view::npos) return fields;
    start = at + 1;
  }
}

// The line that starts at `at`, without its '\n', and `at` moved past that '\n'.
inline std::string_view next_line(std::string_view text, size_t& at) {
  size_t eol = std::min(text.find('\n', at), text.size());
  std::string_view line = text.substr(at, eol - at);
  at = eol + 1;
  return line;
}

inline std::string join(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += separator;
    out += w;
  }
  return out;
}

}  // namespace glaneur::text
