// Gold in both of the contract's shapes, as the repository and ../shared hold them.
#include "eval/gold_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/scratch_dir.h"

namespace glaneur::eval {
namespace {

namespace fs = std::filesystem;

class EvalGoldReader : public ::testing::Test {
 protected:
  testing_support::ScratchDir scratch{"glaneur-gold"};
  const std::filesystem::path& dir = scratch.path();
  std::string write(const std::string& name, const std::string& content) { return scratch.write(name, content); }
};

const char* kGold = R"({"id": "k1", "date": "2024-05-22", "scored_types": ["MONEY"], "mentions": [
  {"type": "MONEY", "start": 8, "end": 27, "text": "42 millions d’euros", "value": {"amount": 42000000, "currency": "EUR"}}],
  "relations": [{"type": "AMOUNT", "subject": "Kolibri", "object": {"amount": 42000000, "currency": "EUR"}}]})";
const char* kArticle = R"({"id": "k1", "date": "2024-05-22", "title": "Kolibri", "text": "Kolibri 42 millions d’euros"})";

TEST_F(EvalGoldReader, AGoldJsonFindsItsArticleInArticlesBesideItsFolder) {
  write("articles/k1.jsonl", std::string(kArticle) + "\n");
  GoldRead read = read_gold(write("gold/k1.gold.json", kGold));  // corpus/gold → corpus/articles
  ASSERT_TRUE(read.errors.empty()) << read.errors.front().describe();
  ASSERT_EQ(read.articles.size(), 1u);
  const GoldArticle& a = read.articles[0];
  EXPECT_EQ(a.id(), "k1");
  EXPECT_EQ(a.text(), "Kolibri 42 millions d’euros");
  EXPECT_EQ(a.article["title"], "Kolibri");  // the article line as it is: glaneur reads it all
  EXPECT_EQ(a.mentions.size(), 1u);
  EXPECT_EQ(a.scored_types, std::vector<std::string>{"MONEY"});
  ASSERT_TRUE(a.relations);
  EXPECT_EQ(a.relations->size(), 1u);
}

TEST_F(EvalGoldReader, AGoldJsonFindsItsArticleBesideIt) {
  write("seed/k1.jsonl", std::string(kArticle) + "\n");  // ../shared/seed: x.gold.json beside x.jsonl
  GoldRead read = read_gold(write("seed/k1.gold.json", kGold));
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_EQ(read.articles[0].text(), "Kolibri 42 millions d’euros");
}

TEST_F(EvalGoldReader, AGoldJsonWithoutItsArticleHasNoText) {
  GoldRead read = read_gold(write("alone/k1.gold.json", kGold));
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_EQ(read.articles[0].article, Json::parse(R"({"id": "k1", "date": "2024-05-22"})"));
}

TEST_F(EvalGoldReader, JsonlCarriesTextAndGoldOnEachLine) {
  GoldRead read = read_gold(write("gold-fr/dev.jsonl",
      R"({"id": "t1", "date": "1999-05-20", "source": "ftib", "text": "ce soir", "gold": [{"type": "TIME", "start": 0, "end": 7, "text": "ce soir", "value": {"timex": "1999-05-20TEV"}}]})"
      "\n\n"
      R"({"id": "t2", "date": "1999-05-21", "text": "Paris", "mentions": [{"type": "LOC", "start": 0, "end": 5}]})" "\n"));
  ASSERT_TRUE(read.errors.empty()) << read.errors.front().describe();
  ASSERT_EQ(read.articles.size(), 2u);
  EXPECT_EQ(read.articles[0].article, Json::parse(R"({"id": "t1", "date": "1999-05-20", "text": "ce soir"})"));
  EXPECT_EQ(read.articles[0].mentions[0]["type"], "TIME");
  EXPECT_EQ(read.articles[1].mentions[0]["type"], "LOC");  // "mentions" when there is no "gold"
  EXPECT_FALSE(read.articles[0].relations);                // JSONL gold has no relations: none scored
  EXPECT_FALSE(read.articles[0].scored_types);
}

TEST_F(EvalGoldReader, BadGoldIsAnErrorWithItsPlace) {
  const std::string jsonl = write("bad.jsonl", "{\"id\": \"a\", \"text\": \"x\", \"gold\": []}\n{\"id\": \"b\",\n"
                                               "{\"id\": \"c\", \"gold\": [{\"type\": \"DATE\", \"end\": 3}]}\n");
  GoldRead read = read_gold(jsonl);
  EXPECT_EQ(read.articles.size(), 1u);
  ASSERT_EQ(read.errors.size(), 2u);
  EXPECT_EQ(read.errors[0].code, "E002");
  EXPECT_EQ(read.errors[0].where.line, 2);
  EXPECT_EQ(read.errors[1].code, "E003");
  EXPECT_NE(read.errors[1].describe().find("bad.jsonl:3: E003 gold mention 1 needs"), std::string::npos)
      << read.errors[1].describe();
  EXPECT_EQ(read_gold((dir / "missing.gold.json").string()).errors.at(0).code, "E001");
  EXPECT_EQ(read_gold(write("x.gold.json", "{\"date\": \"2024-01-01\"}")).errors.at(0).code, "E003");
}

TEST_F(EvalGoldReader, DefaultGoldIsTheCorpusThenTheSeed) {
  write("main/corpus/gold/b.gold.json", "{}");
  write("main/corpus/gold/a.gold.json", "{}");
  write("main/corpus/gold/README.md", "");
  EXPECT_EQ(default_gold_files(dir / "main"),
            (std::vector<std::string>{(dir / "main/corpus/gold/a.gold.json").string(), (dir / "main/corpus/gold/b.gold.json").string()}));
  write("shared/seed/occitanie-vivatech-2024.gold.json", "{}");
  EXPECT_EQ(default_gold_files(dir / "main").back(),
            (dir / "main" / ".." / "shared" / "seed" / "occitanie-vivatech-2024.gold.json").string());
}

}  // namespace
}  // namespace glaneur::eval
