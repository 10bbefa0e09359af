// What `glaneur show` prints for one article (io/text_report.h): the highlighted text, then one
// line per mention, entity and relation, on the hand-built seed-like graph.
#include "io/text_report.h"

#include <gtest/gtest.h>

#include "support/seed_like_graph.h"

namespace glaneur::io {
namespace {

TEST(TextReport, HighlightsThenMentionsEntitiesAndRelations) {
  testing_support::SeedLikeGraph f;
  f.graph.entities[1].aliases = {"Benabdillah"};
  EXPECT_EQ(text_report(f.article, f.graph, {}),
            "── seed-like · 2024-05-22\n"
            "\n"
            "Le [TOPIC plan IA] est doté de [MONEY 50 millions d’euros]. [PER Jalil Benabdillah], vice-président de "
            "la [ORG Région Occitanie], l’a présenté.\n"
            "\n"
            "mentions (4)\n"
            "  m1    TOPIC     plan IA              {\"name\":\"plan IA\"}  topic.head  → e1\n"
            "  m2    MONEY     50 millions d’euros  {\"amount\":50000000,\"currency\":\"EUR\"}  money.amount\n"
            "  m3    PER       Jalil Benabdillah    {\"name\":\"Jalil Benabdillah\"}  names.person  → e2\n"
            "  m4    ORG       Région Occitanie     {\"name\":\"Région Occitanie\"}  names.head  → e3\n"
            "entities (3)\n"
            "  e1    TOPIC     plan IA  (1 mention)\n"
            "  e2    PER       Jalil Benabdillah  (1 mention; aliases: Benabdillah)\n"
            "  e3    ORG       Région Occitanie  (1 mention)\n"
            "relations (2)\n"
            "  r1    plan IA —AMOUNT→ 50 millions d’euros {\"amount\":50000000,\"currency\":\"EUR\"} "
            "{\"trigger\":\"doté de\"}  relation.amount.dote\n"
            "  r2    Jalil Benabdillah —ROLE(vice-président)→ Région Occitanie  names.role.apposition\n");
}

TEST(TextReport, ColourPaintsByTypeAndRestoresTheEnclosingMark) {
  io::Article article{"a", "2024-05-22", "", "Institut national de la santé"};
  graph::FactGraph g;
  g.mentions = {{"ORG", 0, static_cast<uint32_t>(article.text.size()), {}, "r", -1}, {"LOC", 0, 8, {}, "r", -1}};
  std::string out = text_report(article, g, {.colour = true});
  EXPECT_NE(out.find("\033[1;36m\033[36mInstitut\033[0m\033[1;36m national de la santé\033[0m"), std::string::npos)
      << out;
}

TEST(TextReport, AReferenceToNothingIsShownNotFollowed) {
  testing_support::SeedLikeGraph f;
  f.graph.relations[1].object = {graph::Ref::kEntity, 9};
  EXPECT_NE(text_report(f.article, f.graph, {}).find("Jalil Benabdillah —ROLE(vice-président)→ e10 (not in the graph)"),
            std::string::npos);
}

}  // namespace
}  // namespace glaneur::io
