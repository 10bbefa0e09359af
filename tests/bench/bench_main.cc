// glaneur_bench: Google Benchmark micro-benchmarks of the pipeline stages, one file per stage
// beside this one. tools/bench runs them and prints their table after the whole-pipeline one.
//
//   build/tests/bench/glaneur_bench [--input=corpus|press|FILE.jsonl] [--benchmark_…]
//
// Inputs and rules are read before any benchmark runs, so that no benchmark pays for them and a
// broken rule set stops the run with its errors instead of timing nothing.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "bench_inputs.h"

int main(int argc, char** argv) {
  std::string input = "corpus";
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--input=", 8) == 0) input = argv[i] + 8;
    else argv[kept++] = argv[i];
  }
  argc = kept;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;

  if (std::string error = glaneur::bench::load_inputs(input); !error.empty()) {
    std::fprintf(stderr, "glaneur_bench: %s\n", error.c_str());
    return 1;
  }
  if (auto errors = glaneur::bench::load_bundled_rules(); !errors.empty()) {
    for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
    std::fprintf(stderr, "glaneur_bench: %zu error(s) in the bundled rules; nothing was measured\n", errors.size());
    return 1;
  }
  glaneur::bench::prepare_documents();
  const auto& in = glaneur::bench::inputs();
  benchmark::AddCustomContext("glaneur_input", in.name);
  benchmark::AddCustomContext("glaneur_articles", std::to_string(in.articles.size()));
  benchmark::AddCustomContext("glaneur_text_bytes", std::to_string(in.text_bytes));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
