// Requirements: what a rule's captures must hold for a match to be a candidate, beyond what the
// pattern can say. A mention is one marker in the graph phase's text, so a pattern cannot tell
// "le budget 2025" (a year: the budget's period) from "devant sa télévision hier" (a day: when
// something else happened); a requirement on the mention's value can:
//
//   require  o.timex ~ "^[0-9]{4}$"            # the DATE captured as o is a year
//   require  o.timex !~ "^[0-9]{4}-";  x.text ~ "^[A-Z]"
//
// `capture.key` is a key of a captured mention's value (timex, currency, unit…); `capture.text`
// is what the capture matched, as the article writes it. `~` wants the RE2 regex to match
// somewhere in it, `!~` not to; a mention without that key fails both, and a capture that did not
// match (an optional part left out) holds both. Requirements are separated by ';' and must all hold.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "rules/pattern.h"
#include "rules/rule_file.h"
#include "rules/value_expr.h"
#include "status.h"

namespace glaneur::rules {

struct Requirement {
  std::string written;  // as the rule writes it, for explain
  int capture = -1;     // index into the pattern's captures
  std::string field;    // a value key, or "text"
  std::unique_ptr<RE2> regex;
  bool negated = false;  // `!~`
};

// Parses a `require` field against the rule's captures; appends errors (R011 unknown capture,
// R023 malformed requirement, R024 bad regex) with the column of the offending requirement.
std::vector<Requirement> compile_requirements(const Field& field, const CompiledPattern& pattern, std::vector<Error>& errors);

// The first requirement a match's captures do not hold; null when they hold every one.
const Requirement* unheld_requirement(const std::vector<Requirement>& requirements, const std::vector<CapturedValue>& captured);

}  // namespace glaneur::rules
