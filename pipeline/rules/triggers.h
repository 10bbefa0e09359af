// Triggers: which tokens a rule's match can start at, so that the engine runs a rule only there
// instead of over the whole text ("rules × text" would not scale to hundreds of rules).
//
// Computed from the pattern itself (its before field, else its match field), as the FIRST set of a
// regular expression: the literal words, table surfaces, built-ins and mention types it can begin
// with. A trigger is a folded token prefix ("le", "jusqu'", "m€"), "a number" (digits or number
// words), or a mention type; a pattern that may start with anything (".", a class) says `any`.
//
//   Triggers t = first_triggers(rule.before, rule.match, names);
//   // date.day "((le|ce) )?({jours:w},? )?{jour:d} …" → prefixes {le, ce, lundi, …}, number
#pragma once

#include <set>
#include <string>

#include "rules/pattern.h"
#include "rules/rule_file.h"

namespace glaneur::rules {

struct Triggers {
  bool any = false;                // cannot tell: the rule is tried at every token
  bool number = false;             // a token that starts a number: "40", "3,7", "deux", "premier", "+"
  std::set<std::string> tokens;    // folded first tokens, whole ("le", "€", "jusqu'")
  std::set<std::string> prefixes;  // folded starts of a first token ("mi-" of "mi-juin", "aujourd'")
  std::set<std::string> mentions;  // mention types ({MONEY:x}) the match can start with
};

Triggers first_triggers(const Field& before, const Field& match, const PatternNames& names);

// True when every match of the pattern (before, match and after fields) holds a {TYPE:x} marker:
// the rule cannot match where no mention lies ahead in the sentence. "de {MONEY:a} à {MONEY:b}" needs
// one; "({MONEY:m}|{nombre:n}) euros" and "(environ {PERCENT:p})?" do not.
bool needs_a_mention(const Field& before, const Field& match, const Field& after, const PatternNames& names);

// True when a folded token starts a number for the `number` trigger. `next` is the token after it
// (past "-" and "et"): "un" and "une" are articles unless a number word follows ("un million").
bool starts_number(std::string_view folded_token, std::string_view next = {});

}  // namespace glaneur::rules
