// French numbers (extract::parse_french_number) on the numbers the input really holds: every match
// of kFrenchNumberPattern in the folded views ("40 000", "3,7", "deux cent mille"…). Items are
// numbers here, not articles.
#include <benchmark/benchmark.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "bench_inputs.h"
#include "extract/number_fr.h"

namespace glaneur::bench {
namespace {

std::vector<std::string> numbers_of_inputs() {
  RE2 number("(" + std::string(extract::kFrenchNumberPattern) + ")");
  std::vector<std::string> out;
  for (const auto& view : views()) {
    re2::StringPiece rest(view.text().data(), view.text().size());
    std::string match;
    while (RE2::FindAndConsume(&rest, number, &match))
      if (!match.empty()) out.push_back(match);
  }
  return out;
}

void parse_french_number(benchmark::State& state) {
  std::vector<std::string> numbers = numbers_of_inputs();
  size_t bytes = 0;
  for (const auto& n : numbers) bytes += n.size();
  for (auto _ : state)
    for (const auto& n : numbers) benchmark::DoNotOptimize(extract::parse_french_number(n));
  count_items(state, numbers.size(), bytes, "number");
}
BENCHMARK(parse_french_number);

}  // namespace
}  // namespace glaneur::bench
