// Table: a named vocabulary from rules/tables/<name>.tsv, at once a list of surfaces to match and
// a lookup from each surface to its value ("milliards" → 1e9, "euros" → EUR, "M." → titre).
//
// File format (UTF-8, tab-separated; '#' starts a comment line; blank lines are ignored):
//   surface	kind:text           ← header: the surface column, then value columns name:type
//   M.	titre
//   etc.	abrev
// Value column types: text, number, or a closed list of words, "cue:dirigeant|emploi|commune",
// whose cells hold one of them or several apart by commas ("dirigeant,emploi"): a word out of the
// list is an error, not a row that silently means nothing. Every row has as many cells as the
// header.
//
//   Result<Table> t = load_table("rules/tables/abreviations.tsv");
//   for (const Table::Row& row : t.value().rows) use(row.surface, row.values[0]);
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "status.h"

namespace glaneur::rules {

struct Table {
  struct Column {
    std::string name;
    bool numeric = false;
    std::vector<std::string> words;  // a closed list's words; empty for text and number
  };
  struct Row {
    std::string surface;
    std::vector<std::string> values;  // one per value column, as written
    SourcePos where;
    std::string key;  // the surface folded (fold_text): what patterns match and lookups find

    // A row with its key folded from its surface.
    static Row make(std::string surface, std::vector<std::string> values, SourcePos where);
  };

  std::string name;  // the file name without .tsv
  std::vector<Column> columns;
  std::vector<Row> rows;

  // Index of the value column called `name`, or -1.
  int column(std::string_view name) const;
};

// The words of a cell of a closed-list column: "dirigeant,emploi" → {"dirigeant", "emploi"}.
std::vector<std::string> cell_words(std::string_view cell);

// Loads one table file. All problems are returned, not only the first.
struct TableLoad {
  Table table;
  std::vector<Error> errors;
};
TableLoad load_table(const std::string& path);

}  // namespace glaneur::rules
