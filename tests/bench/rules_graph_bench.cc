// The graph phase (rules::run_graph_rules): TOPIC and RELATION rules over every mention, names
// included, of documents that went through the engine and names.
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "rules/engine.h"

namespace glaneur::bench {
namespace {

void rules_graph(benchmark::State& state) {
  std::vector<Document> docs = documents(Stage::kNames);
  std::vector<graph::FactGraph> before;
  for (const Document& doc : docs) before.push_back(doc.graph);
  for (auto _ : state) {
    state.PauseTiming();  // once per pass over the input, not per article
    for (size_t i = 0; i < docs.size(); ++i) docs[i].graph = before[i];
    state.ResumeTiming();
    for (Document& doc : docs) rules::run_graph_rules(bundled_rules(), doc, {}, nullptr);
    benchmark::ClobberMemory();
  }
  count_articles(state);
}
BENCHMARK(rules_graph);

}  // namespace
}  // namespace glaneur::bench
