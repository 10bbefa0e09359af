// Tested by tests/eval/eval_command_test.cc
// glaneur eval [--gold GOLD]… [SYSTEM.jsonl] [--types T,…] [--map A=B]… [--errors N] [--json FILE] [--rules DIR]…
// Scores glaneur against gold (pipeline/eval/evaluation.h): SYSTEM.jsonl when given, else the
// gold's articles analysed in-process with the rules named. Without --gold, the corpus/ gold and
// the seed of the repository the binary was built in (build/glaneur → ./corpus, ../shared/seed).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/rule_options.h"
#include "eval/evaluation.h"
#include "eval/score_report.h"
#include "text/split.h"

namespace glaneur::cli {
namespace {

namespace fs = std::filesystem;

struct EvalCommandOptions {
  std::vector<std::string> golds;
  std::string system;
  std::string types;
  std::vector<std::string> maps;
  long errors = 0;
  std::string json;
  RuleOptions rules;
};

// The repository around build/glaneur, found as rules::builtin_rules_dir() finds rules/.
fs::path repository_root() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::current_path(ec) : exe.parent_path().parent_path();
}

int run_eval(const EvalCommandOptions& o) {
  eval::EvalOptions options;
  if (!o.types.empty()) options.types = text::split(o.types, ',');
  for (const std::string& m : o.maps) {
    const size_t eq = m.find('=');
    if (eq == std::string::npos) {
      std::cerr << "glaneur: --map takes GOLD_TYPE=TYPE (TIME=DATE), got '" << m << "'\n";
      return kUsage;
    }
    options.mapping[m.substr(0, eq)] = m.substr(eq + 1);
  }
  std::vector<std::string> golds = o.golds.empty() ? eval::default_gold_files(repository_root()) : o.golds;
  if (golds.empty()) {
    std::cout << "eval: no gold to score\n";
    return kOk;
  }

  std::vector<eval::GoldArticle> gold;
  std::vector<Error> errors;
  for (const std::string& path : golds) {
    eval::GoldRead read = eval::read_gold(path);
    std::move(read.articles.begin(), read.articles.end(), std::back_inserter(gold));
    errors.insert(errors.end(), read.errors.begin(), read.errors.end());
  }
  eval::SystemOutputs graphs;
  if (!o.system.empty()) {
    eval::SystemRead read = eval::read_system_output(o.system);
    graphs = std::move(read.graphs);
    errors.insert(errors.end(), read.errors.begin(), read.errors.end());
  }
  if (!errors.empty()) {
    for (const Error& e : errors) std::cerr << e.describe() << '\n';
    std::cerr << "glaneur: " << errors.size() << " error(s) in the gold or system files; nothing was scored\n";
    return kFatal;
  }
  if (o.system.empty()) {
    std::optional<rules::RuleSet> rules = o.rules.load();
    if (!rules) return kFatal;
    graphs = eval::analyze_articles(gold, *rules);
  }
  // An error record scores as an article with nothing found: say so, or a crash reads as low recall.
  for (const auto& [id, graph] : graphs)
    if (graph.contains("error"))
      std::cerr << "glaneur: warning: article " << id << " is an error record (" << graph["error"].dump()
                << "): scored as an article with no mentions\n";

  const eval::Evaluation scores = eval::evaluate(gold, graphs, options);
  std::cout << eval::score_table(scores, options.types) << eval::error_lines(scores, o.errors) << std::flush;
  if (!o.json.empty()) {
    std::ofstream file(o.json, std::ios::binary | std::ios::trunc);
    file << eval::py_dump_indented(eval::score_json(scores, options.types));
    file.close();
    if (!file) {
      std::cerr << "glaneur: cannot write " << o.json << '\n';
      return kFatal;
    }
  }
  return kOk;
}

}  // namespace

Runner add_eval_command(CLI::App& app) {
  auto options = std::make_shared<EvalCommandOptions>();
  CLI::App* cmd = app.add_subcommand("eval", "Score glaneur against gold: per type P/R/F1, values, relations, errors");
  cmd->add_option("--gold", options->golds,
                  "A gold file: NAME.json (one article, its text in NAME.jsonl beside it or ../articles/ID.jsonl) "
                  "or JSONL of articles with their \"gold\" mentions; repeat for more. Default: corpus/gold and "
                  "../shared/seed")
      ->type_name("GOLD")
      ->allow_extra_args(false);
  cmd->add_option("system", options->system,
                  "glaneur output (extract's JSONL) to score; without it the gold's articles are analysed here")
      ->type_name("SYSTEM.jsonl");
  cmd->add_option("--types", options->types, "Mention types to score, in the table's order (default: "
                                             "MONEY,PERCENT,DATE,QUANTITY,ORG,PER)")
      ->type_name("TYPE,...");
  cmd->add_option("--map", options->maps, "Count a gold type as another: TIME=DATE; repeat for more")
      ->type_name("A=B")
      ->allow_extra_args(false);
  cmd->add_option("--errors", options->errors, "Print the first N errors (misses, spurious, spans, values, relations)")
      ->type_name("N");
  cmd->add_option("--json", options->json, "Write the scores here as JSON")->type_name("FILE");
  options->rules.add_to(*cmd);
  return [options] { return run_eval(*options); };
}

}  // namespace glaneur::cli
