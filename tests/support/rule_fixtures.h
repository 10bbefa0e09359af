// What several rule tests build the same way: a table as a file would give it, and the bundled
// rules loaded once per test binary.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "rules/pattern.h"
#include "rules/rule_set.h"
#include "rules/table.h"

namespace glaneur::testing_support {

using rules::load_rule_set;
using rules::RuleSet;
using rules::RuleSetLoad;
using rules::Table;

// A table as load_table would give it from a file with a header line: row i is on line i + 2.
inline Table make_table(const std::string& name, std::vector<Table::Column> columns,
                        const std::vector<std::pair<std::string, std::vector<std::string>>>& rows) {
  Table t;
  t.name = name;
  t.columns = std::move(columns);
  for (size_t i = 0; i < rows.size(); ++i)
    t.rows.push_back(Table::Row::make(rows[i].first, rows[i].second, SourcePos{name + ".tsv", static_cast<long>(i + 2), 1}));
  return t;
}

// Tables written in a test, compiled as a rule set compiles them. A test derives from it, fills
// `tables` in its constructor, then calls compile().
struct CompiledTables {
  std::map<std::string, rules::Table> tables;
  std::map<std::string, rules::CompiledTable> compiled;

  void compile() {
    std::vector<Error> errors;
    for (const auto& [name, table] : tables) compiled.emplace(name, rules::compile_table(table, errors));
    for (const Error& e : errors) ADD_FAILURE() << e.describe();
  }
  rules::PatternNames names() const { return {&compiled, &rules::builtin_vocabulary()}; }
};

// rules/ of the source tree, loaded once; a load error fails the test that asked.
inline const RuleSet& bundled_rules() {
  static const RuleSet rules = [] {
    RuleSetLoad load = load_rule_set({GLANEUR_SOURCE_DIR "/rules"});
    for (const Error& e : load.errors) ADD_FAILURE() << e.describe();
    return std::move(load.rules);
  }();
  return rules;
}

}  // namespace glaneur::testing_support
