// What glaneur eval prints and writes: the score table, and the same scores as JSON (--json),
// both in tools/eval's format, which tools/gate and the notes in the repository read.
//
// The table (one row per requested type with any gold or system mention, then one per relation
// type, "all" last; value accuracy is nan when no strict match had a gold value):
//   type       gold   sys | strict P/R/F1     | lenient P/R/F1    |  value | e2e F1
//   MONEY       254   246 | 1.00 0.96 0.98    | 1.00 0.97 0.98    |   0.95 |  0.93
//   relation   gold   sys | strict P/R/F1     | lenient P/R/F1
//   AMOUNT      236    93 | 0.41 0.16 0.23    | 0.60 0.24 0.34
//   all        1035   280 | 0.45 0.12 0.19    | 0.62 0.17 0.26
//
// The JSON, written with json.dump(indent=1)'s layout (NaN for a value accuracy without values):
//   {"MONEY": {"gold", "system", "strict": {"p", "r", "f1"}, "lenient": {…}, "value_accuracy",
//              "end_to_end_f1"}, …, "relations": {"AMOUNT": {"gold", "system", "strict", "lenient"}, …, "all": …}}
// End-to-end F1 counts a strict match as a hit when its value is right or the gold gives none.
#pragma once

#include <string>
#include <vector>

#include "eval/evaluation.h"

namespace glaneur::eval {

std::string score_table(const Evaluation& scores, const std::vector<std::string>& types);
Json score_json(const Evaluation& scores, const std::vector<std::string>& types);

// The first `count` error lines, one a line (Python's errors[:count]: a negative count leaves off
// that many at the end).
std::string error_lines(const Evaluation& scores, long count);

}  // namespace glaneur::eval
