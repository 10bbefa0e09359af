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
    std::string_view value = column >= 0 ? std::string_view(row.values[column]) : std::string_view();
    int tense = value == "future" ? 1 : value == "present" ? 0 : -1;
    if (row.surface.starts_with("-")) m.endings_.emplace_back(row.surface.substr(1), tense);
    else m.words_.emplace(row.surface, tense);
  }
  return m;
}

int TenseMarkers::tense_of(std::string_view s) const {
  int past = 0, future = 0;  // how many markers of each
  std::string word, previous;
  bool capitalised = false;  // the word being read: a name's ending is no verb's ("Kassandra")
  int previous_mark = 0;     // what the previous word alone marked
  auto mark = [&](int tense, int by) { (tense > 0 ? future : past) += tense != 0 ? by : 0; };
  auto close_word = [&] {
    if (word.empty()) return;
    int this_mark = 0;
    // Two words read together first, and in place of the first alone: "ont lieu" is the
    // present, not the past of "ont"; "se sont" the past.
    if (auto pair = previous.empty() ? words_.end() : words_.find(previous + " " + word); pair != words_.end()) {
      mark(previous_mark, -1);
      mark(pair->second, 1);
    } else if (auto it = words_.find(word); it != words_.end()) {
      this_mark = it->second;
      mark(this_mark, 1);
    } else if (word.size() >= 5 && !capitalised) {
      for (const auto& [ending, tense] : endings_)
        if (word.ends_with(ending)) mark(tense, 1);
    }
    previous = word;
    previous_mark = this_mark;
    word.clear();
  };
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t cp = text::decode_utf8(s, i);
    if (u_isalpha(cp) || cp == U'\'' || cp == U'\u2019') {
      if (word.empty()) capitalised = u_isupper(cp);
      if (cp == U'\u2019') word += '\'';
      else if (cp < 0x80) word += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
      else word.append(s.substr(start, i - start));
    } else {
      close_word();
    }
  }
  close_word();
  return (past > 0) == (future > 0) ? 0 : (future > 0 ? 1 : -1);
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
