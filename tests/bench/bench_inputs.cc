#include "bench_inputs.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include "extract/names.h"
#include "io/article_reader.h"
#include "rules/engine.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace glaneur::bench {
namespace fs = std::filesystem;
namespace {

// A cut of ~1 MB keeps one iteration of the slowest stage well under a second.
constexpr size_t kMaxTextBytes = 1'000'000;

Inputs& mutable_inputs() {
  static Inputs in;
  return in;
}

rules::RuleSet& mutable_rules() {
  static rules::RuleSet set;
  return set;
}

// Appends the articles of one JSONL file until `in` holds `max_bytes` of text.
std::string read_jsonl(const std::string& path, size_t max_bytes, Inputs& in) {
  std::ifstream file(path);
  if (!file) return "cannot read " + path;
  std::string line;
  for (long number = 1; in.text_bytes < max_bytes && std::getline(file, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    io::InputItem item = io::parse_article_line(line, {path, number, 0}, {"2024-01-01"});
    if (!item.article) return item.article.error().describe();
    in.text_bytes += item.article.value().text.size();
    in.articles.push_back(std::move(item.article.value()));
  }
  return in.articles.empty() ? path + ": no article" : "";
}

}  // namespace

std::string load_inputs(const std::string& choice) {
  Inputs& in = mutable_inputs();
  in = Inputs{choice, {}, 0};
  if (choice == "corpus") {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(GLANEUR_SOURCE_DIR "/corpus/articles"))
      if (entry.path().extension() == ".jsonl") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    for (const auto& f : files)
      if (std::string error = read_jsonl(f, SIZE_MAX, in); !error.empty()) return error;
    return "";
  }
  std::string path = choice == "press" ? GLANEUR_SOURCE_DIR "/../shared/bench-corpus/fr-press-8mb.jsonl" : choice;
  return read_jsonl(path, kMaxTextBytes, in);
}

const Inputs& inputs() { return mutable_inputs(); }

std::vector<std::string> load_bundled_rules() {
  std::string dir = rules::builtin_rules_dir();
  if (dir.empty()) return {"no bundled rules folder (set GLANEUR_RULES)"};
  rules::RuleSetLoad load = rules::load_rule_set({dir});
  std::vector<std::string> errors;
  for (const Error& e : load.errors) errors.push_back(e.describe());
  mutable_rules() = std::move(load.rules);
  return errors;
}

const rules::RuleSet& bundled_rules() { return mutable_rules(); }

std::vector<text::TextView> views() {
  std::vector<text::TextView> out;
  for (const auto& a : inputs().articles) out.push_back(text::TextView::build(a.text));
  return out;
}

namespace {

// The segmented documents, and each one's graph after every later stage.
struct Prepared {
  std::vector<Document> segmented;
  std::vector<graph::FactGraph> after[3];  // kMentions, kNames, kGraph
};

Prepared& prepared() {
  static Prepared p;
  return p;
}

}  // namespace

void prepare_documents() {
  const rules::RuleSet& rules = bundled_rules();
  text::Tokenizer tokenizer;
  text::SentenceSplitter splitter(abbreviations_from(rules));
  extract::NameResources names = extract::NameResources::from(rules);
  Prepared& p = prepared();
  for (const auto& article : inputs().articles) {
    // The steps of Analyzer::analyze (pipeline/analyzer.cc), in its order.
    Document doc{&article, text::TextView::build(article.text), {}, {}, {}};
    doc.tokens = tokenizer.tokenize(doc.view);
    doc.sentences = splitter.split(doc.view);
    Document staged = doc;
    rules::run_rules(rules, staged, {}, nullptr);
    p.after[0].push_back(staged.graph);
    extract::extract_names(staged, names);
    p.after[1].push_back(staged.graph);
    rules::run_graph_rules(rules, staged, {}, nullptr);
    p.after[2].push_back(std::move(staged.graph));
    p.segmented.push_back(std::move(doc));
  }
}

std::vector<Document> documents(Stage stage) {
  const Prepared& p = prepared();
  std::vector<Document> out = p.segmented;
  if (stage != Stage::kSegmented)
    for (size_t i = 0; i < out.size(); ++i) out[i].graph = p.after[static_cast<int>(stage) - 1][i];
  return out;
}

void count_articles(benchmark::State& state) {
  count_items(state, inputs().articles.size(), inputs().text_bytes, "article");
}

void count_items(benchmark::State& state, size_t items, size_t bytes, const char* item) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * items));
  state.SetLabel(item);
}

}  // namespace glaneur::bench
