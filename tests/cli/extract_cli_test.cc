// The extract command as a user runs it: files in, JSONL out, exit status, messages on stderr.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>
#include <string>
#include <sys/wait.h>

#include "support/shell.h"
#include "support/scratch_dir.h"

namespace {

using glaneur::testing_support::CliRun;
using glaneur::testing_support::shell;

// Runs build/glaneur with `args` (a shell fragment).
CliRun glaneur(const std::string& args) { return shell(std::string(GLANEUR_BINARY) + " " + args); }

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> lines;
  std::stringstream stream(s);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

class ExtractCli : public testing::Test {
 protected:
  glaneur::testing_support::ScratchDir scratch{"glaneur-cli"};
  const std::filesystem::path& dir = scratch.path();
  std::string write(const std::string& name, const std::string& content) { return scratch.write(name, content); }
};

TEST_F(ExtractCli, CleanCorpusExitsZeroWithOneLinePerArticle) {
  std::string in = write("a.jsonl",
                         "{\"id\":\"a\",\"date\":\"2024-05-22\",\"text\":\"Le CNRS recrute.\"}\n"
                         "{\"id\":\"b\",\"date\":\"2024-05-23\",\"text\":\"La Région vote.\"}\n");
  CliRun run = glaneur("extract " + in);
  EXPECT_EQ(run.status, 0);
  std::vector<std::string> lines = lines_of(run.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].rfind(R"({"id":"a","date":"2024-05-22","schema":"glaneur/1","mentions":)", 0), 0u) << lines[0];
}

TEST_F(ExtractCli, BadArticlesBecomeErrorRecordsAndExitThree) {
  std::string in = write("mixed.jsonl",
                         "{\"id\":\"ok\",\"date\":\"2024-05-22\",\"text\":\"Bien.\"}\n"
                         "{\"id\":\"bad\",\"date\":\"2024-05-22\",\"text\":\"caf\xE9\"}\n"
                         "{\"id\":\"ok2\",\"date\":\"2024-05-22\",\"text\":\"Bien aussi.\"}\n");
  CliRun run = glaneur("extract " + in + " " + (dir / "missing.jsonl").string());
  EXPECT_EQ(run.status, 3);
  std::vector<std::string> lines = lines_of(run.out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_NE(lines[1].find(R"("id":"bad","error":")"), std::string::npos) << lines[1];
  EXPECT_NE(lines[1].find("mixed.jsonl:2: I002 invalid UTF-8"), std::string::npos) << lines[1];
  EXPECT_NE(lines[2].find(R"("id":"ok2")"), std::string::npos);
  EXPECT_NE(lines[3].find("I001 cannot open input"), std::string::npos) << lines[3];
}

TEST_F(ExtractCli, StdinAndOutputFile) {
  std::string out = (dir / "sub" / "facts.jsonl").string();
  CliRun run = glaneur("extract -o " + out + " < /dev/null");
  EXPECT_EQ(run.status, 0);
  EXPECT_TRUE(std::filesystem::exists(out));
  EXPECT_FALSE(std::filesystem::exists(out + ".partial"));
}

// "-o -" writes to stdout, as "-" reads stdin; no file named "-" appears.
TEST_F(ExtractCli, DashOutputIsStdout) {
  std::string in = write("a.jsonl", "{\"id\":\"a\",\"date\":\"2024-05-22\",\"text\":\"Le CNRS recrute.\"}\n");
  CliRun run = shell("cd " + dir.string() + " && " + GLANEUR_BINARY + " extract -o - - < " + in + " && ls");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out.rfind(R"({"id":"a",)", 0), 0u) << run.out;
  EXPECT_EQ(run.out.find("\n-\n"), std::string::npos) << run.out;
}

// "-o /dev/null" must not replace the device by a file: a FIFO stands for it here, read by cat.
TEST_F(ExtractCli, OutputToAPipeIsWrittenNotReplaced) {
  std::string fifo = (dir / "pipe").string(), copy = (dir / "copy.jsonl").string();
  ASSERT_EQ(std::system(("mkfifo " + fifo).c_str()), 0);
  // Were the FIFO replaced, cat would wait for a writer: the timeout ends the test then.
  CliRun run = glaneur("extract -o " + fifo + " < /dev/null & timeout 30 cat " + fifo + " > " + copy + "; wait $!");
  EXPECT_EQ(run.status, 0);
  EXPECT_TRUE(std::filesystem::is_fifo(fifo));
  EXPECT_FALSE(std::filesystem::exists(fifo + ".partial"));
  EXPECT_TRUE(std::filesystem::exists(copy));
}

TEST_F(ExtractCli, ThreadCountDoesNotChangeTheOutput) {
  std::string corpus = std::string(GLANEUR_SOURCE_DIR) + "/corpus";
  CliRun one = glaneur("extract -j 1 " + corpus);
  CliRun two = glaneur("extract -j 2 " + corpus);
  EXPECT_EQ(one.status, 0);
  EXPECT_GE(lines_of(one.out).size(), 20u);
  EXPECT_EQ(one.out, two.out);
}

TEST_F(ExtractCli, UsageErrorsExitTwo) {
  EXPECT_EQ(glaneur("extract --no-such-flag").status, 2);
  EXPECT_EQ(glaneur("extract --date 2024-13-01 -").status, 2);
  EXPECT_EQ(glaneur("").status, 2);
}

TEST_F(ExtractCli, BrokenRuleFolderIsFatalBeforeAnyArticleIsRead) {
  std::filesystem::create_directories(dir / "rules" / "tables");
  write("rules/tables/devises.tsv", "surface\tcode:text\neuros\n");
  CliRun run = glaneur("extract --rules " + (dir / "rules").string() + " < /dev/null");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "");
}

TEST_F(ExtractCli, RulesFolderBeforeTheInputTakesOneValue) {
  std::filesystem::create_directories(dir / "rules" / "tables");
  write("rules/tables/devises.tsv", "surface\tcode:text\nécus\tECU\n");
  std::string in = write("a.jsonl", "{\"id\":\"a\",\"date\":\"2024-05-22\",\"text\":\"Il paie 3 écus.\"}\n");
  CliRun run = glaneur("extract --rules " + (dir / "rules").string() + " " + in);
  EXPECT_EQ(run.status, 0);
  ASSERT_EQ(lines_of(run.out).size(), 1u);
  EXPECT_NE(run.out.find(R"("currency":"ECU")"), std::string::npos) << run.out;
}

TEST_F(ExtractCli, ResumeSkipsWhatIsDone) {
  std::string in = write("four.jsonl",
                         "{\"id\":\"a\",\"date\":\"2024-05-22\",\"text\":\"Un.\"}\n"
                         "{\"id\":\"b\",\"date\":\"2024-05-22\",\"text\":\"Deux.\"}\n"
                         "{\"id\":\"c\",\"date\":\"2024-05-22\",\"text\":\"Trois.\"}\n"
                         "{\"id\":\"d\",\"date\":\"2024-05-22\",\"text\":\"Quatre.\"}\n");
  std::string out = (dir / "facts.jsonl").string();
  // An earlier run stopped after b, with a last line cut short.
  write("facts.jsonl",
        "{\"id\":\"a\",\"date\":\"2024-05-22\",\"schema\":\"glaneur/1\",\"mentions\":[],\"entities\":[],\"relations\":[]}\n"
        "{\"id\":\"b\",\"date\":\"2024-05-22\",\"schema\":\"glaneur/1\",\"mentions\":[],\"entities\":[],\"relations\":[]}\n"
        "{\"id\":\"c\",\"date\":\"2024-0");
  CliRun run = glaneur("extract --resume -o " + out + " " + in);
  EXPECT_EQ(run.status, 0);
  std::ifstream result(out);
  std::vector<std::string> ids;
  for (std::string line; std::getline(result, line);) ids.push_back(line.substr(7, 1));
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_EQ(glaneur("extract --resume " + in).status, 2) << "--resume needs -o";
}

TEST_F(ExtractCli, InterruptionLeavesWholeLinesAndResumeFinishes) {
  std::string corpus = std::string(GLANEUR_SOURCE_DIR) + "/corpus/articles";
  std::string articles;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    std::ifstream f(entry.path());
    std::string line;
    std::getline(f, line);
    articles += line + "\n";
  }
  // Enough text for a run of several seconds, each copy with its own ids.
  std::string big;
  for (int copy = 0; copy < 300; ++copy) {
    std::stringstream lines(articles);
    for (std::string line; std::getline(lines, line);) {
      size_t id_end = line.find("\"", 8);
      big += line.substr(0, id_end) + "-" + std::to_string(copy) + line.substr(id_end) + "\n";
    }
  }
  std::string in = write("big.jsonl", big);
  std::string out = (dir / "facts.jsonl").string();
  CliRun first = shell("timeout --preserve-status -s INT 1 " + std::string(GLANEUR_BINARY) + " extract -o " + out + " " + in);
  ASSERT_EQ(first.status, 130) << "the run was to be interrupted (exit 130), not finished";
  size_t written = 0;
  {
    std::ifstream partial(out);
    for (std::string line; std::getline(partial, line); ++written)
      ASSERT_EQ(line.back(), '}') << "line " << written + 1 << " is cut";
  }
  CliRun resumed = glaneur("extract --resume -o " + out + " " + in);
  EXPECT_EQ(resumed.status, 0);
  std::ifstream result(out);
  size_t total = 0;
  for (std::string line; std::getline(result, line);) ++total;
  EXPECT_LT(written, total);
  EXPECT_EQ(total, 300 * lines_of(articles).size()) << written << " lines before the interruption";
}

TEST(VersionCli, PrintsTheVersion) {
  CliRun run = glaneur("--version");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out.rfind("glaneur ", 0), 0u) << run.out;
}

}  // namespace
