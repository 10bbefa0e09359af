// Tested by tests/rules/tense_test.cc and the weekday examples of rules/date.rules.
#include "rules/tense.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace glaneur::rules {

TenseMarkers TenseMarkers::from(const Table* table) {
  TenseMarkers m;
  if (!table) return m;
  int column = table->column("tense");
  for (const Table::Row& row : table->rows) {
    int tense = column >= 0 && row.values[column] == "future" ? 1 : -1;
    if (row.surface.starts_with("-")) m.endings_.emplace_back(row.surface.substr(1), tense);
    else m.words_.emplace(row.surface, tense);
  }
  return m;
}

int TenseMarkers::tense_of(std::string_view s) const {
  bool past = false, future = false;
  std::string word, previous;
  auto close_word = [&] {
    if (word.empty()) return;
    auto it = words_.find(word);
    if (it == words_.end()) it = words_.find(previous + " " + word);
    if (it != words_.end()) (it->second > 0 ? future : past) = true;
    if (it == words_.end() && word.size() >= 5) {
      for (const auto& [ending, tense] : endings_)
        if (word.ends_with(ending)) (tense > 0 ? future : past) = true;
    }
    previous = word;
    word.clear();
  };
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t cp = text::decode_utf8(s, i);
    if (u_isalpha(cp) || cp == U'\'' || cp == U'\u2019') {
      if (cp == U'\u2019') word += '\'';
      else if (cp < 0x80) word += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
      else word.append(s.substr(start, i - start));
    } else {
      close_word();
    }
  }
  close_word();
  return past == future ? 0 : (future ? 1 : -1);
}

int TenseMarkers::tense_around(std::string_view s, size_t at, size_t before, size_t after) const {
  size_t begin = at, end = at;
  for (size_t words = 0; begin > 0 && words <= before;) {
    --begin;
    if (s[begin] == ' ') ++words;
  }
  for (size_t words = 0; end < s.size() && words <= after; ++end)
    if (s[end] == ' ') ++words;
  return tense_of(s.substr(begin, end - begin));
}

}  // namespace glaneur::rules
