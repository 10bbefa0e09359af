// JSON writing (io::graph_line): the output line of every input article's finished graph, byte
// offsets turned into code points.
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "io/json_writer.h"

namespace glaneur::bench {
namespace {

void json_graph_line(benchmark::State& state) {
  std::vector<Document> docs = documents(Stage::kGraph);
  size_t mentions = 0;
  for (const Document& doc : docs) mentions += doc.graph.mentions.size();
  for (auto _ : state)
    for (const Document& doc : docs) benchmark::DoNotOptimize(io::graph_line(*doc.article, doc.graph));
  count_articles(state);
  state.counters["mentions_per_article"] = static_cast<double>(mentions) / docs.size();
}
BENCHMARK(json_graph_line);

}  // namespace
}  // namespace glaneur::bench
