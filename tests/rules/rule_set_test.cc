// Tests of rules/rule_set.h: rule folders written to a scratch directory → the compiled rule set,
// or every error of every file with its code, file, line and column.
#include "rules/rule_set.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "analyzer.h"
#include "io/article.h"
#include "rules/engine.h"
#include "rules/value_text.h"
#include "support/scratch_dir.h"

namespace glaneur::rules {
namespace {

namespace fs = std::filesystem;
using testing_support::value_text;

// A file of a rules folder: its path inside the folder, and its text.
using testing_support::Files;
using testing_support::ScratchDir;

// Two small tables every case can use.
const Files kTables = {
    {"tables/devises.tsv", "surface\tcode:text\tnom:text\neuros\tEUR\teuro\neuro\tEUR\teuro\n€\tEUR\teuro\ndollars\tUSD\tdollar\n"},
    {"tables/multiplicateurs.tsv", "surface\tfactor:number\nmille\t1000\nmillions\t1000000\nmilliards\t1000000000\n"},
};

// The header of a MONEY file; its first rule is on line 5.
const std::string kMoney = "format 1\ntype   MONEY\nanchor 2024-05-22\n\n";
const std::string kDate = "format 1\ntype   DATE\nanchor 2024-05-22\n\n";

// A MONEY file of one rule whose `require` line (line 7, its text from column 11) is `requirement`.
std::string money_rule_requiring(const std::string& requirement) {
  return kMoney + "rule money.don\n  match   {nombre:a} {devises:cur}\n  require " + requirement + "\n  value   amount = a\n";
}

Files with_tables(Files files) {
  files.insert(files.begin(), kTables.begin(), kTables.end());
  return files;
}

// ---------------------------------------------------------------------------------------------
// Errors: a folder's files → every error, as (code, file in the folder, line, column), with words
// the message must contain.

struct ExpectedError {
  std::string code;
  std::string file;  // relative to the folder
  long line;
  long column;
  std::vector<std::string> words;  // each must appear in the message
};

struct BadFolderCase {
  std::string name;
  Files files;  // kTables are added to every case
  std::vector<ExpectedError> errors;
  friend void PrintTo(const BadFolderCase& c, std::ostream* os) {
    *os << c.name;
    for (const auto& [file, content] : c.files) *os << "\n--- " << file << "\n" << content;
  }
};

class LoadRuleSetErrors : public testing::TestWithParam<BadFolderCase> {
 protected:
  ScratchDir scratch{"glaneur-ruleset"};
  const fs::path& dir = scratch.path();
};

std::string position(const std::string& code, const std::string& file, long line, long column) {
  return code + " " + file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

TEST_P(LoadRuleSetErrors, ReportsEveryErrorWhereItIs) {
  const BadFolderCase& c = GetParam();
  scratch.write_all(with_tables(c.files));
  RuleSetLoad load = load_rule_set({dir.string()});

  std::string prefix = dir.string() + "/";
  std::vector<std::string> got, want;
  std::string described;
  for (const Error& e : load.errors) {
    std::string file = e.where.file.rfind(prefix, 0) == 0 ? e.where.file.substr(prefix.size()) : e.where.file;
    got.push_back(position(e.code, file, e.where.line, e.where.column));
    described += "\n  " + e.describe();
  }
  for (const ExpectedError& e : c.errors) want.push_back(position(e.code, e.file, e.line, e.column));
  std::sort(got.begin(), got.end());
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want) << "errors:" << described;

  for (const ExpectedError& expected : c.errors) {
    for (const Error& e : load.errors) {
      if (e.code != expected.code || e.where.line != expected.line) continue;
      for (const std::string& word : expected.words)
        EXPECT_NE(e.message.find(word), std::string::npos) << "'" << word << "' missing from: " << e.describe();
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Folders, LoadRuleSetErrors,
    testing::Values(
        BadFolderCase{"unknown_table_at_its_brace",
                      {{"m.rules", kMoney + "rule money.don\n  match   {nombre:a} {devise:cur}\n  value   amount = a\n"}},
                      {{"R003", "m.rules", 6, 22, {"devise", "devises"}}}},
        BadFolderCase{"unknown_table_after_accents",  // columns count bytes: "é" is two
                      {{"m.rules", kMoney + "rule money.don\n  match   versé {devise:cur}\n  value   currency = \"EUR\"\n"}},
                      {{"R003", "m.rules", 6, 18, {"devise"}}}},
        BadFolderCase{"bad_regex",
                      {{"m.rules", kMoney + "rule money.don\n  match   {nombre:a} (euros|euro\n  value   amount = a\n"}},
                      {{"R004", "m.rules", 6, 11, {"missing )"}}}},
        BadFolderCase{"named_group_written_by_hand",
                      {{"m.rules", kMoney + "rule money.don\n  match   {nombre:a} (?P<cur>euros)\n  value   amount = a\n"}},
                      {{"R004", "m.rules", 6, 22, {}}}},
        BadFolderCase{"unknown_value_key",
                      {{"m.rules", kMoney + "rule money.don\n  match   {nombre:a} euros\n  value   montant = a\n"}},
                      {{"R005", "m.rules", 7, 11, {"montant", "amount", "currency"}}}},
        BadFolderCase{"wrong_enum_lists_the_allowed_words",
                      {{"d.rules", kDate + "rule date.avant\n  before  avant\n  match   {annee:y}\n  value   timex = y; mod = ON_OR_BEFOR\n"}},
                      {{"R021", "d.rules", 8, 28, {"ON_OR_BEFOR", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "START", "MID", "END", "APPROX"}}}},
        BadFolderCase{"unknown_capture_in_value",
                      {{"m.rules", kMoney + "rule money.don\n  match   {nombre:a} {multiplicateurs:m} euros\n  value   amount = a * k\n"}},
                      {{"R011", "m.rules", 7, 24, {"'k'"}}}},
        BadFolderCase{"unknown_table_column_in_value",
                      {{"m.rules", kMoney + "rule money.don\n  match   {nombre:a} {devises:cur}\n  value   amount = a; currency = cur.iso\n"}},
                      {{"R011", "m.rules", 7, 34, {"iso"}}}},
        BadFolderCase{"requirement_without_operator",
                      {{"m.rules", money_rule_requiring("cur.text \"€\"")}},
                      {{"R023", "m.rules", 7, 11, {"capture.key ~"}}}},
        BadFolderCase{"requirement_on_an_unknown_capture",
                      {{"m.rules", money_rule_requiring("a.text ~ \"1\"; k.text ~ \"€\"")}},
                      {{"R011", "m.rules", 7, 25, {"'k.text'", "a, cur"}}}},
        BadFolderCase{"requirement_on_a_key_of_a_table_capture",
                      {{"m.rules", money_rule_requiring("cur.code ~ \"EUR\"")}},
                      {{"R011", "m.rules", 7, 11, {"cur.text"}}}},
        BadFolderCase{"requirement_with_a_bad_regex",
                      {{"m.rules", money_rule_requiring("cur.text ~ \"(€\"")}},
                      {{"R024", "m.rules", 7, 23, {"missing )"}}}},
        BadFolderCase{"duplicate_rule_id_across_files",
                      {{"a.rules", kMoney + "rule money.don\n  match   {nombre:a} euros\n  value   amount = a\n"},
                       {"b.rules", kMoney + "rule money.don\n  match   {nombre:a} dollars\n  value   amount = a\n"}},
                      {{"R007", "b.rules", 5, 6, {"money.don", "a.rules:5"}}}},
        BadFolderCase{"example_value_not_json",
                      {{"m.rules", kMoney + "rule money.don\n  match   {nombre:a} euros\n  value   amount = a\n"
                                            "  example \"un don de [50 euros] au club\" => {amount: 50}\n"}},
                      {{"R009", "m.rules", 8, 11, {"{amount: 50}"}}}},
        BadFolderCase{"example_value_not_an_object",
                      {{"m.rules", kMoney + "rule money.don\n  match   {nombre:a} euros\n  value   amount = a\n"
                                            "  example \"un don de [50 euros] au club\" => [50]\n"}},
                      {{"R009", "m.rules", 8, 11, {}}}},
        BadFolderCase{"unknown_function",
                      {{"m.rules", kMoney + "rule money.don\n  match   {nombre:a} euros\n  value   amount = somme(a)\n"}},
                      {{"R012", "m.rules", 7, 20, {"somme"}}}},
        BadFolderCase{"mention_rule_at_stage_1",
                      {{"m.rules", kMoney + "rule money.environ\n  stage   1\n  match   {MONEY:x} environ\n  value   x; approx = true\n"}},
                      {{"R017", "m.rules", 6, 11, {"stage 1"}}}},
        BadFolderCase{"priority_not_a_number",
                      {{"m.rules", kMoney + "rule money.don\n  priority haute\n  match   {nombre:a} euros\n  value   amount = a\n"}},
                      {{"R013", "m.rules", 6, 12, {"haute"}}}},
        BadFolderCase{"unknown_type_points_at_the_type_line",
                      {{"m.rules", "format 1\ntype   MONNAIE\nanchor 2024-05-22\n\nrule monnaie.don\n  match   {nombre:a} euros\n"}},
                      {{"R010", "m.rules", 2, 8, {"MONNAIE", "MONEY"}}}},
        BadFolderCase{"examples_without_anchor",
                      {{"m.rules", "format 1\ntype   MONEY\n\nrule money.don\n  match   {nombre:a} euros\n  value   amount = a\n"
                                   "  example \"un don de [50 euros] au club\" => {\"amount\": 50}\n"}},
                      {{"R010", "m.rules", 1, 1, {"anchor"}}}},
        BadFolderCase{"three_mistakes_in_one_file_give_three_errors",
                      {{"m.rules", kMoney +
                                       "rule money.un\n"                                    // 5
                                       "  match   {nombre:a} {monnaies:cur}\n"              // 6: unknown table
                                       "  value   amount = a\n"                             // 7
                                       "\n"                                                 // 8
                                       "rule money.deux\n"                                  // 9
                                       "  match   {nombre:a} euros\n"                       // 10
                                       "  value   somme = a\n"                              // 11: unknown key
                                       "\n"                                                 // 12
                                       "rule money.trois\n"                                 // 13
                                       "  match   {nombre:a} dollars\n"                     // 14
                                       "  value   amount = a\n"                             // 15
                                       "  example \"il a reçu [8 dollars]\" => {amount}\n"}},  // 16: not JSON
                      {{"R003", "m.rules", 6, 22, {"monnaies"}},
                       {"R005", "m.rules", 11, 11, {"somme"}},
                       {"R009", "m.rules", 16, 11, {}}}},
        BadFolderCase{"mistakes_in_several_files_and_tables",
                      {{"tables/bornes.tsv", "surface\tmod:text\nplus de\tMORE_THAN\nau moins\n"},
                       {"a.rules", kMoney + "rule money.a\n  match   {nombre:a} euros\n  value   amout = a\n"},
                       {"b.rules", kMoney + "rule money.b\n  match   {nombre:a} {dollar:cur}\n  value   amount = a\n"}},
                      {{"T005", "tables/bornes.tsv", 3, 1, {}},
                       {"R005", "a.rules", 7, 11, {"amout"}},
                       {"R003", "b.rules", 6, 22, {"dollar"}}}},
        BadFolderCase{"clean_folder",
                      {{"m.rules", kMoney + "rule money.don\n  match   {nombre:a} {multiplicateurs:m}? ?{devises:cur}\n"
                                            "  value   amount = a * m; currency = cur.code\n"
                                            "  example \"un don de [50 euros] au club\" => {\"amount\": 50, \"currency\": \"EUR\"}\n"}},
                      {}}),
    [](const testing::TestParamInfo<BadFolderCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// Folders, tables and load order.

class RuleFolders : public testing::Test {
 protected:
  ScratchDir scratch{"glaneur-ruleset"};
  const fs::path& dir = scratch.path();

  std::string folder(const std::string& name, const Files& files) {
    scratch.write_all(files, name);
    return (dir / name).string();
  }

  // A folder of the two tables and one MONEY file holding `rules`, loaded.
  RuleSetLoad load_money_rules(const std::string& rules) {
    return load_rule_set({folder("f", with_tables({{"m.rules", kMoney + rules}}))});
  }

  // The mentions the rule set finds in `text`, as "type [span] value rule".
  static std::vector<std::string> mentions(const RuleSet& rules, const std::string& text) {
    io::Article article{"t", "2024-05-22", "", text};
    Analyzer analyzer(rules);
    Document doc = analyzer.analyze(article);
    std::vector<std::string> out;
    for (const graph::Mention& m : doc.graph.mentions)
      out.push_back(m.type + " [" + text.substr(m.begin, m.end - m.begin) + "] " + value_text(m.value) + " " + m.rule);
    return out;
  }

  static std::string errors_of(const RuleSetLoad& load) {
    std::string out;
    for (const Error& e : load.errors) out += "\n  " + e.describe();
    return out;
  }
};

// RE2 style: the error shows the offending fragment as the author wrote it, not the compiled
// regex with every table and built-in expanded into it.
TEST_F(RuleFolders, BadRegexMessageQuotesThePatternAsWritten) {
  RuleSetLoad load = load_money_rules("rule money.don\n  match   {nombre:a} (euros|euro\n  value   amount = a\n");
  ASSERT_FALSE(load.errors.empty());
  const Error& e = load.errors[0];
  EXPECT_EQ(e.code, "R004");
  EXPECT_NE(e.message.find("(euros|euro"), std::string::npos) << e.describe();
  EXPECT_LT(e.message.size(), 300u) << "a readable message, not the expanded regex: " << e.describe();
}

// Rules' regexes compile after every pattern, several at a time: their errors still come where
// they are written, before the value's errors of the same rule and before the next rule's.
TEST_F(RuleFolders, ErrorsComeInTheOrderTheRulesAreWritten) {
  RuleSetLoad load = load_money_rules("rule money.un\n  match   {nombre:a} (euros\n  value   amout = a\n\n"
                                     "rule money.deux\n  match   {nombre:a} [euros\n  value   amount = a\n");
  std::vector<std::pair<std::string, long>> got;
  for (const Error& e : load.errors) got.emplace_back(e.code, e.where.line);
  std::vector<std::pair<std::string, long>> want = {{"R004", 6}, {"R005", 7}, {"R004", 10}};
  EXPECT_EQ(got, want) << errors_of(load);
}

TEST_F(RuleFolders, MissingFolderIsR000AndNamesIt) {
  std::string missing = (dir / "absent").string();
  RuleSetLoad load = load_rule_set({missing});
  ASSERT_EQ(load.errors.size(), 1u) << errors_of(load);
  EXPECT_EQ(load.errors[0].code, "R000");
  EXPECT_EQ(load.errors[0].where.file, missing);
}

TEST_F(RuleFolders, MissingFolderBesideAGoodOneIsStillReported) {
  std::string good = folder("good", with_tables({{"m.rules", kMoney + "rule money.don\n  match {nombre:a} euros\n  value amount = a\n"}}));
  std::string missing = (dir / "absent").string();
  RuleSetLoad load = load_rule_set({good, missing});
  ASSERT_EQ(load.errors.size(), 1u) << errors_of(load);
  EXPECT_EQ(load.errors[0].code, "R000");
  EXPECT_EQ(load.errors[0].where.file, missing);
  EXPECT_EQ(load.rules.folders, std::vector<std::string>{good});
}

TEST_F(RuleFolders, ASecondFolderTableOfTheSameNameAddsItsRows) {
  std::string base = folder("base", with_tables({{"money.rules", kMoney +
                                                                     "rule money.montant\n"
                                                                     "  match {nombre:a} ?{devises:cur}\n"
                                                                     "  value amount = a; currency = cur\n"}}));
  std::string extra = folder("extra", {{"tables/devises.tsv", "# monnaies anciennes\nsurface\tcode:text\tnom:text\nécus\tXEU\técu\n"}});
  const std::string text = "Le seigneur réclamait 300 écus à chaque village.";

  RuleSetLoad alone = load_rule_set({base});
  ASSERT_TRUE(alone.errors.empty()) << errors_of(alone);
  EXPECT_EQ(alone.rules.table("devises")->rows.size(), 4u);
  EXPECT_EQ(mentions(alone.rules, text), std::vector<std::string>{}) << "'écus' is not a currency of the base folder";

  RuleSetLoad both = load_rule_set({base, extra});
  ASSERT_TRUE(both.errors.empty()) << errors_of(both);
  EXPECT_EQ(both.rules.folders, (std::vector<std::string>{base, extra}));
  const Table* devises = both.rules.table("devises");
  ASSERT_NE(devises, nullptr);
  ASSERT_EQ(devises->rows.size(), 5u);
  EXPECT_EQ(devises->rows[4].surface, "écus");
  EXPECT_EQ(devises->rows[4].where.file, (dir / "extra" / "tables" / "devises.tsv").string());
  EXPECT_EQ(devises->rows[4].where.line, 3);
  EXPECT_EQ(mentions(both.rules, text), std::vector<std::string>{"MONEY [300 écus] {\"amount\": 300, \"currency\": \"XEU\"} money.montant"});
  EXPECT_EQ(mentions(both.rules, "un don de 50 euros"),
            std::vector<std::string>{"MONEY [50 euros] {\"amount\": 50, \"currency\": \"EUR\"} money.montant"})
      << "the base rows still match";
}

TEST_F(RuleFolders, ASecondFolderTableWithOtherColumnsIsAnError) {
  std::string base = folder("base", with_tables({}));
  std::string extra = folder("extra", {{"tables/devises.tsv", "surface\tiso:text\nécus\tXEU\n"}});
  RuleSetLoad load = load_rule_set({base, extra});
  ASSERT_EQ(load.errors.size(), 1u) << errors_of(load);
  EXPECT_EQ(load.errors[0].code, "T008");
  EXPECT_NE(load.errors[0].message.find("devises"), std::string::npos) << load.errors[0].describe();
}

TEST_F(RuleFolders, RulesLoadInFileNameOrderThenFileOrder) {
  auto rule = [](const std::string& id, const std::string& word) {
    return "rule " + id + "\n  match {nombre:a} " + word + "\n  value amount = a; currency = \"EUR\"\n\n";
  };
  // Written in another order than their names, so that directory order cannot pass for name order.
  std::string first = folder("first", with_tables({{"c.rules", kMoney + rule("money.c", "écus")},
                                                   {"a.rules", kMoney + rule("money.a2", "euros") + rule("money.a1", "euro")},
                                                   {"b.rules", kMoney + rule("money.b", "€")},
                                                   {"notes.txt", "pas un fichier de règles"}}));
  std::string second = folder("second", {{"0.rules", kMoney + rule("money.zero", "sous")}});
  RuleSetLoad load = load_rule_set({first, second});
  ASSERT_TRUE(load.errors.empty()) << errors_of(load);
  std::vector<std::string> ids;
  for (const CompiledRule& r : load.rules.rules) ids.push_back(r.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"money.a2", "money.a1", "money.b", "money.c", "money.zero"}))
      << "files in name order within a folder, folders in the order given, rules in file order";
  for (size_t i = 0; i < load.rules.rules.size(); ++i) {
    EXPECT_EQ(load.rules.rules[i].order, static_cast<int>(i)) << load.rules.rules[i].id;
    EXPECT_NE(load.rules.rule(load.rules.rules[i].id), nullptr);
  }
  EXPECT_EQ(load.rules.rule("money.a1")->file, (dir / "first" / "a.rules").string());
  EXPECT_EQ(load.rules.rule("money.a1")->where.line, 9);
  EXPECT_EQ(load.rules.rule("money.a1")->type, "MONEY");
  EXPECT_EQ(load.rules.rule("money.a1")->anchor, "2024-05-22");
  EXPECT_EQ(load.rules.rule("money.absent"), nullptr);
}

// A requirement keeps the matches whose captures hold it; an optional capture left out holds it.
TEST_F(RuleFolders, RequirementsKeepTheMatchesThatHoldThem) {
  RuleSetLoad load = load_money_rules("rule money.symbole\n  match   {nombre:a}( {multiplicateurs:m})? {devises:cur}\n"
                                      "  require cur.text ~ \"^€$\"; m.text !~ \"^milliards$\"\n"
                                      "  value   amount = a * m; currency = cur.code\n");
  ASSERT_TRUE(load.errors.empty()) << errors_of(load);
  EXPECT_EQ(mentions(load.rules, "un don de 50 €"), std::vector<std::string>{"MONEY [50 €] {\"amount\": 50, \"currency\": \"EUR\"} money.symbole"});
  EXPECT_EQ(mentions(load.rules, "un don de 2 millions €"),
            std::vector<std::string>{"MONEY [2 millions €] {\"amount\": 2000000, \"currency\": \"EUR\"} money.symbole"});
  EXPECT_TRUE(mentions(load.rules, "un don de 50 euros").empty());
  EXPECT_TRUE(mentions(load.rules, "un don de 3 milliards €").empty());
  // explain shows the match, and the requirement it did not hold.
  io::Article article{"t", "2024-05-22", "", "un don de 50 euros"};
  Trace trace;
  Analyzer(load.rules).analyze(article, &trace);
  ASSERT_EQ(trace.size(), 1u);
  EXPECT_FALSE(trace[0].won);
  EXPECT_EQ(article.text.substr(trace[0].begin, trace[0].end - trace[0].begin), "50 euros");
  EXPECT_EQ(trace[0].why, "a requirement does not hold: cur.text ~ \"^€$\"");
}

TEST_F(RuleFolders, AMentionRuleDefaultsToStage2) {
  RuleSetLoad load = load_money_rules("rule money.don\n  match {nombre:a} euros\n  value amount = a\n\n"
                                     "rule money.environ\n  match {MONEY:x} environ\n  value x; approx = true\n\n"
                                     "rule money.tard\n  stage 3\n  match {MONEY:x} au plus\n  value x; mod = AT_MOST\n");
  ASSERT_TRUE(load.errors.empty()) << errors_of(load);
  EXPECT_EQ(load.rules.rule("money.don")->stage, 1);
  EXPECT_EQ(load.rules.rule("money.environ")->stage, 2);
  EXPECT_EQ(load.rules.rule("money.tard")->stage, 3);
  EXPECT_EQ(load.rules.stages, 3);
  EXPECT_EQ(load.rules.stage_index.size(), 3u);
}

TEST_F(RuleFolders, ATokenStartsTheRulesOfItsStartClass) {
  RuleSetLoad load = load_money_rules("rule money.nombre\n  match {nombre:a} euros\n  value amount = a\n\n"
                                     "rule money.plus\n  match plus de {nombre:a} euros\n  value amount = a\n\n"
                                     "rule money.jusqu\n  match jusqu'(a|au) {nombre:a} euros\n  value amount = a\n");
  ASSERT_TRUE(load.errors.empty()) << errors_of(load);
  const RuleSet& set = load.rules;
  auto starts = [&](std::string_view token, bool number) {
    std::vector<std::string> ids;
    for (int r : set.stage_index[0].starting[set.start_class(token, number)]) ids.push_back(set.rules[r].id);
    return ids;
  };
  using Ids = std::vector<std::string>;
  EXPECT_EQ(starts("plus", false), Ids{"money.plus"});
  EXPECT_EQ(starts("40", true), Ids{"money.nombre"});
  EXPECT_EQ(starts("jusqu'", false), Ids{"money.jusqu"});
  EXPECT_EQ(starts("jusqu'au", false), Ids{"money.jusqu"}) << "a token longer than a start a rule names";
  EXPECT_EQ(starts("maison", false), Ids{});
  EXPECT_EQ(starts("", true), Ids{}) << "an empty token starts nothing";
  EXPECT_EQ(set.start_class("jusqu'au", false), set.start_class("jusqu'a", false));
  EXPECT_NE(set.start_class("plus", false), set.start_class("plus", true));
  EXPECT_EQ(set.start_class("maison", false), set.start_class("ville", false));
}

TEST(BundledRules, LoadWithoutErrors) {
  RuleSetLoad load = load_rule_set({GLANEUR_SOURCE_DIR "/rules"});
  for (const Error& e : load.errors) ADD_FAILURE() << e.describe();
  EXPECT_NE(load.rules.rule("money.amount"), nullptr);
  EXPECT_NE(load.rules.table("devises"), nullptr);
}

}  // namespace
}  // namespace glaneur::rules
