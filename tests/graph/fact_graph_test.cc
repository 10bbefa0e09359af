// Tests of graph/fact_graph.h: insert_mentions and remove_mentions keep `mentions` sorted by
// (begin, end) and renumber everything that points at a mention (entities' mention lists,
// relations' mention refs); entity refs never move. Each case is a small graph written out, the
// call, and the graph it leaves, read back as lines ("m1 MONEY [0,5)", "e0 ORG {m2}",
// "r0 AMOUNT e0 -> m5").
#include "graph/fact_graph.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace glaneur::graph {
namespace {

Mention mention(const std::string& type, uint32_t begin, uint32_t end, int entity = -1) {
  return {type, begin, end, {}, "test." + type, entity};
}

std::string ref_text(const Ref& r) { return (r.kind == Ref::kEntity ? "e" : "m") + std::to_string(r.index); }

// The graph as lines: mentions in order, then entities with their mention lists, then relations.
std::vector<std::string> describe(const FactGraph& g) {
  std::vector<std::string> out;
  for (size_t i = 0; i < g.mentions.size(); ++i) {
    const Mention& m = g.mentions[i];
    out.push_back("m" + std::to_string(i) + " " + m.type + " [" + std::to_string(m.begin) + "," + std::to_string(m.end) + ")");
  }
  for (size_t i = 0; i < g.entities.size(); ++i) {
    std::string line = "e" + std::to_string(i) + " " + g.entities[i].type + " {";
    for (size_t k = 0; k < g.entities[i].mentions.size(); ++k)
      line += (k ? " m" : "m") + std::to_string(g.entities[i].mentions[k]);
    out.push_back(line + "}");
  }
  for (size_t i = 0; i < g.relations.size(); ++i) {
    const Relation& r = g.relations[i];
    out.push_back("r" + std::to_string(i) + " " + r.type + " " + ref_text(r.subject) + " -> " + ref_text(r.object));
  }
  return out;
}

// Three mentions, an entity over one of them, one over two, and relations that point at mentions
// both ways (as subject and as object) and at an entity.
FactGraph three_mentions() {
  FactGraph g;
  g.mentions = {mention("MONEY", 0, 5), mention("ORG", 10, 20, 0), mention("DATE", 30, 40, 1)};
  g.entities = {{"ORG", "Kolibri", {}, {1}}, {"TOPIC", "plan", {}, {0, 2}}};
  g.relations = {{"DATE", {Ref::kEntity, 0}, {Ref::kMention, 2}, {}, 10, 40, "r.date"},
                 {"AMOUNT", {Ref::kMention, 0}, {Ref::kMention, 2}, {}, 0, 40, "r.amount"}};
  return g;
}

TEST(FactGraphInsertMentions, SortsByBeginThenEndAndRenumbersWhatPointsAtMentions) {
  FactGraph g = three_mentions();
  // Given out of order: one after the ORG and its same start but longer, one inside the gap
  // before the DATE, one at the MONEY's start but shorter.
  std::vector<int> added = insert_mentions(g, {mention("TOPIC", 25, 28), mention("TOPIC", 10, 25), mention("TOPIC", 0, 3)});

  EXPECT_EQ(added, (std::vector<int>{4, 3, 0})) << "the new index of each added mention, in the order given";
  EXPECT_EQ(describe(g), (std::vector<std::string>{
                             "m0 TOPIC [0,3)",
                             "m1 MONEY [0,5)",  // was m0
                             "m2 ORG [10,20)",  // was m1
                             "m3 TOPIC [10,25)",
                             "m4 TOPIC [25,28)",
                             "m5 DATE [30,40)",  // was m2
                             "e0 ORG {m2}",
                             "e1 TOPIC {m1 m5}",
                             "r0 DATE e0 -> m5",  // the entity ref stays
                             "r1 AMOUNT m1 -> m5",
                         }));
}

TEST(FactGraphInsertMentions, AnAddedMentionGoesAfterAnExistingOneWithTheSameSpan) {
  FactGraph g = three_mentions();
  std::vector<int> added = insert_mentions(g, {mention("TOPIC", 10, 20)});
  EXPECT_EQ(added, std::vector<int>{2});
  EXPECT_EQ(g.mentions[1].type, "ORG");
  EXPECT_EQ(g.mentions[2].type, "TOPIC");
  EXPECT_EQ(g.entities[0].mentions, std::vector<int>{1}) << "the ORG entity still points at the ORG";
}

TEST(FactGraphInsertMentions, AddedMentionsKeepTheirValueRuleAndEntity) {
  FactGraph g = three_mentions();
  Mention topic{"TOPIC", 12, 18, {{"name", std::string("plan IA")}, {"head", std::string("plan")}}, "topic.quoted", 1};
  std::vector<int> added = insert_mentions(g, {topic});
  ASSERT_EQ(added, std::vector<int>{2});
  EXPECT_EQ(g.mentions[2].value, topic.value);
  EXPECT_EQ(g.mentions[2].rule, "topic.quoted");
  EXPECT_EQ(g.mentions[2].entity, 1);
}

TEST(FactGraphInsertMentions, NothingAddedLeavesTheGraphAsItWas) {
  FactGraph g = three_mentions();
  EXPECT_EQ(insert_mentions(g, {}), std::vector<int>{});
  EXPECT_EQ(describe(g), describe(three_mentions()));
}

TEST(FactGraphInsertMentions, IntoAnEmptyGraph) {
  FactGraph g;
  EXPECT_EQ(insert_mentions(g, {mention("DATE", 30, 40), mention("MONEY", 0, 5)}), (std::vector<int>{1, 0}));
  EXPECT_EQ(describe(g), (std::vector<std::string>{"m0 MONEY [0,5)", "m1 DATE [30,40)"}));
}

TEST(FactGraphRemoveMentions, DropsThoseItSaysYesToAndRenumbersTheRest) {
  FactGraph g;
  g.mentions = {mention("TOPIC", 0, 4), mention("MONEY", 5, 10), mention("TOPIC", 12, 16), mention("DATE", 20, 24, 1),
                mention("ORG", 30, 35, 0)};
  g.entities = {{"ORG", "Kolibri", {}, {4}},
                {"DATE", "2025", {}, {3, 1}},  // also over the MONEY, and not in order: it comes back sorted
                {"TOPIC", "plan", {}, {0, 2}}};  // only over what goes
  g.relations = {{"AMOUNT", {Ref::kEntity, 0}, {Ref::kMention, 1}, {}, 30, 35, "r.amount"},
                 {"DATE", {Ref::kMention, 1}, {Ref::kMention, 3}, {}, 5, 24, "r.date"}};

  remove_mentions(g, [](const Mention& m) { return m.type == "TOPIC"; });

  EXPECT_EQ(describe(g), (std::vector<std::string>{
                             "m0 MONEY [5,10)",  // was m1
                             "m1 DATE [20,24)",  // was m3
                             "m2 ORG [30,35)",   // was m4
                             "e0 ORG {m2}",
                             "e1 DATE {m0 m1}",
                             "e2 TOPIC {}",  // the entity stays, with no mention
                             "r0 AMOUNT e0 -> m0",
                             "r1 DATE m0 -> m1",
                         }));
}

TEST(FactGraphRemoveMentions, DroppingNothingLeavesTheGraphAsItWas) {
  FactGraph g = three_mentions();
  remove_mentions(g, [](const Mention&) { return false; });
  EXPECT_EQ(describe(g), describe(three_mentions()));
}

TEST(FactGraphRemoveMentions, DroppingEverythingAMentionRefDoesNotUse) {
  FactGraph g = three_mentions();
  g.relations.clear();
  remove_mentions(g, [](const Mention&) { return true; });
  EXPECT_EQ(describe(g), (std::vector<std::string>{"e0 ORG {}", "e1 TOPIC {}"}));
}

// Insert then remove what was inserted: the graph of the graph phase when its TOPICs go unused.
TEST(FactGraphInsertThenRemove, GivesBackTheGraphItStartedFrom) {
  FactGraph g = three_mentions();
  insert_mentions(g, {mention("TOPIC", 6, 8), mention("TOPIC", 41, 45), mention("TOPIC", 0, 40)});
  remove_mentions(g, [](const Mention& m) { return m.type == "TOPIC"; });
  EXPECT_EQ(describe(g), describe(three_mentions()));
}

}  // namespace
}  // namespace glaneur::graph
