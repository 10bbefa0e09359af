// The extract command as a user runs it: files in, JSONL out, exit status, messages on stderr.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace {

struct CliRun {
  int status;
  std::string out;
};

// Runs build/glaneur with `args` (a shell fragment); stdout captured, stderr discarded.
CliRun glaneur(const std::string& args) {
  std::string command = std::string(GLANEUR_BINARY) + " " + args + " 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> lines;
  std::stringstream stream(s);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

class ExtractCli : public testing::Test {
 protected:
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("glaneur-cli-" + std::to_string(::getpid()));
  void SetUp() override { std::filesystem::create_directories(dir); }
  void TearDown() override { std::filesystem::remove_all(dir); }
  std::string write(const std::string& name, const std::string& content) {
    std::ofstream((dir / name).string(), std::ios::binary) << content;
    return (dir / name).string();
  }
};

TEST_F(ExtractCli, CleanCorpusExitsZeroWithOneLinePerArticle) {
  std::string in = write("a.jsonl",
                         "{\"id\":\"a\",\"date\":\"2024-05-22\",\"text\":\"Le CNRS recrute.\"}\n"
                         "{\"id\":\"b\",\"date\":\"2024-05-23\",\"text\":\"La Région vote.\"}\n");
  CliRun run = glaneur("extract " + in);
  EXPECT_EQ(run.status, 0);
  std::vector<std::string> lines = lines_of(run.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].rfind(R"({"id":"a","date":"2024-05-22","mentions":)", 0), 0u) << lines[0];
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

TEST(VersionCli, PrintsTheVersion) {
  CliRun run = glaneur("--version");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out.rfind("glaneur ", 0), 0u) << run.out;
}

}  // namespace
