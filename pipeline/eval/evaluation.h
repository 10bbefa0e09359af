// evaluate: scores glaneur's graphs against gold annotations. This is the project's one scorer
// (glaneur eval, tools/eval, tools/gate): per mention type, strict and lenient precision, recall
// and F1, value accuracy and end-to-end F1 (mention_scores.h); per relation type, strict and
// lenient P/R/F1 (relation_scores.h); and the list of every error, mentions first.
//
//   GoldRead gold = read_gold("corpus/gold/kolibri-levee-serie-b.gold.json");
//   SystemOutputs graphs = analyze_articles(gold.articles, rules);     // or read_system_output(path)
//   Evaluation scores = evaluate(gold.articles, graphs, {});
//   std::cout << score_table(scores, kScoredTypes);                   // score_report.h
#pragma once

#include <map>
#include <string>
#include <vector>

#include "eval/gold_reader.h"
#include "eval/mention_scores.h"
#include "eval/relation_scores.h"
#include "eval/system_output.h"

namespace glaneur::eval {

// The mention types of the contract that are scored, in the table's order.
inline const std::vector<std::string> kScoredTypes = {"MONEY", "PERCENT", "DATE", "QUANTITY", "ORG", "PER"};

struct EvalOptions {
  std::vector<std::string> types = kScoredTypes;  // scored types, in order (--types)
  std::map<std::string, std::string> mapping;     // gold type → the type it counts as (--map TIME=DATE)
};

struct Evaluation {
  std::map<std::string, TypeScore> mentions;       // by type: those scored in at least one article
  std::map<std::string, RelationScore> relations;  // by relation type, and "all"
  std::vector<std::string> errors;                 // one line each (MISSED, SPURIOUS, SPAN, VALUE, REL …)
};

// Each gold article is scored against the graph of the same id in `system` (an article without
// one counts as found empty).
Evaluation evaluate(const std::vector<GoldArticle>& gold, const SystemOutputs& system, const EvalOptions& options);

}  // namespace glaneur::eval
