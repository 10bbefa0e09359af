// The whole analysis of one article (Analyzer::analyze): view, tokens, sentences, rules, names and
// the graph phase; what `glaneur extract -j 1` does per article, less reading and writing.
#include <benchmark/benchmark.h>

#include "analyzer.h"
#include "bench_inputs.h"

namespace glaneur::bench {
namespace {

void analyze(benchmark::State& state) {
  Analyzer analyzer(bundled_rules());
  for (auto _ : state)
    for (const auto& article : inputs().articles) benchmark::DoNotOptimize(analyzer.analyze(article));
  count_articles(state);
}
BENCHMARK(analyze);

}  // namespace
}  // namespace glaneur::bench
