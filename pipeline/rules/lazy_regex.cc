// Tested by tests/rules/lazy_regex_test.cc
#include "rules/lazy_regex.h"

#include <re2/set.h>

#include "rules/pattern.h"

namespace glaneur::rules {

const RE2& LazyRegex::get() const {
  std::call_once(compiled_, [this] { regex_ = std::make_unique<RE2>(pattern_, regex_options()); });
  return *regex_;
}

const Matcher* LazyRegex::matcher() const {
  std::call_once(matcher_compiled_, [this] { matcher_ = Matcher::compile(pattern_); });
  return matcher_ ? &*matcher_ : nullptr;
}

std::optional<std::string> parse_error(const std::string& regex) {
  // RE2::Set::Add parses its pattern and compiles nothing: RE2 has no other public parser.
  RE2::Set parser(regex_options(), RE2::UNANCHORED);
  std::string error;
  if (parser.Add(regex, &error) < 0) return error;
  return std::nullopt;
}

std::map<std::string, int> named_groups(const std::string& regex) {
  std::map<std::string, int> groups;
  int number = 0;
  for (size_t i = 0; i < regex.size(); ++i) {
    if (regex[i] == '\\') {
      ++i;  // an escaped character, "\(" included
    } else if (regex[i] == '[') {
      // A class: "]" right after "[" or "[^" is a member, not its end.
      size_t j = i + 1;
      if (j < regex.size() && regex[j] == '^') ++j;
      if (j < regex.size() && regex[j] == ']') ++j;
      while (j < regex.size() && regex[j] != ']') j += regex[j] == '\\' ? 2 : 1;
      i = j;
    } else if (regex[i] == '(') {
      if (regex.compare(i, 4, "(?P<") == 0) {
        size_t close = regex.find('>', i);
        groups[regex.substr(i + 4, close - i - 4)] = ++number;
      } else if (regex.compare(i, 2, "(?") != 0) {
        ++number;
      }
    }
  }
  return groups;
}

}  // namespace glaneur::rules
