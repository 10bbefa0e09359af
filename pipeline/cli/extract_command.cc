// Tested by tests/cli/extract_cli_test.cc
// glaneur extract [INPUT…] [-o FILE] [--format jsonl|dot|graphml] [--resume] [--date YYYY-MM-DD] [--rules DIR]…
//                 [--no-builtin-rules] [-j N]
#include <nlohmann/json.hpp>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>
#include <unordered_set>

#include "cli/commands.h"
#include "cli/rule_options.h"
#include "corpus_runner.h"
#include "io/article_reader.h"
#include "io/graph_export.h"

namespace glaneur::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string output;
  std::string date;
  std::string format = "jsonl";
  // One worker per core: a user who runs `extract` wants the corpus done, and the output does not
  // depend on the count. hardware_concurrency() may say 0 (unknown).
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  size_t max_article_bytes = 4 * 1024 * 1024;
  bool resume = false;
  RuleOptions rules;
};

// Set by SIGINT and SIGTERM: the run ends after the batch under way (see RunOptions::stop).
std::atomic<bool> stop_requested{false};
extern "C" void request_stop(int) { stop_requested.store(true); }

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = request_stop;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

// The ids of the lines of an earlier output (--resume). Lines that are not complete JSON objects,
// such as a last line cut by a crash, do not count and are dropped when the file is copied on.
std::unordered_set<std::string> ids_done(const std::string& path, std::string& kept_lines) {
  std::unordered_set<std::string> ids;
  std::ifstream in(path, std::ios::binary);
  for (std::string line; std::getline(in, line);) {
    nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (!record.is_object() || !record.contains("id") || !record["id"].is_string()) continue;
    ids.insert(record["id"].get<std::string>());
    kept_lines += line;
    kept_lines += '\n';
  }
  return ids;
}

int run_extract(const ExtractOptions& o) {
  if (!o.date.empty() && !io::is_iso_date(o.date)) {
    std::cerr << "glaneur: --date must be a day written YYYY-MM-DD, got '" << o.date << "'\n";
    return kUsage;
  }
  std::optional<rules::RuleSet> rules = o.rules.load();
  if (!rules) return kFatal;

  io::ArticleSource source(o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs,
                           io::ReaderOptions{o.date, o.max_article_bytes});
  // With -o, lines go to a temporary file renamed on success: a reader never sees half a run. A
  // device or a pipe (-o /dev/null, a FIFO) is written directly: renaming over it would replace it.
  std::string temporary;
  std::ofstream file;
  std::unordered_set<std::string> done;
  if (o.resume && o.output.empty()) {
    std::cerr << "glaneur: --resume continues an output file: give it with -o\n";
    return kUsage;
  }
  if (o.resume && o.format != "jsonl") {
    std::cerr << "glaneur: --resume continues a JSONL output; run --format " << o.format << " without it\n";
    return kUsage;
  }
  std::error_code ec;
  bool direct = !o.output.empty() && std::filesystem::exists(o.output, ec) && !std::filesystem::is_regular_file(o.output, ec);
  if (o.resume && direct) {
    std::cerr << "glaneur: --resume continues an output file: " << o.output << " is not a regular file\n";
    return kUsage;
  }
  if (!o.output.empty()) {
    std::filesystem::path parent = std::filesystem::path(o.output).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    temporary = direct ? o.output : o.output + ".partial";
    file.open(temporary, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "glaneur: cannot write " << temporary << ": " << std::strerror(errno) << '\n';
      return kFatal;
    }
    if (o.resume) {
      std::string kept;
      done = ids_done(o.output, kept);
      file << kept;
    }
  }
  std::ostream& out = o.output.empty() ? std::cout : file;
  std::ios::sync_with_stdio(false);

  auto started = std::chrono::steady_clock::now();
  install_stop_handlers();
  RunOptions run{.threads = o.threads, .stop = &stop_requested, .done = o.resume ? &done : nullptr};
  if (o.format == "dot") run.format = {io::dot_graph, io::dot_error};
  if (o.format == "graphml") run.format = {io::graphml_graph, io::graphml_error};
  if (o.format == "graphml") out << io::graphml_begin() << '\n';
  RunStats stats = run_corpus(source, *rules, run, out, std::cerr);
  if (o.format == "graphml") out << io::graphml_end() << '\n' << std::flush;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  if (!o.output.empty()) {
    file.close();
    if (!file || (!direct && (std::filesystem::rename(temporary, o.output, ec), ec))) {
      std::cerr << "glaneur: cannot write " << o.output << (ec ? ": " + ec.message() : "") << '\n';
      return kFatal;
    }
  }
  char summary[256];
  std::snprintf(summary, sizeof summary, "glaneur: %zu articles (%zu errors), %.2f MB in %.2f s, %.1f MB/s\n",
                stats.articles, stats.errors, stats.bytes / 1e6, seconds, seconds > 0 ? stats.bytes / 1e6 / seconds : 0.0);
  std::cerr << summary;
  if (stats.skipped) std::cerr << "glaneur: " << stats.skipped << " articles already in " << o.output << " were skipped\n";
  if (stats.interrupted) {
    std::cerr << "glaneur: interrupted after " << stats.articles << " articles"
              << (stats.last_id.empty() ? "" : " (last: " + stats.last_id + ")") << "; every line written is whole"
              << (o.output.empty() ? "" : "; run again with --resume -o " + o.output + " to go on") << '\n';
    return kInterrupted;
  }
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
  cmd->add_option("-o,--output", options->output, "Write the JSONL here instead of stdout (- is stdout)")->type_name("FILE");
  cmd->add_option("--format", options->format,
                  "jsonl: one JSON graph a line; dot: one Graphviz digraph per article; graphml: one GraphML "
                  "document, one graph per article")
      ->check(CLI::IsMember({"jsonl", "dot", "graphml"}))
      ->capture_default_str();
  cmd->add_option("--date", options->date, "Publication date for .txt inputs and JSONL lines without one")
      ->type_name("YYYY-MM-DD");
  cmd->add_option("-j,--threads", options->threads, "Worker threads (default: one per core); the output is the same for any count")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  cmd->add_flag("--resume", options->resume,
               "Keep the articles already in the -o file (after an interruption) and process only the others");
  cmd->add_option("--max-article-bytes", options->max_article_bytes,
                  "Longer articles (or JSONL lines) become error records")
      ->capture_default_str();
  options->rules.add_to(*cmd);
  return [options] {
    if (options->output == "-") options->output.clear();  // stdout, as "-" is stdin for the inputs
    return run_extract(*options);
  };
}

}  // namespace glaneur::cli
