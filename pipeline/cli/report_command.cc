// Tested by tests/cli/show_report_test.cc and tools/check-report (in headless Chromium)
// glaneur report INPUT… -o report.html [--title T] [--date D] [--rules DIR]…: one self-contained HTML
// page of the articles and what glaneur found in them (io/html_report.h). Articles are analysed one
// after the other and kept in memory: the page holds them all anyway.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "analyzer.h"
#include "cli/article_inputs.h"
#include "cli/commands.h"
#include "io/html_report.h"
#include "version.h"

namespace glaneur::cli {
namespace {

struct ReportOptions {
  ArticleInputs articles;
  std::string output;
  std::string title = "glaneur report";
};

int run_report(const ReportOptions& o) {
  if (!o.articles.check()) return kUsage;
  std::optional<rules::RuleSet> rules = o.articles.rules.load();
  if (!rules) return kFatal;
  io::ArticleSource source = o.articles.source();
  Analyzer analyzer(*rules);
  std::vector<io::ReportArticle> articles;
  size_t errors = 0;
  while (std::optional<io::InputItem> item = source.next()) {
    io::ReportArticle entry{item->id, std::nullopt, {}, ""};
    if (item->article) {
      entry.article = std::move(item->article.value());
      entry.graph = analyzer.analyze(*entry.article).graph;
    } else {
      entry.error = item->article.error().describe();
      std::cerr << "glaneur: " << entry.error << '\n';
      ++errors;
    }
    articles.push_back(std::move(entry));
  }
  std::string page = io::html_report(articles, {o.title, std::string("glaneur ") + GLANEUR_VERSION});

  // Written beside the target and renamed, as extract does: a browser never opens half a page.
  std::error_code ec;
  std::filesystem::path parent = std::filesystem::path(o.output).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  const std::string temporary = o.output + ".partial";
  std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
  file << page;
  file.close();
  if (!file || (std::filesystem::rename(temporary, o.output, ec), ec)) {
    std::cerr << "glaneur: cannot write " << o.output << ": " << (ec ? ec.message() : std::strerror(errno)) << '\n';
    return kFatal;
  }
  std::cerr << "glaneur: " << articles.size() << " articles (" << errors << " errors) in " << o.output << '\n';
  return errors ? kSomeArticlesFailed : kOk;
}

}  // namespace

Runner add_report_command(CLI::App& app) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand("report", "Write one self-contained HTML page: each article's highlighted "
                                               "text, facts and graph");
  options->articles.add_to(*cmd);
  cmd->add_option("-o,--output", options->output, "The HTML file to write")->type_name("FILE")->required();
  cmd->add_option("--title", options->title, "The page's title")->capture_default_str();
  return [options] { return run_report(*options); };
}

}  // namespace glaneur::cli
