// Fuzz target: bytes as a table file (rules/tables/*.tsv) → rules::load_table, then what the
// pipeline builds from a table that loads: compile_table and table_alternation (surfaces folded
// into one alternation, which must be a regex RE2 accepts), the tense markers of 'temps' and the
// abbreviations of 'abreviations' (here: the fuzzed table in both roles), run over a text made of
// its own surfaces.
//
// Errors are values: T00x codes on the file's own lines, never a crash.
#include <re2/re2.h>

#include <algorithm>

#include "analyzer.h"
#include "fuzz_support.h"
#include "rules/pattern.h"
#include "rules/table.h"
#include "rules/tense.h"
#include "text/sentences.h"

using namespace glaneur;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = (fuzz::scratch_dir() / "fuzz.tsv").string();
  std::string_view bytes = fuzz::as_text(data, size);
  fuzz::write_file(path, bytes);
  long lines = static_cast<long>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;

  rules::TableLoad load = rules::load_table(path);
  FUZZ_CHECK(load.table.name == "fuzz");
  for (const Error& e : load.errors) {
    FUZZ_CHECK(e.code.size() == 4 && e.code[0] == 'T' && !e.message.empty());
    FUZZ_CHECK(e.where.file == path && e.where.line >= 0 && e.where.line <= lines);
  }
  if (!load.errors.empty()) return 0;

  const rules::Table& table = load.table;
  std::string sample;
  for (const rules::Table::Row& row : table.rows) {
    FUZZ_CHECK(!row.surface.empty());
    FUZZ_CHECK(row.key == rules::fold_text(row.surface));
    FUZZ_CHECK(row.values.size() == table.columns.size());
    FUZZ_CHECK(!text::first_invalid_utf8(row.surface));
    FUZZ_CHECK(row.where.line >= 2 && row.where.line <= lines);
    sample += row.surface + " Dupont a dit. ";
  }

  std::vector<Error> errors;
  rules::CompiledTable compiled = rules::compile_table(table, errors);
  // A surface that folds to nothing (a soft hyphen, a lone combining accent) would put an empty
  // branch in the alternation: {table:x} would then match nowhere in particular, everywhere.
  for (const rules::Table::Row& row : table.rows) FUZZ_CHECK(!rules::fold_text(row.surface).empty());
  for (const Error& e : errors) FUZZ_CHECK(e.code == "T009" && e.where.file == path);
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);  // as rules/rule_set.cc compiles rules
  RE2 alternation(rules::table_alternation(compiled), options);
  FUZZ_CHECK(alternation.ok());  // a table that loads must not break the rules that name it

  rules::TenseMarkers::from(&table).tense_of(sample);
  rules::RuleSet as_abbreviations;
  as_abbreviations.tables.emplace("abreviations", table);
  text::SentenceSplitter splitter(abbreviations_from(as_abbreviations));
  text::TextView view = text::TextView::build(sample);
  for (const text::Sentence& s : splitter.split(view)) FUZZ_CHECK(s.begin < s.end && s.end <= view.text().size());
  return 0;
}
