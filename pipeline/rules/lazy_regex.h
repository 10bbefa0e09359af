// A rule's regex, compiled the first time a match is tried, in both the forms the engine runs:
// glaneur's Matcher (matcher.h), and RE2 for the naive path and for a pattern the Matcher cannot
// run. A run over a few articles tries few of the rules, and compiling every rule's regex at load
// was a third of start-up's instructions.
// Loading checks each pattern with RE2's parser (parse_error), which finds every error a rule
// author can write; what only compiling finds (a program over RE2's memory budget) makes the rule
// match nothing, and its examples fail in `glaneur rules test`. Safe to share between threads.
//
//   LazyRegex regex(pattern);           // nothing compiled yet
//   regex.get().Match(text, …);         // compiled once, by the first thread that asks
//   regex.matcher()->match(text, …);    // likewise; null when the Matcher cannot run the pattern
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "rules/matcher.h"

namespace glaneur::rules {

class LazyRegex {
 public:
  explicit LazyRegex(std::string pattern) : pattern_(std::move(pattern)) {}
  const RE2& get() const;
  const Matcher* matcher() const;

 private:
  std::string pattern_;
  mutable std::once_flag compiled_;
  mutable std::unique_ptr<RE2> regex_;
  mutable std::once_flag matcher_compiled_;
  mutable std::optional<Matcher> matcher_;
};

// RE2's message when it cannot parse `regex` (rules' options), without compiling it.
std::optional<std::string> parse_error(const std::string& regex);

// The number RE2 gives each named group of a regex: groups are numbered from 1 in the order
// their "(" opens, unnamed capturing groups included; "(?…" other than "(?P<" captures nothing.
std::map<std::string, int> named_groups(const std::string& regex);

}  // namespace glaneur::rules
