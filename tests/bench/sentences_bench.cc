// Sentences (text/sentences.h): ICU sentence breaks plus the French joins, over ready views, with
// the abbreviations of the bundled rules.
#include <benchmark/benchmark.h>

#include "analyzer.h"
#include "bench_inputs.h"
#include "text/sentences.h"

namespace glaneur::bench {
namespace {

void split_sentences(benchmark::State& state) {
  std::vector<text::TextView> all = views();
  text::SentenceSplitter splitter(abbreviations_from(bundled_rules()));
  for (auto _ : state)
    for (const auto& view : all) benchmark::DoNotOptimize(splitter.split(view));
  count_articles(state);
}
BENCHMARK(split_sentences);

}  // namespace
}  // namespace glaneur::bench
