// Mention scores of one type: how many gold and system mentions, how many match strictly (same
// span) and leniently (overlapping spans), and how many strict matches have the right value.
//
// For each gold mention, in gold order: the first unused system mention of its type with the same
// span is a strict (and lenient) match and its value is checked (value_match.h); failing that, the
// first unused overlapping one is a lenient match only. What remains unused is spurious.
// Left out: gold mentions of types not scored (the requested types, within the article's
// "scored_types"), and system mentions that overlap a gold IGNORE, MISC or LOC span when that type
// is not itself scored. `mapping` renames gold types first (TIME=DATE).
//
//   TypeScore s = scores["MONEY"];   // after score_mentions on every article
//   Prf strict = prf(s.strict, s.system, s.gold);
//
// Every miss, spurious mention, span or value error becomes an error line, as tools/eval wrote them:
//   MISSED kolibri-levee-serie-b QUANTITY '53 personnes' …ont été recrutées, soit 53 personnes de plus…
//   SPURIOUS a1 DATE 'mardi' …40 code points of context either side…
//   SPAN   a1 DATE gold 'mardi soir' got 'mardi'
//   VALUE  a1 MONEY '1\xa0900 euros' gold {"amount": 1900, "per": "month"} got {"amount": 1900}
#pragma once

#include <map>
#include <string>
#include <vector>

#include "eval/gold_reader.h"

namespace glaneur::eval {

struct TypeScore {
  long gold = 0, system = 0;
  long strict = 0, lenient = 0;  // matches
  long valued = 0, value_ok = 0; // strict matches whose gold gives a value; those right
};

struct Prf {
  double p = 0, r = 0, f1 = 0;
};
// Precision hits/system, recall hits/gold, their harmonic mean; 0 where a count is 0.
Prf prf(long hits, long system, long gold);

// Scores one article: adds to `scores` (a key for every type scored in it) and to `errors`.
void score_mentions(const GoldArticle& gold, const Json& system, const std::vector<std::string>& types,
                    const std::map<std::string, std::string>& mapping, std::map<std::string, TypeScore>& scores,
                    std::vector<std::string>& errors);

}  // namespace glaneur::eval
