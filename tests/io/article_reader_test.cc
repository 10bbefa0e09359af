#include "io/article_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace glaneur::io {
namespace {

// One JSONL line → the article it gives, or the error code and a piece of the message.
struct LineCase {
  std::string name;
  std::string line;
  std::string code;     // empty: the line is a valid article
  std::string message;  // a fragment the error message must contain
  friend void PrintTo(const LineCase& c, std::ostream* os) { *os << c.line; }
};

class ParseArticleLine : public testing::TestWithParam<LineCase> {};

TEST_P(ParseArticleLine, GivesTheArticleOrAClearError) {
  const LineCase& c = GetParam();
  InputItem item = parse_article_line(c.line, SourcePos{"in.jsonl", 7, 0}, ReaderOptions{});
  if (c.code.empty()) {
    ASSERT_TRUE(item.article) << item.article.error().describe();
    return;
  }
  ASSERT_FALSE(item.article) << c.line;
  const Error& e = item.article.error();
  EXPECT_EQ(e.code, c.code) << e.describe();
  EXPECT_NE(e.describe().find(c.message), std::string::npos) << e.describe();
  EXPECT_NE(e.describe().find("in.jsonl:7"), std::string::npos) << "names file and line: " << e.describe();
}

INSTANTIATE_TEST_SUITE_P(
    Lines, ParseArticleLine,
    testing::Values(
        LineCase{"valid", R"({"id":"a1","date":"2024-05-22","title":"T","text":"Le CNRS recrute."})", "", ""},
        LineCase{"numeric_id", R"({"id":42,"date":"2024-05-22","text":"Du texte."})", "", ""},
        LineCase{"invalid_utf8", "{\"id\":\"a\",\"date\":\"2024-05-22\",\"text\":\"caf\xE9\"}", "I002", "invalid UTF-8 at byte 41"},
        LineCase{"truncated_json", R"({"id":"a2","date":"2024-05-22","text":"coupé)", "I003", "malformed JSON at byte"},
        LineCase{"not_an_object", R"(["a","b"])", "I003", "expected a JSON object, got array"},
        LineCase{"number_too_large_for_a_double", R"({"id":"a3","date":"2024-05-22","text":"x","n":1e400})", "I003",
                 "number overflow"},
        LineCase{"raw_nul_after_the_object", std::string(R"({"id":"a4","date":"2024-05-22","text":"x"})") + '\0' + " reste",
                 "I003", "a raw NUL byte"},
        LineCase{"missing_id", R"({"date":"2024-05-22","text":"x"})", "I004", "missing \"id\""},
        LineCase{"missing_text", R"({"id":"a3","date":"2024-05-22"})", "I004", "missing \"text\" (id a3)"},
        LineCase{"text_not_a_string", R"({"id":"a4","date":"2024-05-22","text":12})", "I004", "\"text\" must be a string, got number"},
        LineCase{"empty_text", R"({"id":"a5","date":"2024-05-22","text":"  \n "})", "I005", "empty text"},
        LineCase{"missing_date", R"({"id":"a6","text":"x"})", "I004", "--date"},
        LineCase{"impossible_date", R"({"id":"a7","date":"2023-02-29","text":"x"})", "I004", "YYYY-MM-DD"}),
    [](const testing::TestParamInfo<LineCase>& info) { return info.param.name; });

TEST(ParseArticleLine, ErrorRecordsKeepTheArticleIdWhenThereIsOne) {
  InputItem item = parse_article_line(R"({"id":"a8","date":"2024-05-22","text":""})", {"f.jsonl", 3, 0}, {});
  EXPECT_EQ(item.id, "a8");
  InputItem anonymous = parse_article_line("{oops", {"f.jsonl", 4, 0}, {});
  EXPECT_EQ(anonymous.id, "f.jsonl:4");
}

TEST(ParseArticleLine, DefaultDateFillsAMissingOne) {
  ReaderOptions options;
  options.default_date = "2025-01-01";
  InputItem item = parse_article_line(R"({"id":"a9","text":"x"})", {"f.jsonl", 1, 0}, options);
  ASSERT_TRUE(item.article);
  EXPECT_EQ(item.article.value().date, "2025-01-01");
}

// simdjson reads most lines and nlohmann what simdjson leaves out (nesting past 1,024 levels): both
// give the same fields, a key given twice for its last value.
TEST(ParseArticleLine, FieldsAreTheSameWhicheverParserReadsTheLine) {
  const std::string deep = std::string(2000, '[') + std::string(2000, ']');
  ReaderOptions options;
  options.default_date = "2025-01-01";
  for (const std::string& extra : {std::string("0"), deep}) {
    auto read = [&](const std::string& fields) {
      InputItem item = parse_article_line("{" + fields + R"(,"extra":)" + extra + "}", {"f.jsonl", 1, 0}, options);
      EXPECT_TRUE(item.article) << fields << (item.article ? "" : ": " + item.article.error().describe());
      return item.article ? item.article.value() : Article{};
    };
    SCOPED_TRACE(extra.size() > 1 ? "nlohmann" : "simdjson");
    Article twice = read(R"("id":"a","id":"b","date":"2024-05-22","text":"x","text":"Caf\u00e9\n")");
    EXPECT_EQ(twice.id, "b");
    EXPECT_EQ(twice.text, "Café\n");
    EXPECT_EQ(read(R"("id":18446744073709551615,"date":"2024-05-22","text":"x")").id, "18446744073709551615");
    EXPECT_EQ(read(R"("id":-7,"date":"2024-05-22","text":"x")").id, "-7");
    EXPECT_EQ(read(R"("id":"n","date":null,"text":"x")").date, "2025-01-01");
    EXPECT_EQ(read(R"("id":"t","date":"2024-05-22","title":"Titre","text":"x")").title, "Titre");
  }
}

TEST(ParseArticleLine, TooLargeArticleIsAnErrorRecord) {
  ReaderOptions options;
  options.max_article_bytes = 100;
  std::string line = R"({"id":"big","date":"2024-05-22","text":")" + std::string(200, 'a') + R"("})";
  InputItem item = parse_article_line(line, {"f.jsonl", 1, 0}, options);
  ASSERT_FALSE(item.article);
  EXPECT_EQ(item.article.error().code, "I006");
}

TEST(IsIsoDate, AcceptsRealDaysOnly) {
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_FALSE(is_iso_date("2023-02-29"));
  EXPECT_FALSE(is_iso_date("2024-13-01"));
  EXPECT_FALSE(is_iso_date("24-05-22"));
  EXPECT_FALSE(is_iso_date("2024/05/22"));
}

// A scratch folder with files, removed at the end of the test.
class ArticleSourceTest : public testing::Test {
 protected:
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("glaneur-reader-" + std::to_string(::getpid()));
  void SetUp() override { std::filesystem::create_directories(dir); }
  void TearDown() override { std::filesystem::remove_all(dir); }
  std::string write(const std::string& name, const std::string& content) {
    std::filesystem::path p = dir / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  static std::vector<InputItem> read_all(ArticleSource& source) {
    std::vector<InputItem> items;
    while (auto item = source.next()) items.push_back(std::move(*item));
    return items;
  }
};

TEST_F(ArticleSourceTest, EveryArticleGivesOneItemInInputOrder) {
  std::string path = write("a.jsonl",
                           "{\"id\":\"one\",\"date\":\"2024-05-22\",\"text\":\"Un.\"}\n"
                           "\n"
                           "{broken\n"
                           "{\"id\":\"three\",\"date\":\"2024-05-22\",\"text\":\"Trois.\"}\r\n"
                           "{\"id\":\"four\",\"date\":\"2024-05-22\",\"text\":\"Sans fin de ligne.\"}");
  ArticleSource source({path}, {});
  std::vector<InputItem> items = read_all(source);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].id, "one");
  EXPECT_EQ(items[1].id, path + ":3");
  EXPECT_FALSE(items[1].article);
  EXPECT_EQ(items[2].id, "three");
  EXPECT_EQ(items[2].article.value().text, "Trois.");
  EXPECT_EQ(items[3].id, "four");
}

TEST_F(ArticleSourceTest, DirectoryIsReadRecursivelyInSortedOrder) {
  write("b.jsonl", "{\"id\":\"b\",\"date\":\"2024-05-22\",\"text\":\"B.\"}\n");
  write("sub/a.txt", "Texte brut, avec un saut final.\n");
  write("a.jsonl", "{\"id\":\"a\",\"date\":\"2024-05-22\",\"text\":\"A.\"}\n");
  write("notes.md", "not an input");
  write(".hidden/x.jsonl", "{\"id\":\"hidden\",\"date\":\"2024-05-22\",\"text\":\"H.\"}\n");
  ReaderOptions options;
  options.default_date = "2024-05-22";
  ArticleSource source({dir.string()}, options);
  std::vector<InputItem> items = read_all(source);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].id, "a");
  EXPECT_EQ(items[1].id, "b");
  EXPECT_EQ(items[2].id, (dir / "sub" / "a").string());
  EXPECT_EQ(items[2].article.value().text, "Texte brut, avec un saut final.\n") << "a .txt file is never altered";
}

TEST_F(ArticleSourceTest, TxtWithoutDateIsAnErrorRecord) {
  std::string path = write("note.txt", "Du texte.");
  ArticleSource source({path}, {});
  std::vector<InputItem> items = read_all(source);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_FALSE(items[0].article);
  EXPECT_NE(items[0].article.error().message.find("--date"), std::string::npos);
}

TEST_F(ArticleSourceTest, MissingAndUnreadableFilesAreReportedAndReadingGoesOn) {
  std::string good = write("good.jsonl", "{\"id\":\"g\",\"date\":\"2024-05-22\",\"text\":\"G.\"}\n");
  std::filesystem::create_symlink(dir / "nowhere.jsonl", dir / "dangling.jsonl");
  ArticleSource source({(dir / "missing.jsonl").string(), dir.string()}, {});
  std::vector<InputItem> items = read_all(source);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].article.error().code, "I001");
  EXPECT_NE(items[0].article.error().describe().find("missing.jsonl"), std::string::npos);
  EXPECT_EQ(items[1].article.error().code, "I001");  // dangling.jsonl, sorted before good.jsonl
  EXPECT_EQ(items[2].id, "g");
}

TEST_F(ArticleSourceTest, EndlessLineIsCutNotLoadedWhole) {
  ReaderOptions options;
  options.max_article_bytes = 1000;
  std::string path = write("long.jsonl", std::string(100000, 'x') + "\n" +
                                             "{\"id\":\"after\",\"date\":\"2024-05-22\",\"text\":\"Suite.\"}\n");
  ArticleSource source({path}, options);
  std::vector<InputItem> items = read_all(source);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].article.error().code, "I006");
  EXPECT_EQ(items[1].id, "after");
}

}  // namespace
}  // namespace glaneur::io

namespace glaneur::io {
namespace {

TEST(ParseArticleLine, ALineTooLongKeepsTheIdWrittenFirst) {
  ReaderOptions options;
  options.max_article_bytes = 60;
  std::string line = R"({"id":"long-1","date":"2024-05-22","text":")" + std::string(100, 'x') + R"("})";
  InputItem item = parse_article_line(line, SourcePos{"in.jsonl", 3, 0}, options);
  ASSERT_FALSE(item.article);
  EXPECT_EQ(item.article.error().code, "I006");
  EXPECT_EQ(item.id, "long-1");
  EXPECT_NE(item.article.error().describe().find("(id long-1)"), std::string::npos) << item.article.error().describe();
}

}  // namespace
}  // namespace glaneur::io
