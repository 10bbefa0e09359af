// Tested by tests/cli/debug_commands_test.cc
// glaneur rules test | list [--rules DIR]… [--no-builtin-rules]
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>

#include "cli/commands.h"
#include "cli/rule_options.h"
#include "rules/examples.h"

namespace glaneur::cli {
namespace {

int run_test(const RuleOptions& options) {
  std::optional<rules::RuleSet> rules = options.load();
  if (!rules) return kFatal;
  size_t passed = 0, failed = 0;
  for (const rules::ExampleResult& r : rules::run_examples(*rules)) {
    if (r.passed) {
      ++passed;
    } else {
      ++failed;
      std::cout << rules::describe_failure(r) << '\n';
    }
  }
  std::cout << "rules: " << passed << " passed, " << failed << " failed\n";
  return failed ? kFatal : kOk;
}

int run_list(const RuleOptions& options) {
  std::optional<rules::RuleSet> rules = options.load();
  if (!rules) return kFatal;
  std::map<std::string, size_t> per_type;
  for (const rules::CompiledRule& r : rules->rules) {
    ++per_type[r.type];
    std::cout << std::left << std::setw(44) << r.id << std::setw(10) << r.type << "stage " << r.stage << "  "
              << std::setw(3) << r.examples.size() << " examples  " << r.file << ':' << r.where.line << '\n';
  }
  std::cout << rules->rules.size() << " rules";
  for (const auto& [type, n] : per_type) std::cout << ", " << n << ' ' << type;
  std::cout << "; " << rules->tables.size() << " tables\n";
  return kOk;
}

}  // namespace

Runner add_rules_command(CLI::App& app) {
  auto options = std::make_shared<RuleOptions>();
  CLI::App* cmd = app.add_subcommand("rules", "Check, test and list the extraction rules");
  cmd->require_subcommand(1);
  CLI::App* test = cmd->add_subcommand("test", "Run every example and counter-example of every rule");
  CLI::App* list = cmd->add_subcommand("list", "List the rules: id, type, stage, examples, file");
  options->add_to(*test);
  options->add_to(*list);
  return [options, test] { return test->parsed() ? run_test(*options) : run_list(*options); };
}

}  // namespace glaneur::cli
