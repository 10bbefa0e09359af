// `glaneur extract --format dot|graphml`: the graphs for Graphviz and Gephi, one per article
// (the exact shapes are in tests/io/graph_export_test.cc), and the JSONL output checked against
// its JSON Schema by tools/check-schema.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/shell.h"

namespace {

using glaneur::testing_support::CliRun;
using glaneur::testing_support::shell;

const std::string kSource = GLANEUR_SOURCE_DIR;

CliRun glaneur(const std::string& args, const std::string& stderr_to = "2>/dev/null") {
  return shell(std::string(GLANEUR_BINARY) + " " + args, stderr_to);
}

size_t count(const std::string& text, const std::string& piece) {
  size_t n = 0;
  for (size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + 1)) ++n;
  return n;
}

class ExtractFormat : public testing::Test {
 protected:
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("glaneur-format-" + std::to_string(::getpid()));
  std::string two;
  void SetUp() override {
    std::filesystem::create_directories(dir);
    two = (dir / "two.jsonl").string();
    std::ofstream(two) << R"({"id":"a","date":"2024-05-22","text":"Le CNRS (Centre national de la recherche scientifique) recrute."})"
                       << "\n"
                       << R"({"id":"b","date":"2024-05-22","text":"Jalil Benabdillah, vice-président de la Région Occitanie, parle."})"
                       << "\n";
  }
  void TearDown() override { std::filesystem::remove_all(dir); }
};

TEST_F(ExtractFormat, DotIsOneDigraphPerArticle) {
  CliRun run = glaneur("extract --format dot " + two);
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out.rfind("digraph \"a\" {\n", 0), 0u) << run.out;
  EXPECT_NE(run.out.find("}\ndigraph \"b\" {\n"), std::string::npos) << run.out;
  EXPECT_EQ(count(run.out, "digraph "), 2u);
  EXPECT_NE(run.out.find(" -> "), std::string::npos) << "the ROLE relation is an edge";
}

TEST_F(ExtractFormat, GraphMlIsOneDocumentWithOneGraphPerArticle) {
  CliRun run = glaneur("extract --format graphml " + two);
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(count(run.out, "<?xml "), 1u);
  EXPECT_EQ(count(run.out, "<graphml "), 1u);
  EXPECT_EQ(count(run.out, "<graph id=\"a\" edgedefault=\"directed\">"), 1u);
  EXPECT_EQ(count(run.out, "<graph id=\"b\" edgedefault=\"directed\">"), 1u);
  EXPECT_EQ(run.out.substr(run.out.size() - 11), "</graphml>\n");
}

TEST_F(ExtractFormat, ResumeIsForJsonlOnly) {
  CliRun run = glaneur("extract --format dot --resume -o " + (dir / "out.dot").string() + " " + two, "2>&1");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.out.find("--resume continues a JSONL output"), std::string::npos) << run.out;
  EXPECT_EQ(glaneur("extract --format svg " + two).status, 2);
}

TEST(OutputSchema, TheCorpusOutputIsValid) {
  CliRun run = shell(std::string(GLANEUR_BINARY) + " extract " + kSource + "/corpus/articles 2>/dev/null | " + kSource +
                         "/tools/check-schema",
                     "2>&1");
  EXPECT_EQ(run.status, 0) << run.out;
  EXPECT_NE(run.out.find(" lines, 0 errors (glaneur-1.schema.json)"), std::string::npos) << run.out;
}

TEST(OutputSchema, ProblemsAreNamedByLineAndPath) {
  const std::string line =
      R"({"id":"a","date":"2024-05-22","mentions":[{"id":"m1","type":"MONEY","start":0,"end":3,"text":"5 €",)"
      R"("value":{"amount":5,"currency":"euro"},"rule":"x"}],"entities":[],"relations":[]})";
  CliRun run = shell("printf '%s\\n' '" + line + "' | " + kSource + "/tools/check-schema", "2>&1");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find("<stdin>:1: $.mentions[0].value.currency: \"euro\" does not match ^[A-Z]{3}$"),
            std::string::npos)
      << run.out;
}

}  // namespace
