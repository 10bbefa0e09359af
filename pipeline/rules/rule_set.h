// RuleSet: everything glaneur reads from rule folders at start-up, checked as a whole.
// The built-in folder (rules/ of the source tree, or share/glaneur/rules when installed) comes
// first; each --rules DIR adds to it. A table of the same name in a later folder adds its rows.
//
//   RuleSetLoad load = load_rule_set({builtin_rules_dir(argv0), "my-rules"});
//   if (!load.errors.empty()) { for (auto& e : load.errors) print(e.describe()); exit(1); }
#pragma once

#include <map>
#include <string>
#include <vector>

#include "rules/table.h"
#include "status.h"

namespace glaneur::rules {

struct RuleSet {
  std::vector<std::string> folders;    // in load order
  std::map<std::string, Table> tables;  // by name

  const Table* table(const std::string& name) const {
    auto it = tables.find(name);
    return it == tables.end() ? nullptr : &it->second;
  }
};

struct RuleSetLoad {
  RuleSet rules;
  std::vector<Error> errors;  // all of them; the set is unusable when this is not empty
};

RuleSetLoad load_rule_set(const std::vector<std::string>& folders);

// The built-in rules folder: $GLANEUR_RULES, else rules/ beside the build tree or the installed
// share/glaneur/rules, found from the running executable's path. Empty when none exists.
std::string builtin_rules_dir();

}  // namespace glaneur::rules
