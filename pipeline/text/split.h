// Splitting a line into its fields and joining words back, for the small text formats glaneur
// reads and the messages it writes (table cells, closed lists, --types lists).
//
//   split("euros\tEUR", '\t')          // {"euros", "EUR"}
//   split("", ',')                     // {""}: one empty field
//   join({"past", "future"}, "|")     // "past|future"
#pragma once

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

inline std::string join(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += separator;
    out += w;
  }
  return out;
}

}  // namespace glaneur::text
