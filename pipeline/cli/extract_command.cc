// glaneur extract [INPUT…] [-o FILE] [--date YYYY-MM-DD] [--rules DIR]… [--no-builtin-rules] [-j N]
#include <chrono>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "cli/rule_options.h"
#include "corpus_runner.h"
#include "io/article_reader.h"

namespace glaneur::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string output;
  std::string date;
  unsigned threads = 1;
  size_t max_article_bytes = 64 * 1024 * 1024;
  RuleOptions rules;
};

int run_extract(const ExtractOptions& o) {
  if (!o.date.empty() && !io::is_iso_date(o.date)) {
    std::cerr << "glaneur: --date must be a day written YYYY-MM-DD, got '" << o.date << "'\n";
    return kUsage;
  }
  std::optional<rules::RuleSet> rules = o.rules.load();
  if (!rules) return kFatal;

  io::ArticleSource source(o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs,
                           io::ReaderOptions{o.date, o.max_article_bytes});
  // With -o, lines go to a temporary file renamed on success: a reader never sees half a run.
  std::string temporary;
  std::ofstream file;
  if (!o.output.empty()) {
    std::error_code ec;
    std::filesystem::path parent = std::filesystem::path(o.output).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    temporary = o.output + ".partial";
    file.open(temporary, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "glaneur: cannot write " << temporary << ": " << std::strerror(errno) << '\n';
      return kFatal;
    }
  }
  std::ostream& out = o.output.empty() ? std::cout : file;
  std::ios::sync_with_stdio(false);

  auto started = std::chrono::steady_clock::now();
  RunStats stats = run_corpus(source, *rules, RunOptions{.threads = o.threads}, out, std::cerr);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  if (!o.output.empty()) {
    file.close();
    std::error_code ec;
    if (!file || (std::filesystem::rename(temporary, o.output, ec), ec)) {
      std::cerr << "glaneur: cannot write " << o.output << (ec ? ": " + ec.message() : "") << '\n';
      return kFatal;
    }
  }
  char summary[256];
  std::snprintf(summary, sizeof summary, "glaneur: %zu articles (%zu errors), %.2f MB in %.2f s, %.1f MB/s\n",
                stats.articles, stats.errors, stats.bytes / 1e6, seconds, seconds > 0 ? stats.bytes / 1e6 / seconds : 0.0);
  std::cerr << summary;
  return stats.errors ? kSomeArticlesFailed : kOk;
}

}  // namespace

Runner add_extract_command(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Extract the fact graph of every article, one JSON line each");
  cmd->add_option("inputs", options->inputs,
                  "Articles: .jsonl files (one article a line), .txt files, directories (read recursively), "
                  "or - for JSONL on stdin (the default)")
      ->type_name("INPUT");
  cmd->add_option("-o,--output", options->output, "Write the JSONL here instead of stdout")->type_name("FILE");
  cmd->add_option("--date", options->date, "Publication date for .txt inputs and JSONL lines without one")
      ->type_name("YYYY-MM-DD");
  cmd->add_option("-j,--threads", options->threads, "Worker threads; the output is the same for any count")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  cmd->add_option("--max-article-bytes", options->max_article_bytes,
                  "Longer articles (or JSONL lines) become error records")
      ->capture_default_str();
  options->rules.add_to(*cmd);
  return [options] { return run_extract(*options); };
}

}  // namespace glaneur::cli
