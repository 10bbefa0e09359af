// Tested by tests/cli/extract_cli_test.cc
#include "cli/rule_options.h"

#include <iostream>
#include <thread>

#include "extract/lexicon_fr.h"

namespace glaneur::cli {

void RuleOptions::add_to(CLI::App& command) {
  // One folder each time: "extract --rules my-rules corpus/" reads corpus/ as input, not as a rules folder.
  command.add_option("--rules", folders, "Add a folder of rules (its tables/ and *.rules files) to the built-in ones; repeat for more")
      ->type_name("DIR")
      ->allow_extra_args(false);
  command.add_flag("--no-builtin-rules", no_builtin, "Start from no rules at all: only the --rules folders");
}

std::optional<rules::RuleSet> RuleOptions::load() const {
  std::vector<std::string> all;
  if (!no_builtin) {
    std::string builtin = rules::builtin_rules_dir();
    if (builtin.empty()) {
      std::cerr << "glaneur: the built-in rules folder was not found (set GLANEUR_RULES or pass --no-builtin-rules)\n";
      return std::nullopt;
    }
    all.push_back(builtin);
  }
  all.insert(all.end(), folders.begin(), folders.end());
  // The French dictionary is read on a second core while the rules compile: start-up is the
  // longer of the two, not their sum.
  std::thread dictionary([] { extract::french_lexicon(); });
  rules::RuleSetLoad load = rules::load_rule_set(all);
  dictionary.join();
  if (!load.errors.empty()) {
    for (const Error& e : load.errors) std::cerr << e.describe() << '\n';
    std::cerr << "glaneur: " << load.errors.size() << " error(s) in the rules; nothing was read\n";
    return std::nullopt;
  }
  return std::move(load.rules);
}

}  // namespace glaneur::cli
