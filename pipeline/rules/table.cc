// Tested by tests/rules/table_test.cc
#include "rules/table.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iterator>
#include <string_view>

#include "io/read_file.h"
#include "rules/pattern.h"
#include "text/split.h"
#include "text/utf8.h"

namespace glaneur::rules {
namespace {

bool is_number(const std::string& s) {
  double v;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

std::vector<std::string> cell_words(std::string_view cell) { return text::split(cell, ','); }

int Table::column(std::string_view wanted) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == wanted) return static_cast<int>(i);
  return -1;
}

Table::Row Table::Row::make(std::string surface, std::vector<std::string> values, SourcePos where) {
  std::string key = fold_text(surface);
  return {std::move(surface), std::move(values), std::move(where), std::move(key)};
}

TableLoad load_table(const std::string& path) {
  TableLoad load;
  load.table.name = std::filesystem::path(path).stem().string();
  std::optional<std::string> text = io::read_file(path);
  if (!text) {
    load.errors.push_back({"T001", "cannot open table file", {path, 0, 0}});
    return load;
  }
  // Rows reserved from the count of lines: growing one by one, the 35,000 rows of communes.tsv
  // were moved a dozen times (a third of loading the tables).
  load.table.rows.reserve(std::count(text->begin(), text->end(), '\n') + 1);
  long number = 0;
  bool header_seen = false;
  // One check of the whole file (a vector pass); the lines are checked one by one only to say which.
  const bool valid_utf8 = !text::first_invalid_utf8(*text);
  for (size_t at = 0; at < text->size();) {
    std::string_view line = text::next_line(*text, at);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    SourcePos where{path, number, 1};
    if (!valid_utf8 && text::first_invalid_utf8(line)) {
      load.errors.push_back({"T002", "invalid UTF-8", where});
      continue;
    }
    std::vector<std::string> cells = text::split(line, '\t');
    if (!header_seen) {
      header_seen = true;
      if (cells.empty() || cells[0] != "surface") {
        load.errors.push_back({"T003", "the first line must be the header 'surface<TAB>name:type…', got '" + std::string(line) + "'", where});
        return load;
      }
      for (size_t i = 1; i < cells.size(); ++i) {
        const std::string& c = cells[i];
        size_t colon = c.find(':');
        std::string name = colon == std::string::npos ? c : c.substr(0, colon);
        std::string type = colon == std::string::npos ? "text" : c.substr(colon + 1);
        std::vector<std::string> words = type.find('|') != std::string::npos ? text::split(type, '|') : std::vector<std::string>{};
        bool closed_list = !words.empty() && std::none_of(words.begin(), words.end(), [](const std::string& w) { return w.empty(); });
        if (name.empty() || (type != "text" && type != "number" && !closed_list)) {
          load.errors.push_back({"T004", "bad column '" + c + "' (expected name:text, name:number or name:word|word…)", where});
          continue;
        }
        load.table.columns.push_back({name, type == "number", std::move(words)});
      }
      if (!load.errors.empty()) return load;  // rows cannot be checked against a broken header
      continue;
    }
    if (cells.size() != load.table.columns.size() + 1) {
      load.errors.push_back({"T005", "expected " + std::to_string(load.table.columns.size() + 1) + " tab-separated cells, got " +
                                         std::to_string(cells.size()) + ": '" + std::string(line) + "'", where});
      continue;
    }
    Table::Row row = Table::Row::make(std::move(cells[0]), {std::make_move_iterator(cells.begin() + 1), std::make_move_iterator(cells.end())},
                                      std::move(where));
    if (row.key.empty()) {
      // A soft hyphen or a lone accent folds to nothing, and would match everywhere.
      load.errors.push_back({"T006", row.surface.empty() ? "empty surface" : "surface '" + row.surface + "' is empty once folded", row.where});
      continue;
    }
    for (size_t i = 0; i < load.table.columns.size(); ++i) {
      const Table::Column& column = load.table.columns[i];
      if (column.numeric && !is_number(row.values[i])) {
        load.errors.push_back({"T007", "'" + row.values[i] + "' is not a number (column " + column.name + ")", row.where});
      }
      if (column.words.empty()) continue;
      for (const std::string& word : cell_words(row.values[i]))
        if (std::find(column.words.begin(), column.words.end(), word) == column.words.end())
          load.errors.push_back({"T010", "'" + word + "' is not one of " + text::join(column.words, "|") + " (column " + column.name + ")", row.where});
    }
    load.table.rows.push_back(std::move(row));
  }
  if (!header_seen) load.errors.push_back({"T003", "empty table: the header line is missing", {path, 0, 0}});
  return load;
}

}  // namespace glaneur::rules
