#include "rules/table.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace glaneur::rules {
namespace {

// A table file's text → the error codes and lines it must give (empty: loads cleanly).
struct TableCase {
  std::string name;
  std::string content;
  std::vector<std::pair<std::string, long>> errors;
  friend void PrintTo(const TableCase& c, std::ostream* os) { *os << c.name; }
};

class LoadTable : public testing::TestWithParam<TableCase> {};

TEST_P(LoadTable, ReportsEveryErrorWithItsLine) {
  const TableCase& c = GetParam();
  auto path = std::filesystem::temp_directory_path() / ("glaneur-table-" + c.name + ".tsv");
  std::ofstream(path) << c.content;
  TableLoad load = load_table(path.string());
  std::filesystem::remove(path);
  std::vector<std::pair<std::string, long>> got;
  for (const Error& e : load.errors) got.emplace_back(e.code, e.where.line);
  EXPECT_EQ(got, c.errors);
}

INSTANTIATE_TEST_SUITE_P(
    Files, LoadTable,
    testing::Values(
        TableCase{"short_row", "# devises\nsurface\tcode:text\nfactor\neuros\tEUR\n", {{"T005", 3}}},
        TableCase{"typed", "surface\tfactor:number\nmillions\t1e6\nmilliards\tbeaucoup\n", {{"T007", 3}}},
        TableCase{"no_header", "euros\tEUR\n", {{"T003", 1}}},
        TableCase{"invalid_utf8", "surface\tcode:text\neuros\tEUR\nlivres\tGB\xff\nfrancs\tFRF\n", {{"T002", 3}}},
        // A closed list: each cell holds its words, one or several apart by commas; a typo is an error.
        TableCase{"word_out_of_its_list", "surface\tcue:dirigeant|emploi\nprésident\tdirigent\ndirecteur\tdirigeant,emploi\n",
                  {{"T010", 2}}},
        TableCase{"empty_word_in_a_list_header", "surface\tcue:dirigeant||emploi\n", {{"T004", 1}}},
        TableCase{"bad_column_type", "surface\tcode:date\n", {{"T004", 1}}},
        TableCase{"empty_file", "# rien\n", {{"T003", 0}}},
        TableCase{"several_errors", "surface\tcode:text\n\tEUR\nx\ny\tY\tZ\n", {{"T006", 2}, {"T005", 3}, {"T005", 4}}},
        TableCase{"comments_and_blank_lines", "# c\n\nsurface\tcode:text\n\n# c\neuros\tEUR\n", {}},
        // Every tab starts a cell, even an empty one: a trailing tab is an empty last cell.
        TableCase{"empty_cells", "surface\tcode:text\tnom:text\neuros\t\teuro\neuro\tEUR\t\nx\tX\t\t\n", {{"T005", 4}}}),
    [](const testing::TestParamInfo<TableCase>& info) { return info.param.name; });

TEST(LoadTable, RowsKeepTheirValuesAndPositions) {
  auto path = std::filesystem::temp_directory_path() / "glaneur-table-rows.tsv";
  std::ofstream(path) << "surface\tcode:text\tfactor:number\nM€\tEUR\t1000000\n";
  TableLoad load = load_table(path.string());
  std::filesystem::remove(path);
  ASSERT_TRUE(load.errors.empty());
  ASSERT_EQ(load.table.rows.size(), 1u);
  EXPECT_EQ(load.table.rows[0].surface, "M€");
  EXPECT_EQ(load.table.rows[0].values, (std::vector<std::string>{"EUR", "1000000"}));
  EXPECT_EQ(load.table.rows[0].where.line, 2);
  EXPECT_EQ(load.table.column("factor"), 1);
}

}  // namespace
}  // namespace glaneur::rules
