// The normalised view (text/text_view.h): folding and the offset map, over every input article.
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "text/text_view.h"

namespace glaneur::bench {
namespace {

void text_view_build(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& article : inputs().articles) benchmark::DoNotOptimize(text::TextView::build(article.text));
  count_articles(state);
}
BENCHMARK(text_view_build);

}  // namespace
}  // namespace glaneur::bench
