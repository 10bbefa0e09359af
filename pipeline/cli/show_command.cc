// Tested by tests/cli/show_report_test.cc
// glaneur show INPUT… [--id ID] [--color auto|always|never] [--date D] [--rules DIR]…: what glaneur
// finds in articles, for reading in a terminal: per article, the text with every mention
// highlighted (ANSI colours on a terminal, "[MONEY 50 millions d’euros]" brackets otherwise), then
// its mentions, entities and relations (io/text_report.h).
#include <unistd.h>

#include <iostream>
#include <memory>

#include "analyzer.h"
#include "cli/article_inputs.h"
#include "cli/commands.h"
#include "io/text_report.h"

namespace glaneur::cli {
namespace {

struct ShowOptions {
  ArticleInputs articles;
  std::string id;
  std::string color = "auto";
};

int run_show(const ShowOptions& o) {
  if (!o.articles.check()) return kUsage;
  std::optional<rules::RuleSet> rules = o.articles.rules.load();
  if (!rules) return kFatal;
  io::ArticleSource source = o.articles.source();
  Analyzer analyzer(*rules);
  const io::TextReportOptions style{.colour = o.color == "always" || (o.color == "auto" && isatty(STDOUT_FILENO))};
  size_t shown = 0, errors = 0;
  std::vector<std::string> ids;  // read, for the message when --id matches none
  while (std::optional<io::InputItem> item = source.next()) {
    ids.push_back(item->id);
    if (!o.id.empty() && item->id != o.id) continue;
    if (shown++) std::cout << '\n';
    if (!item->article) {
      ++errors;
      std::cout << "── " << item->id << "\n  error: " << item->article.error().describe() << '\n';
      continue;
    }
    Document doc = analyzer.analyze(item->article.value());
    std::cout << io::text_report(item->article.value(), doc.graph, style);
  }
  if (!o.id.empty() && shown == 0) {
    std::cerr << "glaneur: no article has the id '" << o.id << "'; the inputs have " << ids.size() << " article(s)";
    for (size_t i = 0; i < ids.size() && i < 5; ++i) std::cerr << (i ? ", " : ": ") << ids[i];
    std::cerr << (ids.size() > 5 ? ", …\n" : "\n");
    return kUsage;
  }
  return errors ? kSomeArticlesFailed : kOk;
}

}  // namespace

Runner add_show_command(CLI::App& app) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* cmd = app.add_subcommand("show", "Print articles with their mentions highlighted, then their facts, "
                                             "entities and relations");
  options->articles.add_to(*cmd);
  cmd->add_option("--id", options->id, "Show only the article with this id")->type_name("ID");
  cmd->add_option("--color", options->color, "Colours: auto (when stdout is a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  return [options] { return run_show(*options); };
}

}  // namespace glaneur::cli
