// RuleFile: one rules/*.rules file, parsed but not compiled: every field keeps the line and column
// it was written at, so that later checks (unknown table, bad regex, wrong enum) can point at it.
// The format is described in rules/README.md:
//
//   format 1
//   type   MONEY
//   anchor 2024-05-22                  # article date for this file's examples
//
//   rule money.range.shared_multiplier
//     doc      Range whose bounds share one multiplier and one currency.
//     priority 10                      # optional, default 0; breaks ties between equal spans
//     stage    2                       # optional; default 1, or 2 when the rule uses {TYPE:x}
//     before   entre                   # optional context that must precede the span
//     match    {nombre:a} (a|et) {nombre:b} {multiplicateurs:m} (de |d')?{devises:cur}
//     after    par an                  # optional context that must follow the span
//     require  cur.text ~ "^[a-z]"     # optional: what captures must hold (rules/requirement.h)
//     value    min = a * m; max = b * m; currency = cur
//     example  "entre [2 et 5 millions d'euros]" => {"min": 2000000, "max": 5000000, "currency": "EUR"}
//     not      "de 2 à 5 millions d’habitants"
//
//   RuleFileParse p = parse_rule_file("rules/money.rules", text);
//   for (const Error& e : p.errors) print(e.describe());
#pragma once

#include <string>
#include <vector>

#include "status.h"

namespace glaneur::rules {

struct Field {
  std::string text;  // as written, trimmed
  SourcePos where;   // of the first character of `text`
  bool present() const { return !where.file.empty(); }
  // Where the byte `byte` of `text` is: columns count bytes, as compilers do.
  SourcePos at(size_t byte) const {
    SourcePos p = where;
    p.column += static_cast<long>(byte);
    return p;
  }
};

struct ExampleSpec {
  std::string text;         // the example text, brackets removed
  size_t span_begin = 0;    // byte offsets of the bracketed span in `text` (positive examples)
  size_t span_end = 0;
  std::string value_json;   // the expected value, as written after "=>"
  bool negative = false;    // a `not` line: no mention of the file's type at all
  SourcePos where;
};

struct RuleSpec {
  std::string id;
  SourcePos where;
  Field doc, before, match, after, require, value, priority, stage;
  std::vector<ExampleSpec> examples;
};

struct RuleFile {
  std::string path;
  std::string type;    // contract type of every rule in the file
  SourcePos type_where;
  std::string anchor;  // YYYY-MM-DD
  std::vector<RuleSpec> rules;
};

struct RuleFileParse {
  RuleFile file;
  std::vector<Error> errors;
};

RuleFileParse parse_rule_file(const std::string& path, const std::string& content);

}  // namespace glaneur::rules
