// The rule-folder options every command shares (--rules DIR…, --no-builtin-rules), and loading
// the RuleSet they name, with compiler-style messages on stderr when it is broken.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "rules/rule_set.h"

namespace glaneur::cli {

struct RuleOptions {
  std::vector<std::string> folders;
  bool no_builtin = false;

  void add_to(CLI::App& command);
  // The loaded rule set, or nullopt after printing every error to stderr.
  std::optional<rules::RuleSet> load() const;
};

}  // namespace glaneur::cli
