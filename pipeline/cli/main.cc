// glaneur: French press articles in, one fact graph per article out. See README.md.
#include <CLI/CLI.hpp>

#include <iostream>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "version.h"

int main(int argc, char** argv) {
  using namespace glaneur::cli;
  CLI::App app{"glaneur: extracts amounts, dates, percentages, quantities, organisations and people\n"
               "from French press articles, as one JSON fact graph per article."};
  app.set_version_flag("--version", std::string("glaneur ") + GLANEUR_VERSION);
  app.require_subcommand(1);
  std::vector<std::pair<std::string, Runner>> commands = {
      {"extract", add_extract_command(app)},
      {"tokens", add_tokens_command(app)},
      {"explain", add_explain_command(app)},
      {"show", add_show_command(app)},
      {"report", add_report_command(app)},
      {"rules", add_rules_command(app)},
      {"eval", add_eval_command(app)},
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kOk : kUsage;
  }
  try {
    for (auto& [name, run] : commands)
      if (app.got_subcommand(name)) return run();
  } catch (const std::exception& e) {
    std::cerr << "glaneur: fatal: " << e.what() << '\n';
    return kFatal;
  }
  return kUsage;
}
