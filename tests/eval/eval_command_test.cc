// glaneur eval as a user (and tools/gate) runs it: the corpus gold by default, a system file or
// an in-process analysis, the table on stdout and the scores with --json.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/shell.h"

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using glaneur::testing_support::shell;

const fs::path kRoot = GLANEUR_SOURCE_DIR;
const fs::path kSeed = kRoot / ".." / "shared" / "seed" / "occitanie-vivatech-2024.gold.json";

class EvalCommand : public testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("glaneur-eval-" + std::to_string(::getpid()));
  void SetUp() override { fs::create_directories(dir); }
  void TearDown() override { fs::remove_all(dir); }
  static Json read_json(const fs::path& path) { return Json::parse(std::ifstream(path)); }
  // --gold for every corpus gold file, in name order.
  static std::string corpus_golds() {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(kRoot / "corpus" / "gold")) files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    std::string args;
    for (const std::string& f : files) args += " --gold " + f;
    return args;
  }
};

// Every gold mention and relation of corpus/ (40 articles) and of the seed, as the scorer counts them.
TEST_F(EvalCommand, ScoresTheCorpusAndTheSeedByDefaultWithTheirKnownGoldTotals) {
  auto run = shell(std::string(GLANEUR_BINARY) + " eval --json " + (dir / "scores.json").string());
  ASSERT_EQ(run.status, 0) << run.out;
  EXPECT_EQ(run.out.rfind("type       gold   sys | strict P/R/F1     | lenient P/R/F1    |  value | e2e F1\n", 0), 0u) << run.out;
  const Json scores = read_json(dir / "scores.json");
  const bool seed = fs::exists(kSeed);
  const std::map<std::string, int> corpus = {{"MONEY", 251}, {"PERCENT", 149}, {"DATE", 458},
                                             {"QUANTITY", 273}, {"ORG", 371}, {"PER", 115}};
  const std::map<std::string, int> in_seed = {{"MONEY", 3}, {"PERCENT", 2}, {"DATE", 15},
                                              {"QUANTITY", 7}, {"ORG", 18}, {"PER", 6}};
  for (const auto& [type, gold] : corpus) {
    EXPECT_EQ(scores[type]["gold"], gold + (seed ? in_seed.at(type) : 0)) << type;
    const double f1 = scores[type]["strict"]["f1"];
    EXPECT_GT(f1, 0.5) << type;  // the thresholds proper are tools/gate's (tests/thresholds.json)
  }
  EXPECT_EQ(scores["relations"]["all"]["gold"], 1023 + (seed ? 12 : 0));
}

// The seed must come out perfectly (tests/corpus/seed_test.cc): its known totals, to the table's rounding.
TEST_F(EvalCommand, ScoresTheSeedPerfectly) {
  if (!fs::exists(kSeed)) GTEST_SKIP() << kSeed << " not found: ../shared is absent";
  auto run = shell(std::string(GLANEUR_BINARY) + " eval --gold " + kSeed.string() + " --types MONEY,PERCENT,DATE,QUANTITY,ORG,PER");
  ASSERT_EQ(run.status, 0) << run.out;
  std::istringstream lines(run.out);
  std::vector<std::string> table;
  for (std::string line; std::getline(lines, line) && line.rfind("relation", 0) != 0;) table.push_back(line);
  EXPECT_EQ(table, (std::vector<std::string>{
                       "type       gold   sys | strict P/R/F1     | lenient P/R/F1    |  value | e2e F1",
                       "MONEY         3     3 | 1.00 1.00 1.00    | 1.00 1.00 1.00    |   1.00 |  1.00",
                       "PERCENT       2     2 | 1.00 1.00 1.00    | 1.00 1.00 1.00    |   1.00 |  1.00",
                       "DATE         15    15 | 1.00 1.00 1.00    | 1.00 1.00 1.00    |   1.00 |  1.00",
                       "QUANTITY      7     7 | 1.00 1.00 1.00    | 1.00 1.00 1.00    |   1.00 |  1.00",
                       "ORG          18    18 | 1.00 1.00 1.00    | 1.00 1.00 1.00    |   1.00 |  1.00",
                       "PER           6     6 | 1.00 1.00 1.00    | 1.00 1.00 1.00    |   1.00 |  1.00"}));
}

// Analysing in-process gives what glaneur extract writes: scoring its output gives the same table
// and the same errors, byte for byte.
TEST_F(EvalCommand, InProcessAnalysisScoresAsExtractsOutputDoes) {
  const std::string facts = (dir / "facts.jsonl").string();
  ASSERT_EQ(shell(std::string(GLANEUR_BINARY) + " extract " + (kRoot / "corpus" / "articles").string() + " -o " + facts).status, 0);
  auto in_process = shell(std::string(GLANEUR_BINARY) + " eval" + corpus_golds() + " --errors 100000");
  auto from_file = shell(std::string(GLANEUR_BINARY) + " eval" + corpus_golds() + " " + facts + " --errors 100000");
  ASSERT_EQ(in_process.status, 0);
  ASSERT_EQ(from_file.status, 0);
  EXPECT_GT(in_process.out.size(), 10000u);  // the table and hundreds of error lines
  EXPECT_EQ(in_process.out, from_file.out);
}

// An article that failed (an error record) scores as one where nothing was found: the user is told.
TEST_F(EvalCommand, AnErrorRecordIsScoredAsNothingFoundAndSaid) {
  const fs::path gold = kRoot / "corpus" / "gold" / "airbus-recrutements-occitanie-2019.gold.json";
  std::ofstream(dir / "facts.jsonl") << R"({"id": "airbus-recrutements-occitanie-2019", "error": "A001 analysis failed"})" << "\n";
  auto run = shell(std::string(GLANEUR_BINARY) + " eval --gold " + gold.string() + " " + (dir / "facts.jsonl").string(), "2>&1");
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("warning: article airbus-recrutements-occitanie-2019 is an error record"), std::string::npos) << run.out;
}

TEST_F(EvalCommand, BadArgumentsAndBadGoldAreSaidAndNothingIsScored) {
  EXPECT_EQ(shell(std::string(GLANEUR_BINARY) + " eval --map TIME").status, 2);
  std::ofstream(dir / "bad.jsonl") << "{\"id\": \"a\",\n";
  auto run = shell(std::string(GLANEUR_BINARY) + " eval --gold " + (dir / "bad.jsonl").string(), "2>&1");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find("bad.jsonl:1: E002 malformed JSON"), std::string::npos) << run.out;
}

}  // namespace
