// Mention scores on one small article whose every number can be checked by hand.
#include "eval/mention_scores.h"

#include <gtest/gtest.h>

#include <cmath>

#include "eval/evaluation.h"
#include "eval/eval_examples.h"
#include "eval/score_report.h"
#include "eval/value_match.h"

namespace glaneur::eval {
namespace {

using testing::Example;

const Example kArticle("a1", "Kolibri lève 42 millions d’euros mardi à Lyon, soit 10 % de plus que Nova, selon l’Insee.");
const Json kEur = {{"amount", 42000000}, {"currency", "EUR"}};
const Json kUsd = {{"amount", 42000000}, {"currency", "USD"}};
const Json kTuesday = {{"timex", "2024-05-21"}};

// Gold: Kolibri, Nova (ORG); 42 millions d’euros (MONEY, EUR); mardi (DATE); 10 % (PERCENT);
// Lyon marked LOC, a span where the system's mentions are not counted.
GoldArticle gold() {
  return kArticle.gold({kArticle.mention("ORG", "Kolibri", {{"name", "Kolibri"}}),
                        kArticle.mention("MONEY", "42 millions d’euros", kEur), kArticle.mention("DATE", "mardi", kTuesday),
                        kArticle.mention("LOC", "Lyon"), kArticle.mention("PERCENT", "10 %", {{"value", 10}}),
                        kArticle.mention("ORG", "Nova", {{"name", "Nova"}})});
}

// System: Kolibri right; the amount at the right place in the wrong currency; mardi right;
// "10 % de plus" too long; Lyon as an ORG (inside the LOC span: not counted); l’Insee spurious.
Json system() {
  return kArticle.graph({kArticle.mention("ORG", "Kolibri", {{"name", "Kolibri"}}),
                         kArticle.mention("MONEY", "42 millions d’euros", kUsd), kArticle.mention("DATE", "mardi", kTuesday),
                         kArticle.mention("ORG", "Lyon", {{"name", "Lyon"}}),
                         kArticle.mention("PERCENT", "10 % de plus", {{"value", 10}}),
                         kArticle.mention("ORG", "Insee", {{"name", "Insee"}})});
}

Evaluation score(const EvalOptions& options = {}) {
  static const std::vector<GoldArticle> golds = {gold()};
  return evaluate(golds, {{"a1", system()}}, options);
}

TEST(EvalMentions, StrictNeedsTheSameSpanLenientAnOverlap) {
  const Evaluation e = score();
  const TypeScore& percent = e.mentions.at("PERCENT");
  EXPECT_EQ(percent.strict, 0);
  EXPECT_EQ(percent.lenient, 1);
  EXPECT_DOUBLE_EQ(prf(percent.strict, percent.system, percent.gold).f1, 0.0);
  EXPECT_DOUBLE_EQ(prf(percent.lenient, percent.system, percent.gold).f1, 1.0);
}

TEST(EvalMentions, ASystemMentionInsideAGoldLocSpanIsNotCounted) {
  const Evaluation e = score();
  const TypeScore& org = e.mentions.at("ORG");
  EXPECT_EQ(org.gold, 2);    // Kolibri, Nova
  EXPECT_EQ(org.system, 2);  // Kolibri, Insee: Lyon is left out
  EXPECT_EQ(org.strict, 1);
  const Prf strict = prf(org.strict, org.system, org.gold);
  EXPECT_DOUBLE_EQ(strict.p, 0.5);
  EXPECT_DOUBLE_EQ(strict.r, 0.5);
  EXPECT_DOUBLE_EQ(strict.f1, 0.5);
}

// An ignored span excuses a spurious mention, never a hit: "OPHLM de Lunéville" overlaps the
// LOC Lunéville, and it is still the lenient match of the gold OPHLM.
TEST(EvalMentions, AMentionOverlappingAnIgnoredSpanStillMatchesTheGoldItOverlaps) {
  const Example office("a2", "L'OPHLM de Lunéville rénove la halle.");
  const std::vector<GoldArticle> golds = {office.gold({office.mention("ORG", "OPHLM"), office.mention("LOC", "Lunéville")})};
  const Evaluation e = evaluate(golds, {{"a2", office.graph({office.mention("ORG", "OPHLM de Lunéville")})}}, {});
  const TypeScore& org = e.mentions.at("ORG");
  EXPECT_EQ(org.gold, 1);
  EXPECT_EQ(org.system, 1);
  EXPECT_EQ(org.strict, 0);
  EXPECT_EQ(org.lenient, 1);
}

TEST(EvalMentions, ValueAccuracyCountsStrictMatchesRightOnTheGoldKeys) {
  const Evaluation e = score();
  EXPECT_EQ(e.mentions.at("MONEY").valued, 1);
  EXPECT_EQ(e.mentions.at("MONEY").value_ok, 0);  // USD, not EUR
  EXPECT_EQ(e.mentions.at("DATE").value_ok, 1);
  // Extra keys on the system side do not matter; numbers compare as numbers.
  EXPECT_EQ(value_right(kEur, Json{{"amount", 42000000.0}, {"currency", "EUR"}, {"approx", true}}), true);
  EXPECT_EQ(value_right(Json{{"value", 3.7}}, Json{{"value", 3.7000000001}}), true);
  EXPECT_EQ(value_right(Json{{"timex", "2025"}, {"mod", "END"}}, Json{{"timex", "2025"}}), false);
  EXPECT_EQ(value_right(nullptr, kEur), std::nullopt);  // no gold value: not counted
}

TEST(EvalMentions, TheTableAndErrorsReadAsToolsEvalPrintedThem) {
  const Evaluation e = score();
  EXPECT_EQ(score_table(e, kScoredTypes),
            "type       gold   sys | strict P/R/F1     | lenient P/R/F1    |  value | e2e F1\n"
            "MONEY         1     1 | 1.00 1.00 1.00    | 1.00 1.00 1.00    |   0.00 |  0.00\n"
            "PERCENT       1     1 | 0.00 0.00 0.00    | 1.00 1.00 1.00    |    nan |  0.00\n"
            "DATE          1     1 | 1.00 1.00 1.00    | 1.00 1.00 1.00    |   1.00 |  1.00\n"
            "ORG           2     2 | 0.50 0.50 0.50    | 0.50 0.50 0.50    |   1.00 |  0.50\n");
  EXPECT_EQ(error_lines(e, 10),
            "VALUE  a1 MONEY '42 millions d’euros' gold {\"amount\": 42000000, \"currency\": \"EUR\"} "
            "got {\"amount\": 42000000, \"currency\": \"USD\"}\n"
            "SPAN   a1 PERCENT gold '10 %' got '10 % de plus'\n"
            "MISSED a1 ORG 'Nova' …ros mardi à Lyon, soit 10 % de plus que Nova, selon l’Insee.…\n"
            "SPURIOUS a1 ORG 'Insee' …on, soit 10 % de plus que Nova, selon l’Insee.…\n");
  const Json json = score_json(e, kScoredTypes);
  EXPECT_TRUE(std::isnan(json["PERCENT"]["value_accuracy"].get<double>()));
  EXPECT_DOUBLE_EQ(json["ORG"]["strict"]["f1"].get<double>(), 0.5);
  EXPECT_FALSE(json.contains("relations"));  // the gold says nothing of relations
}

TEST(EvalMentions, TypesScoredTypesAndMapLimitAndRenameWhatIsScored) {
  EvalOptions options;
  options.types = {"ORG", "DATE"};
  EXPECT_EQ(score(options).mentions.count("MONEY"), 0u);

  GoldArticle only_dates = gold();
  only_dates.scored_types = std::vector<std::string>{"DATE"};
  const Evaluation e = evaluate({only_dates}, {{"a1", system()}}, {});
  EXPECT_EQ(e.mentions.size(), 1u);
  EXPECT_EQ(e.mentions.at("DATE").strict, 1);

  // Gold TIME counted as DATE: "mardi" found.
  GoldArticle times = kArticle.gold({kArticle.mention("TIME", "mardi", kTuesday)});
  options.types = {"DATE"};
  options.mapping = {{"TIME", "DATE"}};
  EXPECT_EQ(evaluate({times}, {{"a1", system()}}, options).mentions.at("DATE").strict, 1);
}

TEST(EvalMentions, AnArticleTheSystemLeftOutIsAllMissed) {
  const Evaluation e = evaluate({gold()}, {}, {});
  EXPECT_EQ(e.mentions.at("ORG").system, 0);
  EXPECT_EQ(e.mentions.at("ORG").strict, 0);
  EXPECT_EQ(e.errors.size(), 5u);  // Kolibri, Nova, the amount, mardi, 10 %
}

}  // namespace
}  // namespace glaneur::eval
