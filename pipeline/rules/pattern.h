// Pattern compiling: a rule's before / match / after fields → one RE2 over the folded view.
//
// A pattern is RE2 syntax written the way the text reads, plus references:
//   {table:x}    any surface of rules/tables/table.tsv, captured as x (value: the row's values)
//   {builtin:x}  a built-in pattern such as {nombre:x} (value: what its C++ parser returns)
//   {TYPE:x}     a mention found by an earlier stage, such as {MONEY:x} (value: the mention's value)
// `{name}` alone captures as `name`; a name may be repeated in alternatives. The compiler owns capture groups: plain ( … ) groups do not
// capture, and users never write (?P<…>). Literal text is folded like the view ("Région" matches
// "region", "d’euros" matches "d'euros"); one space matches any run of spaces, and " ?" an optional
// one, and a word that ends an alternative ends on a word boundary. The span is the match field;
// before and after are context outside it, separated from it by
// optional spaces.
//
//   CompiledTable devises = compile_table(table);
//   PatternCompile p = compile_pattern(rule.before, rule.match, rule.after, lookup);
//   p.pattern.regex   // "(?P<span>(?P<c_a>…)[ \t]+(?P<c_cur>euros|euro|€))"
#pragma once

#include <re2/re2.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "rules/rule_file.h"
#include "rules/table.h"
#include "rules/vocabulary.h"
#include "status.h"
#include "text/text_hash.h"

namespace glaneur::rules {

// A table ready for patterns: a lookup from matched folded text to its row.
struct CompiledTable {
  const Table* table = nullptr;
  TextMap<int> rows;  // folded surface (spaces collapsed) → row index
};

// Builds a CompiledTable; surfaces that fold to the same text with different values are errors.
CompiledTable compile_table(const Table& table, std::vector<Error>& errors);

// The table as a regex for the patterns that name it: a surface before those it begins (the longer
// wins), guarded by \b on word edges. Built only for those (communes.tsv, 35,000 rows, is read by names alone).
std::string table_alternation(const CompiledTable& table);

// The folded form of text, as the view would hold it ("Région  d’Îles" → "region d'iles").
std::string fold_text(std::string_view text);

enum class CaptureKind { kTable, kBuiltin, kMention };

// A named capture. The same name may stand in several alternatives of a pattern
// ("( {periodicites:per}| par {periodes:per})", "({noms_composes:u}|{nom:u})"): each occurrence is
// its own RE2 group, and the value is taken from the one that matched. A mention and a table or
// built-in may not share a name.
struct Capture {
  std::string name;                  // as the rule's value line names it
  CaptureKind kind;                  // of the first occurrence
  std::vector<std::string> sources;  // per occurrence: the table, built-in or mention type
  std::vector<CaptureKind> kinds;    // per occurrence (a table and a built-in may share a name)
  std::vector<int> groups;           // per occurrence: the RE2 group, set once the regex is compiled
};

struct CompiledPattern {
  std::string regex;
  std::vector<Capture> captures;
  std::set<std::string> mention_types;  // the {TYPE:x} it reads: the rule runs after they are found
  bool has_before = false;
  bool has_after = false;
};

// What names a pattern may use.
struct PatternNames {
  const std::map<std::string, CompiledTable>* tables;
  const Vocabulary* vocabulary;
};

// Appends errors (with file:line:col of the offending reference) and returns what it could build.
CompiledPattern compile_pattern(const Field& before, const Field& match, const Field& after, const PatternNames& names,
                                std::vector<Error>& errors);

// The regex a {TYPE:x} compiles to (before its capture group): the stage text's marker of a mention.
std::string mention_marker_regex(const std::string& type);

// The options every rule's regex is compiled with.
RE2::Options regex_options();

// The RE2 group name of the nth occurrence of a capture: c_per, c_per__1, …
std::string group_name(const std::string& capture, size_t occurrence);

// The contract's mention types, in the order they are listed.
const std::vector<std::string>& mention_types();

}  // namespace glaneur::rules
