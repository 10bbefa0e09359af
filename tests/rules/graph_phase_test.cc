// Tests of the graph phase of rules/engine.h (run_graph_rules): small rule folders written here (a
// MONEY file, a TOPIC file, a RELATION file, in the format of rules/README.md), loaded with
// load_rule_set and run through Analyzer on short French sentences; what each leaves in the fact
// graph is read back as lines ("AMOUNT TOPIC:plan -> MONEY:[50 millions d'euros] relation.dote").
// Then the load errors of graph rules, and the bundled rules on the sentence of the seed.
#include "rules/engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "analyzer.h"
#include "io/article.h"
#include "rules/rule_set.h"
#include "support/rule_fixtures.h"
#include "support/scratch_dir.h"

namespace glaneur::rules {
namespace {

namespace fs = std::filesystem;
using graph::Ref;
using testing_support::bundled_rules;

using testing_support::Files;
using testing_support::ScratchDir;

const std::string kTopicHeader = "format 1\ntype   TOPIC\nanchor 2024-05-22\n\n";
// The header of a RELATION file; its first rule is on line 5.
const std::string kRelationHeader = "format 1\ntype   RELATION\nanchor 2024-05-22\n\n";

const std::string kTopicRules = kTopicHeader +
                                "rule topic.nomme\n"
                                "  doc     A head noun and its name in quotes: dispositif « cap avenir ».\n"
                                "  priority 1\n"
                                "  match   {sujets:h} « [^«»]{1,60} »\n"
                                "  value   name = text(); head = h\n\n"
                                "rule topic.tete\n"
                                "  match   {sujets:h}\n"
                                "  value   name = text(); head = h\n";

const std::string kRelationRules = kRelationHeader +
                                   "rule relation.dote\n"
                                   "  match   {TOPIC:s} dote de {MONEY:o}\n"
                                   "  value   relation = AMOUNT; subject = s; object = o\n";

// Amounts, the topics of three head nouns (a name in quotes after the head, or the head alone),
// and one relation: a topic "doté de" an amount.
const Files kFolder = {
    {"tables/devises.tsv", "surface\tcode:text\neuros\tEUR\neuro\tEUR\n€\tEUR\n"},
    {"tables/multiplicateurs.tsv", "surface\tfactor:number\nmillion\t1000000\nmillions\t1000000\nmilliards\t1000000000\n"},
    {"tables/sujets.tsv", "surface\ttete:text\nplan\tplan\nbudget\tbudget\ndispositif\tdispositif\n"},
    {"money.rules",
     "format 1\ntype   MONEY\nanchor 2024-05-22\n\n"
     "rule money.montant\n"
     "  match   {nombre:a}( {multiplicateurs:m})?( de| d')? ?{devises:cur}\n"
     "  value   amount = a * m; currency = cur.code\n"},
    {"topic.rules", kTopicRules},
    {"relations.rules", kRelationRules},
};

// kFolder with these files added, or in place of those of the same name.
Files folder_with(const Files& extra) {
  Files files = kFolder;
  for (const auto& [name, content] : extra) {
    auto same = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.first == name; });
    if (same != files.end()) same->second = content;
    else files.emplace_back(name, content);
  }
  return files;
}

std::string errors_of(const RuleSetLoad& load) {
  std::string out;
  for (const Error& e : load.errors) out += "\n  " + e.describe();
  return out;
}

// One article through the whole pipeline, with the trace of every candidate. The article lives on
// the heap: the document's view points into its text.
struct Analysed {
  std::unique_ptr<io::Article> article;
  Document doc;
  Trace trace;

  std::string text(uint32_t begin, uint32_t end) const { return article->text.substr(begin, end - begin); }
  std::string text(const graph::Mention& m) const { return text(m.begin, m.end); }

  // "TOPIC:name" for an entity, "MONEY:[its text]" for a mention.
  std::string end(const Ref& r) const {
    const graph::FactGraph& g = doc.graph;
    if (r.kind == Ref::kEntity) return g.entities.at(r.index).type + ":" + g.entities.at(r.index).name;
    return g.mentions.at(r.index).type + ":[" + text(g.mentions.at(r.index)) + "]";
  }

  // "TYPE [text] rule", in the graph's order.
  std::vector<std::string> mentions() const {
    std::vector<std::string> out;
    for (const graph::Mention& m : doc.graph.mentions) out.push_back(m.type + " [" + text(m) + "] " + m.rule);
    return out;
  }

  // "TYPE name {[text of each mention]} aliases: a, b".
  std::vector<std::string> entities() const {
    std::vector<std::string> out;
    for (const graph::Entity& e : doc.graph.entities) {
      std::string line = e.type + " " + e.name + " {";
      for (size_t k = 0; k < e.mentions.size(); ++k) line += (k ? " [" : "[") + text(doc.graph.mentions.at(e.mentions[k])) + "]";
      line += "}";
      for (size_t k = 0; k < e.aliases.size(); ++k) line += (k ? ", " : " aliases: ") + e.aliases[k];
      out.push_back(line);
    }
    return out;
  }

  // "TYPE subject -> object rule".
  std::vector<std::string> relations() const {
    std::vector<std::string> out;
    for (const graph::Relation& r : doc.graph.relations) out.push_back(r.type + " " + end(r.subject) + " -> " + end(r.object) + " " + r.rule);
    return out;
  }

  // The graph-phase candidates of a type in the trace, as "[text] rule won|lost".
  std::vector<std::string> traced(const RuleSet& rules, const std::string& type) const {
    std::vector<std::string> out;
    for (const TraceEntry& e : trace)
      if (e.type == type) out.push_back("[" + text(e.begin, e.end) + "] " + rules.rules[e.rule].id + (e.won ? " won" : " lost"));
    return out;
  }
};

Analysed analyse(const RuleSet& rules, const std::string& text) {
  Analysed a;
  a.article = std::make_unique<io::Article>(io::Article{"t", "2024-05-22", "", text});
  Analyzer analyzer(rules);
  a.doc = analyzer.analyze(*a.article, &a.trace);
  return a;
}

class GraphPhase : public testing::Test {
 protected:
  ScratchDir scratch{"glaneur-graph-phase"};
  const fs::path& dir = scratch.path();

  // kFolder with `extra`, loaded; a load error fails the test.
  RuleSet load(const Files& extra = {}) {
    scratch.write_all(folder_with(extra));
    RuleSetLoad load = load_rule_set({dir.string()});
    EXPECT_TRUE(load.errors.empty()) << errors_of(load);
    return std::move(load.rules);
  }
};

// ---------------------------------------------------------------------------------------------
// Relations: their ends, their evidence.

TEST_F(GraphPhase, ARelationLinksATopicEntityToTheMoneyMention) {
  RuleSet rules = load();
  Analysed a = analyse(rules, "Le plan doté de 50 millions d'euros sera voté demain.");

  EXPECT_EQ(a.mentions(), (std::vector<std::string>{"TOPIC [plan] topic.tete", "MONEY [50 millions d'euros] money.montant"}));
  EXPECT_EQ(a.entities(), std::vector<std::string>{"TOPIC plan {[plan]}"});
  ASSERT_EQ(a.doc.graph.relations.size(), 1u);
  const graph::Relation& r = a.doc.graph.relations[0];
  EXPECT_EQ(r.type, "AMOUNT");
  EXPECT_EQ(r.subject, (Ref{Ref::kEntity, 0})) << "a TOPIC a relation uses becomes an entity";
  EXPECT_EQ(r.object, (Ref{Ref::kMention, 1})) << "a value is the mention itself";
  EXPECT_EQ(a.doc.graph.entities[0].type, "TOPIC");
  EXPECT_EQ(a.doc.graph.entities[0].name, "plan");
  EXPECT_EQ(a.doc.graph.mentions[0].entity, 0);
  EXPECT_EQ(a.text(r.evidence_begin, r.evidence_end), "plan doté de 50 millions d'euros") << "the evidence is the match";
  EXPECT_EQ(r.rule, "relation.dote");
  EXPECT_TRUE(r.attributes.empty());
}

TEST_F(GraphPhase, TheRelationIsFoundInEverySentenceThatSaysIt) {
  RuleSet rules = load();
  Analysed a = analyse(rules, "Le plan doté de 50 millions d'euros est voté. Le budget doté de 2 millions d'euros aussi.");
  EXPECT_EQ(a.relations(), (std::vector<std::string>{
                               "AMOUNT TOPIC:plan -> MONEY:[50 millions d'euros] relation.dote",
                               "AMOUNT TOPIC:budget -> MONEY:[2 millions d'euros] relation.dote",
                           }));
}

// `date = d` dates the relation's subject: a DATE relation beside the AMOUNT, with the same
// evidence and rule, and no "date" attribute on the AMOUNT.
TEST_F(GraphPhase, ARuleThatDatesItsSubjectGivesADateRelationToo) {
  RuleSet rules = load({{"date.rules", "format 1\ntype   DATE\nanchor 2024-05-22\n\n"
                                       "rule date.annee\n"
                                       "  match   {annee:y}\n"
                                       "  value   timex = year(y)\n"},
                        {"relations.rules", kRelationHeader +
                                                "rule relation.dote\n"
                                                "  match   {TOPIC:s} dote de {MONEY:o}( en {DATE:d})?\n"
                                                "  value   relation = AMOUNT; subject = s; object = o; date = d\n"}});
  Analysed a = analyse(rules, "Le plan doté de 50 millions d'euros en 2025 est voté. Le budget doté de 2 millions d'euros aussi.");
  EXPECT_EQ(a.relations(), (std::vector<std::string>{
                               "AMOUNT TOPIC:plan -> MONEY:[50 millions d'euros] relation.dote",
                               "DATE TOPIC:plan -> DATE:[2025] relation.dote",
                               "AMOUNT TOPIC:budget -> MONEY:[2 millions d'euros] relation.dote",
                           })) << "without its date, the rule gives its relation alone";
  ASSERT_EQ(a.doc.graph.relations.size(), 3u);
  const graph::Relation& amount = a.doc.graph.relations[0];
  const graph::Relation& date = a.doc.graph.relations[1];
  EXPECT_TRUE(amount.attributes.empty()) << "the date is a relation of its own, not an attribute";
  EXPECT_EQ(a.text(date.evidence_begin, date.evidence_end), "plan doté de 50 millions d'euros en 2025");
  EXPECT_EQ(date.evidence_begin, amount.evidence_begin);
  EXPECT_EQ(date.evidence_end, amount.evidence_end);
}

// Two rules link one amount to two topics: the amount is what one thing measures.
const std::string kTwoAmountRules = kRelationHeader +
                                    "rule relation.dote\n"
                                    "  match   {TOPIC:s} dote de {MONEY:o}\n"
                                    "  value   relation = AMOUNT; subject = s; object = o\n\n"
                                    "rule relation.loin\n"
                                    "  match   {TOPIC:s} du {TOPIC:p} dote de {MONEY:o}\n"
                                    "  value   relation = AMOUNT; subject = s; object = o\n";

TEST_F(GraphPhase, AnAmountKeepsTheRelationOfItsNearestSubject) {
  RuleSet rules = load({{"relations.rules", kTwoAmountRules}});
  Analysed a = analyse(rules, "Le budget du plan doté de 50 millions d'euros est voté.");
  EXPECT_EQ(a.relations(), std::vector<std::string>{"AMOUNT TOPIC:plan -> MONEY:[50 millions d'euros] relation.dote"});
}

TEST_F(GraphPhase, AnAmountKeepsTheRelationOfTheRuleOfHighestPriority) {
  std::string rules_text = kTwoAmountRules;
  rules_text.insert(rules_text.find("  match   {TOPIC:s} du"), "  priority 1\n");
  RuleSet rules = load({{"relations.rules", rules_text}});
  Analysed a = analyse(rules, "Le budget du plan doté de 50 millions d'euros est voté.");
  EXPECT_EQ(a.relations(), std::vector<std::string>{"AMOUNT TOPIC:budget -> MONEY:[50 millions d'euros] relation.loin"});
}

TEST_F(GraphPhase, NoRelationWithoutItsWords) {
  RuleSet rules = load();
  Analysed a = analyse(rules, "Le plan prévoit 50 millions d'euros.");
  EXPECT_EQ(a.relations(), std::vector<std::string>{});
  EXPECT_EQ(a.mentions(), std::vector<std::string>{"MONEY [50 millions d'euros] money.montant"});
}

// ---------------------------------------------------------------------------------------------
// TOPICs that no relation uses say nothing: they are not kept (the trace still shows them).

TEST_F(GraphPhase, ATopicNoRelationUsesIsNotInTheGraph) {
  RuleSet rules = load();
  Analysed a = analyse(rules, "Le budget sera voté demain pour 300 euros.");
  EXPECT_EQ(a.traced(rules, "TOPIC"), std::vector<std::string>{"[budget] topic.tete won"});
  EXPECT_EQ(a.mentions(), std::vector<std::string>{"MONEY [300 euros] money.montant"});
  EXPECT_EQ(a.entities(), std::vector<std::string>{});
}

// The graph phase skips a sentence without any mention, since every relation links one; a
// relation rule that links two TOPICs turns that off.
TEST_F(GraphPhase, ASentenceWithoutMentionsIsReadOnlyWhenARelationCanLinkTwoTopics) {
  RuleSet linking_mentions = load();
  EXPECT_EQ(analyse(linking_mentions, "Le plan est voté.").traced(linking_mentions, "TOPIC"), std::vector<std::string>{})
      << "the sentence is not even read";
  RuleSet linking_topics = load({{"relations.rules", kRelationRules +
                                                         "\nrule relation.partie\n"
                                                         "  match   {TOPIC:s} fait partie du {TOPIC:o}\n"
                                                         "  value   relation = PART_OF; subject = s; object = o\n"}});
  EXPECT_EQ(analyse(linking_topics, "Le plan fait partie du budget.").relations(),
            std::vector<std::string>{"PART_OF TOPIC:plan -> TOPIC:budget relation.partie"});
}

TEST_F(GraphPhase, AnUnusedTopicBeforeAUsedOneGoesAndTheRelationStillPointsAtItsEnds) {
  RuleSet rules = load();
  Analysed a = analyse(rules, "Le budget est voté : le plan doté de 50 millions d'euros démarre.");
  EXPECT_EQ(a.traced(rules, "TOPIC"), (std::vector<std::string>{"[budget] topic.tete won", "[plan] topic.tete won"}));
  EXPECT_EQ(a.mentions(), (std::vector<std::string>{"TOPIC [plan] topic.tete", "MONEY [50 millions d'euros] money.montant"}));
  EXPECT_EQ(a.entities(), std::vector<std::string>{"TOPIC plan {[plan]}"});
  EXPECT_EQ(a.relations(), std::vector<std::string>{"AMOUNT TOPIC:plan -> MONEY:[50 millions d'euros] relation.dote"});
  ASSERT_EQ(a.doc.graph.relations.size(), 1u);
  EXPECT_EQ(a.doc.graph.relations[0].object, (Ref{Ref::kMention, 1})) << "renumbered when the budget went";
}

// ---------------------------------------------------------------------------------------------
// "ce dispositif" (the head alone) is the nearest topic named before it with that head.

struct CoreferenceCase {
  std::string name;
  std::string text;
  std::vector<std::string> relations;
  std::vector<std::string> entities;
  friend void PrintTo(const CoreferenceCase& c, std::ostream* os) { *os << "«" << c.text << "»"; }
};

class TopicCoreference : public testing::TestWithParam<CoreferenceCase> {
 protected:
  ScratchDir scratch{"glaneur-graph-phase"};
  const fs::path& dir = scratch.path();
};

TEST_P(TopicCoreference, TheHeadAloneJoinsTheTopicNamedBeforeIt) {
  const CoreferenceCase& c = GetParam();
  scratch.write_all(kFolder);
  RuleSetLoad load = load_rule_set({dir.string()});
  ASSERT_TRUE(load.errors.empty()) << errors_of(load);
  Analysed a = analyse(load.rules, c.text);
  EXPECT_EQ(a.relations(), c.relations);
  EXPECT_EQ(a.entities(), c.entities);
}

INSTANTIATE_TEST_SUITE_P(
    GraphPhase, TopicCoreference,
    testing::Values(
        // The named one says nothing itself: it is not kept, but the entity bears its name.
        CoreferenceCase{"named_before",
                        "Le dispositif « cap avenir » a été présenté avec 300 euros. Ce dispositif doté de 2 millions d'euros démarre "
                        "en juin.",
                        {"AMOUNT TOPIC:dispositif « cap avenir » -> MONEY:[2 millions d'euros] relation.dote"},
                        {"TOPIC dispositif « cap avenir » {[dispositif]} aliases: dispositif"}},
        CoreferenceCase{"both_used",
                        "Le dispositif « cap avenir » doté de 2 millions d'euros est présenté. Ce dispositif doté de 3 millions "
                        "d'euros suivra.",
                        {"AMOUNT TOPIC:dispositif « cap avenir » -> MONEY:[2 millions d'euros] relation.dote",
                         "AMOUNT TOPIC:dispositif « cap avenir » -> MONEY:[3 millions d'euros] relation.dote"},
                        {"TOPIC dispositif « cap avenir » {[dispositif « cap avenir »] [dispositif]} aliases: dispositif"}},
        CoreferenceCase{"the_nearest_of_two",
                        "Le dispositif « cap avenir » remplace le dispositif « cap nord » pour 300 euros. Ce dispositif doté de 2 "
                        "millions d'euros démarre.",
                        {"AMOUNT TOPIC:dispositif « cap nord » -> MONEY:[2 millions d'euros] relation.dote"},
                        {"TOPIC dispositif « cap nord » {[dispositif]} aliases: dispositif"}},
        // The graph phase skips a sentence that holds no mention (no relation can be found there):
        // a name given there is not seen.
        CoreferenceCase{"named_where_nothing_is_counted",
                        "Le dispositif « cap avenir » a été présenté. Ce dispositif doté de 2 millions d'euros démarre.",
                        {"AMOUNT TOPIC:dispositif -> MONEY:[2 millions d'euros] relation.dote"},
                        {"TOPIC dispositif {[dispositif]}"}},
        CoreferenceCase{"another_head_is_another_topic",
                        "Le dispositif « cap avenir » est présenté. Ce plan doté de 2 millions d'euros démarre.",
                        {"AMOUNT TOPIC:plan -> MONEY:[2 millions d'euros] relation.dote"},
                        {"TOPIC plan {[plan]}"}},
        CoreferenceCase{"named_after_is_not_joined",
                        "Ce dispositif doté de 2 millions d'euros remplace le dispositif « cap avenir ».",
                        {"AMOUNT TOPIC:dispositif -> MONEY:[2 millions d'euros] relation.dote"},
                        {"TOPIC dispositif {[dispositif]}"}},
        CoreferenceCase{"nothing_named",
                        "Ce dispositif doté de 2 millions d'euros démarre. Ce dispositif doté de 3 millions d'euros suivra.",
                        {"AMOUNT TOPIC:dispositif -> MONEY:[2 millions d'euros] relation.dote",
                         "AMOUNT TOPIC:dispositif -> MONEY:[3 millions d'euros] relation.dote"},
                        {"TOPIC dispositif {[dispositif] [dispositif]}"}}),
    [](const testing::TestParamInfo<CoreferenceCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// A TOPIC may contain whole mentions, never cut one.

TEST_F(GraphPhase, ATopicThatContainsAWholeMentionIsKeptAndSoIsTheMention) {
  RuleSet rules = load();
  Analysed a = analyse(rules, "Le dispositif « 500 euros pour tous » doté de 5 millions d'euros démarre.");
  EXPECT_EQ(a.mentions(), (std::vector<std::string>{
                              "TOPIC [dispositif « 500 euros pour tous »] topic.nomme",
                              "MONEY [500 euros] money.montant",  // within the TOPIC, still in the graph
                              "MONEY [5 millions d'euros] money.montant",
                          }));
  EXPECT_EQ(a.relations(),
            std::vector<std::string>{"AMOUNT TOPIC:dispositif « 500 euros pour tous » -> MONEY:[5 millions d'euros] relation.dote"});
  ASSERT_EQ(a.doc.graph.relations.size(), 1u);
  EXPECT_EQ(a.doc.graph.relations[0].object, (Ref{Ref::kMention, 2}));
}

// "plan à 50" is a TOPIC of this folder; in "plan à 50 millions d'euros" it would end inside the
// MONEY. The graph phase reads the MONEY as one marker, so no such candidate is even made (and
// drop_crossing would drop one): the head alone is the TOPIC there.
TEST_F(GraphPhase, ATopicThatWouldCutAMentionIsNotACandidate) {
  RuleSet rules = load({{"topic.rules", kTopicRules +
                                            "\nrule topic.chiffre\n"
                                            "  priority 2\n"
                                            "  match   {sujets:h} a [0-9]+\n"
                                            "  value   name = text(); head = h\n"}});
  Analysed alone = analyse(rules, "Le plan à 50 salariés démarre avec 300 euros.");
  EXPECT_EQ(alone.traced(rules, "TOPIC"), (std::vector<std::string>{"[plan] topic.tete lost", "[plan à 50] topic.chiffre won"}))
      << "the rule matches where no mention is in the way";

  Analysed crossing = analyse(rules, "Le plan à 50 millions d'euros démarre.");
  EXPECT_EQ(crossing.traced(rules, "TOPIC"), std::vector<std::string>{"[plan] topic.tete won"});
  EXPECT_EQ(crossing.mentions(), std::vector<std::string>{"MONEY [50 millions d'euros] money.montant"});
}

// ---------------------------------------------------------------------------------------------
// Every match is a relation, but the same type, subject and object twice is kept once.

TEST_F(GraphPhase, TheSameRelationFoundByTwoRulesIsKeptOnce) {
  RuleSet rules = load({{"relations.rules", kRelationRules +
                                                "\nrule relation.dote.par_an\n"
                                                "  match   {TOPIC:s} dote de {MONEY:o} par an\n"
                                                "  value   relation = AMOUNT; subject = s; object = o\n"}});
  Analysed a = analyse(rules, "Le plan doté de 50 millions d'euros par an démarre.");
  EXPECT_EQ(a.traced(rules, "RELATION"), (std::vector<std::string>{"[plan doté de 50 millions d'euros] relation.dote won",
                                                                   "[plan doté de 50 millions d'euros par an] relation.dote.par_an won"}))
      << "both rules found it";
  EXPECT_EQ(a.relations(), std::vector<std::string>{"AMOUNT TOPIC:plan -> MONEY:[50 millions d'euros] relation.dote"})
      << "the first found (the rule read first) is kept";
}

TEST_F(GraphPhase, AnotherTypeBetweenTheSameEndsIsAnotherRelation) {
  RuleSet rules = load({{"relations.rules", kRelationRules +
                                                "\nrule relation.dote.date\n"
                                                "  match   {TOPIC:s} dote de {MONEY:o}\n"
                                                "  value   relation = DATE; subject = s; object = o\n"}});
  Analysed a = analyse(rules, "Le plan doté de 50 millions d'euros démarre.");
  EXPECT_EQ(a.relations(), (std::vector<std::string>{"AMOUNT TOPIC:plan -> MONEY:[50 millions d'euros] relation.dote",
                                                     "DATE TOPIC:plan -> MONEY:[50 millions d'euros] relation.dote.date"}));
}

// ---------------------------------------------------------------------------------------------
// Graph rules in the rule set: their own stages, after names.

TEST_F(GraphPhase, GraphRulesHaveTheirOwnStages) {
  RuleSet rules = load({{"relations.rules", kRelationRules +
                                                "\nrule relation.deux_montants\n"
                                                "  match   {MONEY:o} sur {MONEY:s}\n"
                                                "  value   relation = SHARE; subject = s; object = o\n"}});
  EXPECT_TRUE(rules.rule("relation.dote")->graph);
  EXPECT_EQ(rules.rule("relation.dote")->stage, 2) << "reads {TOPIC:x}: after the TOPICs";
  EXPECT_EQ(rules.rule("relation.deux_montants")->stage, 1) << "every other mention is there from the start";
  EXPECT_EQ(rules.rule("topic.tete")->stage, 1);
  EXPECT_TRUE(rules.rule("topic.tete")->graph);
  EXPECT_FALSE(rules.rule("money.montant")->graph);
  EXPECT_EQ(rules.stages, 1);
  EXPECT_EQ(rules.graph_stages, 2);
  EXPECT_EQ(rules.stage_index.size(), 1u);
  EXPECT_EQ(rules.graph_stage_index.size(), 2u);

  Analysed a = analyse(rules, "Le plan doté de 5 millions d'euros sur 50 millions d'euros démarre.");
  EXPECT_EQ(a.relations(), (std::vector<std::string>{
                               "SHARE MONEY:[50 millions d'euros] -> MONEY:[5 millions d'euros] relation.deux_montants",
                               "AMOUNT TOPIC:plan -> MONEY:[5 millions d'euros] relation.dote",
                           }))
      << "stage 1's relations come first";
}

// ---------------------------------------------------------------------------------------------
// Load errors of graph rules: code, line, and the column of what is wrong (found by its text in
// that line of the file).

struct GraphRuleError {
  std::string name;
  std::string file;  // the bad file's text, added to kFolder as bad.rules
  std::string code;
  long line;
  std::string at;                  // the text the column points at, in that line
  std::vector<std::string> words;  // each must appear in the message
  friend void PrintTo(const GraphRuleError& c, std::ostream* os) { *os << c.name << "\n" << c.file; }
};

class GraphRuleLoadErrors : public testing::TestWithParam<GraphRuleError> {
 protected:
  ScratchDir scratch{"glaneur-graph-phase"};
  const fs::path& dir = scratch.path();
};

long column_of(const std::string& file, long line, const std::string& at) {
  std::istringstream in(file);
  std::string text;
  for (long i = 0; i < line; ++i) std::getline(in, text);
  size_t found = text.find(at);
  return found == std::string::npos ? -1 : static_cast<long>(found) + 1;
}

TEST_P(GraphRuleLoadErrors, ReportsTheErrorWhereItIs) {
  const GraphRuleError& c = GetParam();
  scratch.write_all(folder_with({{"bad.rules", c.file}}));
  RuleSetLoad load = load_rule_set({dir.string()});
  ASSERT_EQ(load.errors.size(), 1u) << errors_of(load);
  const Error& e = load.errors[0];
  EXPECT_EQ(e.code, c.code) << e.describe();
  EXPECT_EQ(e.where.file, (dir / "bad.rules").string());
  EXPECT_EQ(e.where.line, c.line) << e.describe();
  EXPECT_EQ(e.where.column, column_of(c.file, c.line, c.at)) << e.describe() << "\nshould point at '" << c.at << "'";
  for (const std::string& word : c.words) EXPECT_NE(e.message.find(word), std::string::npos) << "'" << word << "' missing from: " << e.describe();
}

INSTANTIATE_TEST_SUITE_P(
    GraphPhase, GraphRuleLoadErrors,
    testing::Values(
        GraphRuleError{"subject_is_a_string",
                       kRelationHeader +
                           "rule relation.texte\n"
                           "  match   {TOPIC:s} dote de {MONEY:o}\n"
                           "  value   relation = AMOUNT; subject = \"texte\"; object = o\n",
                       "R022", 7, "subject", {"subject", "{TYPE:x}"}},
        GraphRuleError{"subject_is_a_field_of_a_mention",
                       kRelationHeader +
                           "rule relation.champ\n"
                           "  match   {TOPIC:x} dote de {MONEY:o}\n"
                           "  value   relation = AMOUNT; subject = x.text; object = o\n",
                       "R022", 7, "subject", {"subject"}},
        GraphRuleError{"object_is_a_table_capture",
                       kRelationHeader +
                           "rule relation.table\n"
                           "  match   {TOPIC:s} dote de {devises:o}\n"
                           "  value   relation = AMOUNT; subject = s; object = o\n",
                       "R022", 7, "object", {"object"}},
        GraphRuleError{"reads_topics_at_stage_1",
                       kRelationHeader +
                           "rule relation.tot\n"
                           "  stage   1\n"
                           "  match   {TOPIC:s} dote de {MONEY:o}\n"
                           "  value   relation = AMOUNT; subject = s; object = o\n",
                       "R017", 6, "1", {"{TOPIC:x}", "stage 2"}},
        GraphRuleError{"unknown_relation_word",
                       kRelationHeader +
                           "rule relation.pluriel\n"
                           "  match   {TOPIC:s} dote de {MONEY:o}\n"
                           "  value   relation = AMOUNTS; subject = s; object = o\n",
                       "R021", 7, "AMOUNTS", {"'AMOUNTS'", "AMOUNT, SHARE, COUNT, DATE"}},
        GraphRuleError{"unknown_file_type",
                       "format 1\ntype   RELATIONS\nanchor 2024-05-22\n\n"
                       "rule relation.type\n"
                       "  match   {TOPIC:s} dote de {MONEY:o}\n"
                       "  value   relation = AMOUNT; subject = s; object = o\n",
                       "R010", 2, "RELATIONS", {"'RELATIONS'", "TOPIC", "RELATION)"}}),
    [](const testing::TestParamInfo<GraphRuleError>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// The bundled rules (rules/topic.rules, rules/relations.rules).

// relation.date.verb reads "plan IA s'étendra sur la période 2024-2028"; relation.amount.verb
// reads "plan sera doté de 50 millions d'euros". Both subjects are the one TOPIC entity "plan".
TEST(GraphPhaseBundledRules, APlanWithItsPeriodAndItsAmount) {
  const RuleSet& rules = bundled_rules();
  Analysed a = analyse(rules, "Ce plan IA s'étendra sur la période 2024-2028. Ce plan sera doté de 50 millions d'euros.");
  EXPECT_EQ(a.relations(), (std::vector<std::string>{
                               "DATE TOPIC:plan -> DATE:[2024-2028] relation.date.verb",
                               "AMOUNT TOPIC:plan -> MONEY:[50 millions d'euros] relation.amount.verb",
                           }));
  ASSERT_EQ(a.doc.graph.relations.size(), 2u);
  EXPECT_EQ(a.doc.graph.relations[0].subject, a.doc.graph.relations[1].subject) << "one entity";
  EXPECT_EQ(a.text(a.doc.graph.relations[0].evidence_begin, a.doc.graph.relations[0].evidence_end),
            "plan IA s'étendra sur la période 2024-2028");
  EXPECT_EQ(a.text(a.doc.graph.relations[1].evidence_begin, a.doc.graph.relations[1].evidence_end),
            "plan sera doté de 50 millions d'euros");
}


// ---------------------------------------------------------------------------------------------
// Bugs found while writing these tests, each pinned by the case that showed it.

// Was a bug (engine.cc, run_graph_rules): `via` is written as graph.entities[refs[2].index].name
// whatever refs[2] is. When the via end is a value (a mention with no entity, here a MONEY),
// refs[2] is {kMention, 0} and the attribute is the name of entity 0, "plan", which has nothing to
// do with it; with a mention index past the end of `entities` it reads out of bounds. Expected: a
// value's text (as examples name value ends), or a load error if `via` must be an entity.
TEST_F(GraphPhase, AViaThatIsAValueIsNamedByItsText) {
  RuleSet rules = load({{"relations.rules", kRelationRules +
                                                "\nrule relation.dont\n"
                                                "  match   {MONEY:v}, dont {MONEY:o} pour le {TOPIC:s}\n"
                                                "  value   relation = AMOUNT; subject = s; object = o; via = v\n"}});
  Analysed a = analyse(rules, "Sur 9 millions d'euros, dont 5 millions d'euros pour le plan, rien ne reste.");
  ASSERT_EQ(a.relations(), std::vector<std::string>{"AMOUNT TOPIC:plan -> MONEY:[5 millions d'euros] relation.dont"});
  EXPECT_EQ(a.doc.graph.relations[0].attributes,
            (graph::Value{{"via", std::string("9 millions d'euros")}}));
}

// Was a bug (rule_set.cc / value_expr.cc): README says a RELATION value has `relation`, `subject` and
// `object`, but a rule may leave any of them out and load clean. Without `relation` the graph gets
// a relation of type ""; without `object` but with `via`, take_relations takes the via end as
// the object and run_graph_rules reads refs[2] of a two-element vector (out of bounds) to name
// the via. Now: one load error per rule, at its value line, naming the missing key.
TEST_F(GraphPhase, ARelationRuleWithoutItsRelationOrObjectIsALoadError) {
  scratch.write_all(folder_with({{"relations.rules", kRelationHeader +
                                                        "rule relation.sans_type\n"
                                                        "  match   {TOPIC:s} dote de {MONEY:o}\n"
                                                        "  value   subject = s; object = o\n\n"
                                                        "rule relation.sans_objet\n"
                                                        "  match   {MONEY:v}, dont le {TOPIC:s}\n"
                                                        "  value   relation = AMOUNT; subject = s; via = v\n"}}));
  RuleSetLoad load = load_rule_set({dir.string()});
  ASSERT_EQ(load.errors.size(), 2u) << errors_of(load);
  EXPECT_EQ(load.errors[0].where.line, 7) << load.errors[0].describe();
  EXPECT_NE(load.errors[0].message.find("relation"), std::string::npos) << load.errors[0].describe();
  EXPECT_EQ(load.errors[1].where.line, 11) << load.errors[1].describe();
  EXPECT_NE(load.errors[1].message.find("object"), std::string::npos) << load.errors[1].describe();
}

// Was a bug (engine.cc, topic_entity): "the head alone" is told by name == head, but `name` is text(),
// the text as written, and a {nom:h} head is folded: "bâtiment" != "batiment". So "ce bâtiment"
// never joins "le bâtiment industriel" named before it, while "ce site" joins "le site industriel"
// (bundled topic.noun and topic.qualified). Expected: compare folded name and head.
TEST(GraphPhaseBundledRules, CeBatimentJoinsTheBatimentNamedBeforeItAsCeSiteDoes) {
  const RuleSet& rules = bundled_rules();
  Analysed site = analyse(rules, "Le site industriel ouvrira en 2026. Ce site coûtera 300 millions d'euros.");
  EXPECT_EQ(site.relations(), (std::vector<std::string>{
                                  "DATE TOPIC:site industriel -> DATE:[2026] relation.date.verb",
                                  "AMOUNT TOPIC:site industriel -> MONEY:[300 millions d'euros] relation.amount.verb",
                              }));
  Analysed batiment = analyse(rules, "Le bâtiment industriel ouvrira en 2026. Ce bâtiment coûtera 300 millions d'euros.");
  EXPECT_EQ(batiment.relations(), (std::vector<std::string>{
                                      "DATE TOPIC:bâtiment industriel -> DATE:[2026] relation.date.verb",
                                      "AMOUNT TOPIC:bâtiment industriel -> MONEY:[300 millions d'euros] relation.amount.verb",
                                  }));
}

// Was a gap (rules/relations.rules, relation.amount.verb): its incise could hold no mention, so the
// seed's own sentence, whose incise holds the period (a DATE), gave the DATE relation only.
TEST(GraphPhaseBundledRules, TheSeedSentenceGivesItsPeriodAndItsAmount) {
  const RuleSet& rules = bundled_rules();
  Analysed a = analyse(rules, "Ce plan IA, qui s'étendra sur la période 2024-2028, sera doté de 50 millions d'euros.");
  EXPECT_EQ(a.relations(), (std::vector<std::string>{
                               "AMOUNT TOPIC:plan -> MONEY:[50 millions d'euros] relation.amount.verb",
                               "DATE TOPIC:plan -> DATE:[2024-2028] relation.date.verb",
                           }));
}

}  // namespace
}  // namespace glaneur::rules

namespace glaneur::rules {
namespace {

// RE2 does not backtrack into a word a built-in rejects: the engine tries the rule again on the text
// before that word, so an optional part that cannot hold it is left out.
TEST_F(GraphPhase, AnOptionalPartARuleRejectsIsLeftOutNotTheWholeMatch) {
  RuleSet rules = load({{"topic.rules", kTopicHeader +
                                            "rule topic.complement\n"
                                            "  match   {sujets:h}( de {mot:c})?( {nom:autre})?\n"
                                            "  value   name = text(); head = h\n"},
                        {"relations.rules", kRelationHeader +
                                                "rule relation.dote\n"
                                                "  match   {TOPIC:s},? dote de {MONEY:o}\n"
                                                "  value   relation = AMOUNT; subject = s; object = o\n"}});
  // "budget" is a noun: the first try keeps it.
  Analysed both = analyse(rules, "Le plan de relance budget doté de 5 millions d'euros.");
  EXPECT_EQ(both.mentions().front(), "TOPIC [plan de relance budget] topic.complement");
  // "sera" is no noun: the match ends before it (the TOPIC wins, then goes, since no relation
  // uses it). Without the second try there would be no TOPIC at all.
  Analysed shorter = analyse(rules, "Le plan de relance sera voté avec 300 euros.");
  std::vector<std::string> topics;
  for (const TraceEntry& e : shorter.trace)
    if (e.won && e.type == "TOPIC") topics.push_back(shorter.text(e.begin, e.end));
  EXPECT_EQ(topics, std::vector<std::string>{"plan de relance"});
}

}  // namespace
}  // namespace glaneur::rules
