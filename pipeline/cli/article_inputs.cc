// Tested by tests/cli/show_report_test.cc
#include "cli/article_inputs.h"

#include <iostream>

namespace glaneur::cli {

void ArticleInputs::add_to(CLI::App& command) {
  command.add_option("inputs", inputs,
                     "Articles: .jsonl files (one article a line), .txt files, directories (read recursively), "
                     "or - for JSONL on stdin (the default)")
      ->type_name("INPUT");
  command.add_option("--date", date, "Publication date for .txt inputs and JSONL lines without one")
      ->type_name("YYYY-MM-DD");
  rules.add_to(command);
}

bool ArticleInputs::check() const {
  if (!date.empty() && !io::is_iso_date(date)) {
    std::cerr << "glaneur: --date must be a day written YYYY-MM-DD, got '" << date << "'\n";
    return false;
  }
  return true;
}

io::ArticleSource ArticleInputs::source() const {
  return io::ArticleSource(inputs.empty() ? std::vector<std::string>{"-"} : inputs, io::ReaderOptions{date});
}

}  // namespace glaneur::cli
