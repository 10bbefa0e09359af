// Start-up: what `glaneur extract` does before its first article. Loading the bundled rule set
// (parse every rule file and table, compile patterns and indexes, check), reading the French
// dictionary, and making an Analyzer (ICU iterators, name resources). Items are loads; bytes are
// those of the files read.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "analyzer.h"
#include "bench_inputs.h"
#include "extract/lexicon_fr.h"
#include "rules/rule_set.h"

namespace glaneur::bench {
namespace {
namespace fs = std::filesystem;

void load_rule_set(benchmark::State& state) {
  std::string dir = rules::builtin_rules_dir();
  size_t bytes = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    auto ext = entry.path().extension();
    if (entry.is_regular_file() && (ext == ".rules" || ext == ".tsv")) bytes += entry.file_size();
  }
  for (auto _ : state) benchmark::DoNotOptimize(rules::load_rule_set({dir}));
  count_items(state, 1, bytes, "load");
}
BENCHMARK(load_rule_set)->Unit(benchmark::kMillisecond);

// As lexicon_fr.h finds the dictionary.
void load_french_lexicon(benchmark::State& state) {
  const char* env = std::getenv("GLANEUR_HUNSPELL_DIC");
  std::string path = env && *env ? env : "/usr/share/hunspell/fr.dic";
  std::error_code ec;
  size_t bytes = fs::file_size(path, ec);
  if (ec) {
    state.SkipWithError(("no French dictionary at " + path).c_str());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(extract::FrenchLexicon(path));
  count_items(state, 1, bytes, "load");
}
BENCHMARK(load_french_lexicon)->Unit(benchmark::kMillisecond);

void make_analyzer(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Analyzer(bundled_rules()));
  count_items(state, 1, 0, "load");
}
BENCHMARK(make_analyzer)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace glaneur::bench
