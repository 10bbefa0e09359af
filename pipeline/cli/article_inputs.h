// The inputs of the commands that analyse articles for a person to read (show, report): the same
// INPUT… as extract (.jsonl and .txt files, directories, - for JSONL on stdin, the default), --date
// for inputs without one, and the rule folders (cli/rule_options.h).
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cli/rule_options.h"
#include "io/article_reader.h"

namespace glaneur::cli {

struct ArticleInputs {
  std::vector<std::string> inputs;
  std::string date;
  RuleOptions rules;

  void add_to(CLI::App& command);
  // False after saying on stderr what is wrong with the options.
  bool check() const;
  io::ArticleSource source() const;
};

}  // namespace glaneur::cli
