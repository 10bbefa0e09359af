// French tokens (text/tokenizer.h): ICU word breaks plus the French rules, over ready views.
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "text/tokenizer.h"

namespace glaneur::bench {
namespace {

void tokenize(benchmark::State& state) {
  std::vector<text::TextView> all = views();
  text::Tokenizer tokenizer;
  for (auto _ : state)
    for (const auto& view : all) benchmark::DoNotOptimize(tokenizer.tokenize(view));
  count_articles(state);
}
BENCHMARK(tokenize);

}  // namespace
}  // namespace glaneur::bench
