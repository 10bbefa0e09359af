// What every stage benchmark of tests/bench/ shares: the input articles, read once; the bundled
// rules, loaded once; documents analysed up to a given stage; and the counters every benchmark
// reports, so that tools/bench can print MB/s and the time per article of each stage.
//
// Inputs (glaneur_bench --input=…, read by bench_main.cc before Google Benchmark's own flags):
//   corpus      the article texts of corpus/articles/*.jsonl (the default; always there)
//   press       the first ~1 MB of article text of ../shared/bench-corpus/fr-press-8mb.jsonl
//   FILE.jsonl  the first ~1 MB of article text of any JSONL file of articles
//
//   static void tokenize(benchmark::State& state) {
//     text::Tokenizer tokenizer;
//     auto views = bench::views();                    // prepared outside the timed loop
//     for (auto _ : state)
//       for (const auto& v : views) benchmark::DoNotOptimize(tokenizer.tokenize(v));
//     bench::count_articles(state);                   // bytes/s and articles/s of the whole input
//   }
#pragma once

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "analyzer.h"
#include "io/article.h"
#include "rules/rule_set.h"
#include "text/text_view.h"

namespace glaneur::bench {

struct Inputs {
  std::string name;                   // "corpus", "press", or the file's path
  std::vector<io::Article> articles;  // never resized once read: documents point into them
  size_t text_bytes = 0;              // of every article's text, in bytes
};

// Reads the input that `choice` names (see above). Returns an error message, or "" when it is read.
std::string load_inputs(const std::string& choice);
const Inputs& inputs();

// The bundled rules (rules::builtin_rules_dir()), loaded once. Returns the load errors, described.
std::vector<std::string> load_bundled_rules();
const rules::RuleSet& bundled_rules();

// The text views of every input article.
std::vector<text::TextView> views();

// Every input article analysed as Analyzer::analyze does, stopping after `stage`: kSegmented has the
// view, tokens and sentences, and an empty graph; kMentions adds the rule engine's mentions; kNames
// adds names; kGraph is the whole analysis. The analysis runs once, in prepare_documents(), which
// also warms what is built lazily on first use (RE2's DFAs, the French dictionary), as a long run has it.
enum class Stage { kSegmented, kMentions, kNames, kGraph };
void prepare_documents();
std::vector<Document> documents(Stage stage);

// Sets bytes/s and articles/s for one pass over every input article per iteration. Items are
// articles, so tools/bench reads the time per article as 1 / items_per_second; the label names
// the item.
void count_articles(benchmark::State& state);
// The same for `items` items of `bytes` bytes in all per iteration, each called `item`.
void count_items(benchmark::State& state, size_t items, size_t bytes, const char* item);

}  // namespace glaneur::bench
