// Relation scores on one small article: objects must be exact, subjects equal (strict) or sharing a
// content word (lenient), PARTNER either way round, and a role at no organisation is not scored.
#include "eval/relation_scores.h"

#include <gtest/gtest.h>

#include "eval/evaluation.h"
#include "eval/eval_examples.h"
#include "eval/name_fold.h"
#include "eval/score_report.h"

namespace glaneur::eval {
namespace {

using testing::Example;

const Example kArticle("a1", "Kolibri lève 42 millions d’euros mardi avec Nova. M. Benabdillah, de la Région Occitanie, salue.");

GoldArticle gold() {
  return kArticle.gold(Json::array(), Json::parse(R"([
    {"type": "AMOUNT", "subject": "Kolibri", "object": {"amount": 42000000, "currency": "EUR"}, "trigger": "lève"},
    {"type": "ROLE", "subject": "Jalil Benabdillah", "object": "Région Occitanie", "role": "vice-président"},
    {"type": "PARTNER", "subject": "Kolibri", "object": "Nova"},
    {"type": "ROLE", "subject": "Marie Dupont", "object": null, "role": "consultante"}
  ])"));
}

// The system: the amount (with one more key than the gold: still right), the role with the
// subject as the article shortens it, the partnership the other way round, and a date the gold
// does not have.
Json system() {
  Json mentions = {kArticle.mention("MONEY", "42 millions d’euros", {{"amount", 42000000}, {"currency", "EUR"}, {"approx", false}}),
                   kArticle.mention("DATE", "mardi", {{"timex", "2024-05-21"}})};
  Json entities = Json::parse(R"([
    {"id": "e1", "type": "ORG", "name": "Kolibri"}, {"id": "e2", "type": "ORG", "name": "Nova"},
    {"id": "e3", "type": "PER", "name": "M. Benabdillah"}, {"id": "e4", "type": "ORG", "name": "Région  Occitanie"}])");
  Json relations = Json::parse(R"([
    {"id": "r1", "type": "AMOUNT", "subject": "e1", "object": "m1"},
    {"id": "r2", "type": "ROLE", "subject": "e3", "object": "e4"},
    {"id": "r3", "type": "PARTNER", "subject": "e2", "object": "e1"},
    {"id": "r4", "type": "DATE", "subject": "e1", "object": "m2"}])");
  return kArticle.graph(mentions, entities, relations);
}

Evaluation score() { return evaluate({gold()}, {{"a1", system()}}, {}); }

TEST(EvalRelations, StrictWantsTheSameSubjectLenientASharedContentWord) {
  const Evaluation e = score();
  const RelationScore& role = e.relations.at("ROLE");
  EXPECT_EQ(role.gold, 1);  // Marie Dupont's role at no organisation is not scored
  EXPECT_EQ(role.strict, 0);   // "M. Benabdillah" is not "Jalil Benabdillah"…
  EXPECT_EQ(role.lenient, 1);  // …but they share "benabdillah"
  EXPECT_EQ(e.relations.at("AMOUNT").strict, 1);
}

TEST(EvalRelations, PartnerMatchesEitherWayRound) {
  const Evaluation e = score();
  const RelationScore& partner = e.relations.at("PARTNER");
  EXPECT_EQ(partner.strict, 1);
  const RelationEnds reversed{"ALIAS", "Nova", "Kolibri"};
  EXPECT_FALSE(relation_match({"ALIAS", "Kolibri", "Nova"}, reversed, false));  // only PARTNER is symmetric
}

TEST(EvalRelations, WhatIsAnnouncedIsComparedLikeASubjectOtherNamesExactly) {
  const RelationEnds gold{"ANNOUNCE", "Alcyon Retail", "acquisition de Maison Vaudrey"};
  EXPECT_TRUE(relation_match(gold, {"ANNOUNCE", "Alcyon Retail", "acquisition"}, false));
  EXPECT_FALSE(relation_match(gold, {"ANNOUNCE", "Alcyon Retail", "acquisition"}, true));
  EXPECT_FALSE(relation_match({"PART_OF", "LAAS", "CNRS Occitanie"}, {"PART_OF", "LAAS", "CNRS"}, false));
}

TEST(EvalRelations, AllSumsEveryTypeAndTheTableSaysSo) {
  const Evaluation e = score();
  const RelationScore& all = e.relations.at("all");
  EXPECT_EQ(all.gold, 3);
  EXPECT_EQ(all.system, 4);
  EXPECT_EQ(all.strict, 2);
  EXPECT_EQ(all.lenient, 3);
  EXPECT_EQ(score_table(e, kScoredTypes),
            "type       gold   sys | strict P/R/F1     | lenient P/R/F1    |  value | e2e F1\n"
            "MONEY         0     1 | 0.00 0.00 0.00    | 0.00 0.00 0.00    |    nan |  0.00\n"
            "DATE          0     1 | 0.00 0.00 0.00    | 0.00 0.00 0.00    |    nan |  0.00\n"
            "relation   gold   sys | strict P/R/F1     | lenient P/R/F1   \n"
            "AMOUNT        1     1 | 1.00 1.00 1.00    | 1.00 1.00 1.00   \n"
            "DATE          0     1 | 0.00 0.00 0.00    | 0.00 0.00 0.00   \n"
            "PARTNER       1     1 | 1.00 1.00 1.00    | 1.00 1.00 1.00   \n"
            "ROLE          1     1 | 0.00 0.00 0.00    | 1.00 1.00 1.00   \n"
            "all           3     4 | 0.50 0.67 0.57    | 0.75 1.00 0.86   \n");
  EXPECT_EQ(e.errors.back(), "REL SPURIOUS a1 DATE Kolibri -> {\"timex\": \"2024-05-21\"}");
}

TEST(EvalRelations, ObjectsAreExactValuesOrFoldedNames) {
  EXPECT_TRUE(relation_match({"ALIAS", "Aniti", "Institut toulousain d’intelligence"},
                             {"ALIAS", "ANITI", "institut toulousain d'intelligence"}, true));
  EXPECT_FALSE(relation_match({"AMOUNT", "Kolibri", Json{{"amount", 42000000}}}, {"AMOUNT", "Kolibri", Json{{"amount", 4200000}}}, false));
  EXPECT_FALSE(relation_match({"AMOUNT", "Kolibri", Json{{"amount", 42000000}}}, {"AMOUNT", "Kolibri", "42 millions"}, false));
}

TEST(EvalRelations, NamesFoldAsTheScorerComparesThem) {
  EXPECT_EQ(folded("  Région\u00a0 Occitanie "), "region occitanie");
  EXPECT_EQ(folded("L’ÉCONOMIE"), "l'economie");
  EXPECT_EQ(content_words("la Région d’Occitanie"), (std::set<std::string>{"region", "occitanie"}));
  EXPECT_EQ(content_words("l'Agence de l'eau Adour-Garonne"), (std::set<std::string>{"agence", "eau", "adour", "garonne"}));
}

TEST(EvalRelations, AGoldWithoutRelationsScoresNone) {
  GoldArticle no_relations = gold();
  no_relations.relations = std::nullopt;
  EXPECT_TRUE(evaluate({no_relations}, {{"a1", system()}}, {}).relations.empty());
}

}  // namespace
}  // namespace glaneur::eval
