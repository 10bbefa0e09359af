// Fuzz target: the date functions of rule value lines (date, month, weekday, offset, point, season,
// quarter, half, decade, century, year, weekend; not text(), which returns the span as written),
// called as rules::evaluate_value calls them: through builtin_vocabulary(), with the arguments a
// capture or a product can give (nothing, whole numbers of any size, any double including
// infinities, strings) and an anchor that is an article date the reader accepts (0000-01-01 …
// 9999-12-31) or, as a rule file's `anchor` line may be, any text.
//
// A result is nothing or a TIMEX3 string: non-empty, printable ASCII.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdio>
#include <limits>

#include "fuzz_support.h"
#include "io/article_reader.h"
#include "rules/vocabulary.h"

using namespace glaneur;

namespace {

rules::MaybeScalar consume_arg(FuzzedDataProvider& in) {
  static const char* const kWords[] = {"day", "week", "month", "quarter", "year", "SP", "SU", "FA", "WI", ""};
  static const double kDoubles[] = {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                                    std::numeric_limits<double>::quiet_NaN(), 1e19, -1e19, 9.3e18, 2147483648.0, 0.5};
  switch (in.ConsumeIntegralInRange(0, 6)) {
    case 0: return std::nullopt;
    case 1: return rules::Scalar(in.ConsumeIntegralInRange<int64_t>(-40, 40));  // everyday values
    case 2: return rules::Scalar(in.ConsumeIntegral<int64_t>());
    case 3: return rules::number_value(in.ConsumeFloatingPoint<double>());      // as a product gives it
    case 4: return rules::Scalar(in.PickValueInArray(kDoubles));
    case 5: return rules::Scalar(std::string(in.PickValueInArray(kWords)));
    default: return rules::Scalar(in.ConsumeRandomLengthString(12));
  }
}

std::string consume_anchor(FuzzedDataProvider& in) {
  if (in.ConsumeBool()) return in.ConsumeRandomLengthString(12);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", in.ConsumeIntegralInRange(0, 9999),
                in.ConsumeIntegralInRange(1, 12), in.ConsumeIntegralInRange(1, 31));
  std::string anchor = buffer;
  return io::is_iso_date(anchor) ? anchor : "2024-02-29";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kDateFunctions[] = {"date", "month", "weekend", "year", "weekday", "offset",
                                               "point", "season", "quarter", "half", "decade", "century"};
  FuzzedDataProvider in(data, size);
  const rules::ValueFunction* function = rules::builtin_vocabulary().function(in.PickValueInArray(kDateFunctions));
  if (!function) return 0;  // renamed or gone: the vocabulary's own tests say so
  const rules::ValueFunction& f = *function;
  rules::EvalContext context;
  context.anchor = consume_anchor(in);
  context.tense = in.ConsumeIntegralInRange(-1, 1);
  std::vector<rules::MaybeScalar> args(in.ConsumeIntegralInRange(f.min_args, f.max_args));
  for (auto& a : args) a = consume_arg(in);

  rules::MaybeScalar v = f.call(args, context);
  if (!v) return 0;
  const std::string* timex = std::get_if<std::string>(&*v);
  FUZZ_CHECK(timex != nullptr);
  FUZZ_CHECK(!timex->empty());
  for (char c : *timex) FUZZ_CHECK(c > ' ' && c < 127);
  return 0;
}
