// `glaneur show` and `glaneur report` as a user runs them: articles in (the same inputs as
// extract), the text with its mentions highlighted, the facts as readable lines, and one
// self-contained HTML page. tools/check-report opens that page in headless Chromium.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "support/shell.h"
#include "support/scratch_dir.h"

namespace {

using glaneur::testing_support::CliRun;
using glaneur::testing_support::shell;

CliRun glaneur(const std::string& args, const std::string& stderr_to = "2>/dev/null") {
  return shell(std::string(GLANEUR_BINARY) + " " + args, stderr_to);
}

bool has(const std::string& text, const std::string& piece) { return text.find(piece) != std::string::npos; }

size_t count(const std::string& text, const std::string& piece) {
  size_t n = 0;
  for (size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + 1)) ++n;
  return n;
}

// The seed's sentences, shortened: an amount, a person with a role in apposition, an organisation.
const char* kSeedLike =
    R"({"id":"seed-like","date":"2024-05-22","text":"Le plan IA sera doté de 50 millions d’euros. Jalil )"
    R"(Benabdillah, vice-président adjoint de l’Economie de la Région Occitanie, a remplacé la présidente )"
    R"(Carole Delga."})"
    "\n";

class ShowReportCli : public testing::Test {
 protected:
  glaneur::testing_support::ScratchDir scratch{"glaneur-show"};
  const std::filesystem::path& dir = scratch.path();
  std::string write(const std::string& name, const std::string& content) { return scratch.write(name, content); }
  std::string read(const std::string& name) {
    std::ifstream in((dir / name).string(), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
};

TEST_F(ShowReportCli, ShowBracketsMentionsAndWritesRelationsAsArrows) {
  CliRun run = glaneur("show " + write("seed.jsonl", kSeedLike) + " --color never");
  EXPECT_EQ(run.status, 0);
  EXPECT_TRUE(has(run.out, "── seed-like · 2024-05-22\n")) << run.out;
  // Each piece on its own: what else is marked (TOPIC phrases…) is the extractors' business.
  for (const char* piece : {"[MONEY 50 millions d’euros]", "[PER Jalil Benabdillah]", "[ORG Région Occitanie]",
                            "[PER Carole Delga]"})
    EXPECT_TRUE(has(run.out, piece)) << piece << "\n" << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex(R"(\n  m\d+ +MONEY +50 millions d’euros +)"
                                                    R"(\{"amount":50000000,"currency":"EUR"\}  money\.)")))
      << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex(R"(\n  e\d+ +PER +Jalil Benabdillah  \(1 mention\)\n)"))) << run.out;
  EXPECT_TRUE(has(run.out, "Jalil Benabdillah —ROLE(vice-président adjoint de l’Economie)→ Région Occitanie  names.role."))
      << run.out;
  EXPECT_FALSE(has(run.out, "\033[")) << "no colour when asked for none";
}

TEST_F(ShowReportCli, ShowPaintsWhenAskedTo) {
  CliRun run = glaneur("show " + write("seed.jsonl", kSeedLike) + " --color always");
  EXPECT_EQ(run.status, 0);
  EXPECT_TRUE(has(run.out, "\033[1;32m50 millions d’euros\033[0m")) << run.out;
}

TEST_F(ShowReportCli, ShowOneArticleById) {
  std::string in = write("two.jsonl", std::string(kSeedLike) +
                                          R"({"id":"other","date":"2024-05-22","text":"Le CNRS recrute."})" + "\n");
  CliRun one = glaneur("show " + in + " --id other --color never");
  EXPECT_EQ(one.status, 0);
  EXPECT_TRUE(has(one.out, "── other · 2024-05-22")) << one.out;
  EXPECT_FALSE(has(one.out, "seed-like"));

  CliRun none = glaneur("show " + in + " --id missing", "2>&1");
  EXPECT_EQ(none.status, 2);
  EXPECT_TRUE(has(none.out, "glaneur: no article has the id 'missing'; the inputs have 2 article(s): seed-like, other"))
      << none.out;
}

TEST_F(ShowReportCli, ShowReportsUnreadableArticlesAndExitsThree) {
  CliRun run = glaneur("show " + write("bad.jsonl", "{\"id\":\"x\",\"date\":\"2024-05-22\"}\n") + " --color never");
  EXPECT_EQ(run.status, 3);
  EXPECT_TRUE(has(run.out, "── x\n  error: ")) << run.out;
}

TEST_F(ShowReportCli, ReportIsOneSelfContainedPage) {
  std::string corpus = std::string(GLANEUR_SOURCE_DIR) + "/corpus/articles";
  CliRun run = glaneur("report " + corpus + " -o " + (dir / "report.html").string());
  ASSERT_EQ(run.status, 0);
  std::string page = read("report.html");
  EXPECT_EQ(page.rfind("<!DOCTYPE html>\n<html lang=\"fr\">", 0), 0u);
  // Nothing to fetch: no script or style file, no remote address in any src or href.
  EXPECT_FALSE(std::regex_search(page, std::regex(R"(<script[^>]*\ssrc=)"))) << "an external script";
  EXPECT_FALSE(has(page, "<link")) << "an external stylesheet";
  EXPECT_FALSE(std::regex_search(page, std::regex(R"((src|href)\s*=\s*["']?(https?:)?//)"))) << "a remote resource";
  // Highlights, with what hovering shows; the graph; the facts.
  EXPECT_GT(count(page, "<mark id=\"a1-m1\" class=\"m-"), 0u);
  EXPECT_GT(count(page, "<mark "), 100u);
  EXPECT_TRUE(std::regex_search(page, std::regex(R"(<mark [^>]*data-type="MONEY" data-value="\{&quot;amount&quot;:)")));
  EXPECT_TRUE(std::regex_search(page, std::regex(R"(<mark [^>]*title="MONEY · \{&quot;amount&quot;:[^"]*· money\.)")));
  EXPECT_GT(count(page, "<svg class=\"graph\""), 10u);
  EXPECT_GT(count(page, "<g class=\"edge\""), 0u);
  EXPECT_EQ(count(page, "<article id="), count(page, "<table class=\"mentions\">"));
  EXPECT_TRUE(has(page, "document.body.dataset.ready = '1';"));
}

TEST_F(ShowReportCli, ReportEscapesTheArticlesAndIsTheSameEveryTime) {
  std::string in = write("evil.jsonl", R"({"id":"a<b>","date":"2024-05-22","title":"<script>alert(1)</script>",)"
                                       R"("text":"Le \"CNRS\" & l’<img src=x onerror=alert(1)> lèvent 5 millions d’euros."})"
                                       "\n");
  ASSERT_EQ(glaneur("report " + in + " -o " + (dir / "r1.html").string()).status, 0);
  ASSERT_EQ(glaneur("report " + in + " -o " + (dir / "r2.html").string()).status, 0);
  std::string page = read("r1.html");
  EXPECT_FALSE(has(page, "<img")) << page;
  EXPECT_FALSE(has(page, "<script>alert"));
  EXPECT_TRUE(has(page, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  const std::string text = std::regex_replace(page, std::regex("</?mark[^>]*>"), "");  // the text, unmarked
  EXPECT_TRUE(has(text, "Le &quot;CNRS&quot; &amp; l’&lt;img src=x onerror=alert(1)&gt; lèvent 5 millions d’euros."))
      << page;
  EXPECT_TRUE(has(page, "data-id=\"a&lt;b&gt;\""));
  EXPECT_EQ(page, read("r2.html"));
}

TEST_F(ShowReportCli, ReportNeedsAnOutputFile) {
  CliRun run = glaneur("report " + write("seed.jsonl", kSeedLike), "2>&1");
  EXPECT_EQ(run.status, 2);
  EXPECT_TRUE(has(run.out, "--output is required")) << run.out;
}

}  // namespace
