// Value lines: what a rule says its mention's value is, in the contract's keys.
//
//   value  min = a * m; max = b * m; currency = cur; per = per
//   value  timex = date(y, m, d); mod = ON_OR_BEFORE
//   value  x; approx = true              ← "x" alone copies every key of the mention captured as x
//   value  discard                       ← the match removes the candidates of its type within it
//
// An operand is a number (1000000), a string ("EUR"), true/false, an enum word of the key
// (ON_OR_BEFORE, year), a capture (cur, or cur.code for a table's named column, x.currency for a
// mention's key; x.text is the text a capture matched, as the article writes it: "IA-Clusters"), or
// a function call. In a product, a capture that did not match counts as 1;
// a key whose value did not match is left out. Keys and enum words are checked against the
// contract for the rule's type, so `mod = ON_OR_BEFOR` is an error that lists what is allowed.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "graph/fact_graph.h"
#include "rules/pattern.h"
#include "rules/vocabulary.h"
#include "status.h"

namespace glaneur::rules {

struct Operand {
  enum Kind { kNumber, kString, kBool, kEnum, kCapture, kCall } kind;
  explicit Operand(Kind k) : kind(k) {}
  double number = 0;
  std::string text;   // string, enum word, capture or function name
  std::string field;  // capture.field
  std::vector<std::vector<Operand>> args;  // a function's arguments, each a product
  int capture = -1;   // index into the pattern's captures
  const ValueFunction* function = nullptr;
};

struct Assignment {
  std::string key;               // empty for a spread ("x;")
  std::vector<Operand> factors;  // more than one: a product
  SourcePos where;
};

struct ValueProgram {
  std::vector<Assignment> assignments;
  // `value discard`: the rule's matches say "this text is not a <type>": they remove the candidates
  // of their type that lie within them ("France 2030" is a plan, not a date), then go themselves.
  bool discard = false;
  bool reads_tense = false;  // calls a function that reads the sentence's tense (weekday)
  bool reads_span = false;   // calls text(), the span as the article writes it
};

// Parses and checks a value line against the rule's type and captures.
ValueProgram compile_value(const Field& value, const std::string& type, const CompiledPattern& pattern,
                           const std::map<std::string, CompiledTable>& tables, const Vocabulary& vocabulary,
                           std::vector<Error>& errors);

// What one capture matched in one candidate.
struct CapturedValue {
  bool matched = false;
  std::string folded;                  // the matched text in the folded view (markers for mentions)
  std::string_view original;           // the matched text as the article writes it
  const Table* table = nullptr;        // table captures: the table and the matched row
  const Table::Row* row = nullptr;
  std::optional<Scalar> builtin;       // built-in captures
  const graph::Value* mention = nullptr;  // mention captures
  int mention_index = -1;                 // and which mention of the stage (for relation ends)
};

// The value of a candidate, or nullopt when it cannot be computed (the candidate is dropped).
std::optional<graph::Value> evaluate_value(const ValueProgram& program, const std::vector<CapturedValue>& captures,
                                           const EvalContext& context);

// The keys a type's value may have, for error messages and checks.
std::vector<std::string> contract_keys(const std::string& type);

}  // namespace glaneur::rules
