// The C++ side of the rule language: built-in patterns ({nombre:x}, {annee:y}…) and value
// functions (date(y, m, d)…). Rules name them; pipeline/extract/ implements them and registers
// them in builtin_vocabulary().
//
//   match  {nombre:a} {multiplicateurs:m}      ← a built-in and a table
//   value  timex = date(y, m, d)               ← a function
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/fact_graph.h"

namespace glaneur::rules {

using graph::Scalar;
using MaybeScalar = std::optional<Scalar>;

// A number as a value: integral values become integers (50000000, not 5e+07), others are
// rounded to 12 significant digits so that 3,7 × 10⁹ is 3700000000 and not 3700000000.0000005.
Scalar number_value(double v);
// A scalar's number, when it is one (an integer or a double).
std::optional<double> as_number(const Scalar& s);

// A pattern implemented in C++: an RE2 fragment over the folded view (no capture groups) and the
// value of the text it matched (nullopt rejects the match, e.g. "un" alone is not a number).
struct BuiltinPattern {
  std::string name;
  std::string doc;
  std::string regex;
  std::function<MaybeScalar(std::string_view folded)> parse;
  // Its match begins where a number does (digits, "vingt", "premier"): a rule that starts with it
  // is tried at such tokens only (triggers.h), not at every word.
  bool starts_number = false;
};

// What a value function knows besides its arguments.
struct EvalContext {
  std::string anchor;  // the article's date, YYYY-MM-DD
  int tense = 0;       // of the sentence: -1 past, +1 future, 0 unknown or mixed (see tense.h)
  std::string_view span_text;  // the candidate's span in the original text (text())
};

// A function of value lines. Arguments whose capture did not match arrive as nullopt.
struct ValueFunction {
  std::string name;
  std::string doc;
  size_t min_args;
  size_t max_args;
  std::function<MaybeScalar(const std::vector<MaybeScalar>& args, const EvalContext& context)> call;
  bool reads_tense = false;  // EvalContext::tense is computed only for rules that call such a function
  bool reads_span = false;   // and EvalContext::span_text (text())
};

struct Vocabulary {
  std::vector<BuiltinPattern> builtins;
  std::vector<ValueFunction> functions;

  const BuiltinPattern* builtin(std::string_view name) const;
  const ValueFunction* function(std::string_view name) const;
};

// Every built-in pattern and function glaneur ships (see pipeline/extract/).
const Vocabulary& builtin_vocabulary();

}  // namespace glaneur::rules
