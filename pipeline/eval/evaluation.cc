// Tested by tests/eval/mention_scores_test.cc and tests/eval/eval_command_test.cc
#include "eval/evaluation.h"

namespace glaneur::eval {

Evaluation evaluate(const std::vector<GoldArticle>& gold, const SystemOutputs& system, const EvalOptions& options) {
  static const Json kNoGraph = Json::object();
  auto graph_of = [&](const GoldArticle& article) -> const Json& {
    auto it = system.find(article.id());
    return it == system.end() ? kNoGraph : it->second;
  };
  Evaluation out;
  // Every article's mention errors, then every article's relation errors: tools/eval's order.
  for (const GoldArticle& article : gold)
    score_mentions(article, graph_of(article), options.types, options.mapping, out.mentions, out.errors);
  for (const GoldArticle& article : gold) score_relations(article, graph_of(article), out.relations, out.errors);
  return out;
}

}  // namespace glaneur::eval
