// The rule engine's mention phase (rules::run_rules): every MONEY, PERCENT, QUANTITY and DATE rule
// stage over documents whose view, tokens and sentences are ready.
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "rules/engine.h"

namespace glaneur::bench {
namespace {

// prefilter = false is the engine's naive reference path (every rule at every token): what the
// trigger index and the RE2::Set buy.
void rules_mentions(benchmark::State& state, bool prefilter) {
  std::vector<Document> docs = documents(Stage::kSegmented);
  for (auto _ : state) {
    for (Document& doc : docs) {
      doc.graph = {};  // as a fresh document has it; freeing the last pass's mentions is cheap
      rules::run_rules(bundled_rules(), doc, {prefilter}, nullptr);
    }
    benchmark::ClobberMemory();
  }
  count_articles(state);
}
BENCHMARK_CAPTURE(rules_mentions, prefilter, true);
BENCHMARK_CAPTURE(rules_mentions, naive, false);

}  // namespace
}  // namespace glaneur::bench
