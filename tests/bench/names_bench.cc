// Names (extract::extract_names): ORG, PER and LOC from capitalised runs, the gazetteers and the
// French dictionary, over documents that already hold the rule engine's mentions.
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "extract/names.h"

namespace glaneur::bench {
namespace {

void extract_names(benchmark::State& state) {
  std::vector<Document> docs = documents(Stage::kMentions);
  std::vector<graph::FactGraph> before;
  for (const Document& doc : docs) before.push_back(doc.graph);
  extract::NameResources names = extract::NameResources::from(bundled_rules());
  for (auto _ : state) {
    state.PauseTiming();  // once per pass over the input, not per article
    for (size_t i = 0; i < docs.size(); ++i) docs[i].graph = before[i];
    state.ResumeTiming();
    for (Document& doc : docs) extract::extract_names(doc, names);
    benchmark::ClobberMemory();
  }
  count_articles(state);
}
BENCHMARK(extract_names);

}  // namespace
}  // namespace glaneur::bench
