// The commands rule authors use: tokens, explain, rules list, rules test — and the README's
// "add a rule in five steps" done as a user would, in a folder of their own, without rebuilding.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>

#include "support/shell.h"

namespace {

using Output = glaneur::testing_support::CliRun;

// build/glaneur with `args`; stdout and stderr together.
Output glaneur(const std::string& args) {
  return glaneur::testing_support::shell(std::string(GLANEUR_BINARY) + " " + args, "2>&1");
}

bool has(const Output& o, const std::string& piece) { return o.out.find(piece) != std::string::npos; }

class UserRules : public testing::Test {
 protected:
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("glaneur-user-rules-" + std::to_string(::getpid()));
  void SetUp() override { std::filesystem::create_directories(dir); }
  void TearDown() override { std::filesystem::remove_all(dir); }
  void write(const std::string& name, const std::string& content) { std::ofstream(dir / name) << content; }
};

TEST(DebugCommands, TokensShowSentencesAndOffsets) {
  Output o = glaneur("tokens \"M. Dupont arrive. Il part jusqu’au 25 mai.\"");
  EXPECT_EQ(o.status, 0);
  EXPECT_TRUE(has(o, "sentence 2 [18,"));
  EXPECT_TRUE(has(o, "elision jusqu’")) << o.out;
}

TEST(DebugCommands, ExplainShowsWinnersLosersAndRules) {
  Output o = glaneur("explain \"Une aide de quelque 50 millions d’euros\" --date 2024-05-22");
  EXPECT_EQ(o.status, 0);
  EXPECT_TRUE(has(o, "+ MONEY \"50 millions d’euros\"")) << o.out;
  EXPECT_TRUE(has(o, "via money.approximate")) << o.out;
  EXPECT_TRUE(has(o, "lost: ")) << "the plain amount lost to the approximate one: " << o.out;
}

TEST(DebugCommands, RulesListCountsTheBundledRules) {
  Output o = glaneur("rules list");
  EXPECT_EQ(o.status, 0);
  EXPECT_TRUE(has(o, "money.amount")) << o.out;
  EXPECT_TRUE(has(o, " rules, ")) << o.out;
}

TEST_F(UserRules, ANewRuleFiresInExplainAndItsExamplesPass) {
  write("quantity.rules",
        "format 1\ntype QUANTITY\nanchor 2024-05-22\n\n"
        "rule quantity.emplois.crees\n"
        "  priority 2\n"
        "  match   {nombre:n} (emplois|postes) (créés|nouveaux)\n"
        "  value   amount = n; unit = \"emplois créés\"\n"
        "  example \"l’usine annonce [1 200 emplois créés] d’ici 2026\" => {\"amount\": 1200, \"unit\": \"emplois créés\"}\n"
        "  not     \"l’emploi des jeunes\"\n");
  Output explain = glaneur("explain \"L’usine annonce 1 200 emplois créés.\" --rules " + dir.string());
  EXPECT_TRUE(has(explain, "via quantity.emplois.crees")) << explain.out;
  Output test = glaneur("rules test --rules " + dir.string());
  EXPECT_EQ(test.status, 0) << test.out;
  EXPECT_TRUE(has(test, " passed, 0 failed")) << test.out;
}

TEST_F(UserRules, ABrokenRuleFileIsReportedWithFileAndLineAndExitOne) {
  write("broken.rules",
        "format 1\ntype DATE\nanchor 2024-05-22\n\n"
        "rule date.cassee\n"
        "  match   {moi:m} (\n"
        "  value   timex = month(m); mod = ON_OR_BEFOR\n"
        "garbage line\n");
  Output o = glaneur("rules test --rules " + dir.string());
  EXPECT_EQ(o.status, 1);
  EXPECT_TRUE(has(o, "broken.rules:6:11: R003 unknown table 'moi'")) << o.out;
  EXPECT_TRUE(has(o, "broken.rules:8:1: R001")) << o.out;
  Output extract = glaneur("extract --rules " + dir.string() + " < /dev/null");
  EXPECT_EQ(extract.status, 1) << "no article is read with broken rules";
}

}  // namespace
