// The article that started the project must come out perfectly: every scored mention of its
// hand-made gold (../shared/seed/), with its exact span and value, and nothing else outside the
// spans the gold ignores. Skipped when ../shared is absent.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <tuple>

#include "analyzer.h"
#include "io/article_reader.h"
#include "io/json_writer.h"
#include "rules/rule_set.h"
#include "text/utf8.h"

namespace glaneur {
namespace {

using Json = nlohmann::json;
const std::filesystem::path kSeed = std::filesystem::path(GLANEUR_SOURCE_DIR) / ".." / "shared" / "seed";

using Key = std::tuple<std::string, size_t, size_t, std::string>;  // type, start, end, value (code points)

TEST(SeedArticle, ComesOutPerfectly) {
  if (!std::filesystem::exists(kSeed / "occitanie-vivatech-2024.gold.json")) GTEST_SKIP() << kSeed << " not found: ../shared is absent";
  std::ifstream article_file(kSeed / "occitanie-vivatech-2024.jsonl");
  std::string line;
  std::getline(article_file, line);
  io::InputItem item = io::parse_article_line(line, {"seed", 1, 0}, {});
  ASSERT_TRUE(item.article) << item.article.error().describe();
  const io::Article& article = item.article.value();

  rules::RuleSetLoad load = rules::load_rule_set({GLANEUR_SOURCE_DIR "/rules"});
  ASSERT_TRUE(load.errors.empty()) << load.errors.front().describe();
  Analyzer analyzer(load.rules);
  Document doc = analyzer.analyze(article);

  Json gold = Json::parse(std::ifstream(kSeed / "occitanie-vivatech-2024.gold.json"));
  std::set<std::string> scored;
  for (const auto& t : gold["scored_types"]) scored.insert(t.get<std::string>());
  std::set<Key> expected;
  std::vector<std::pair<size_t, size_t>> ignored;
  for (const auto& m : gold["mentions"]) {
    std::string type = m["type"];
    if (scored.count(type)) expected.emplace(type, m["start"], m["end"], m["value"].dump());
    else ignored.emplace_back(m["start"], m["end"]);
  }
  text::CodePointIndex cps(article.text);
  std::set<Key> found;
  for (const graph::Mention& m : doc.graph.mentions) {
    if (!scored.count(m.type)) continue;
    found.emplace(m.type, cps.code_point_at(m.begin), cps.code_point_at(m.end), Json::parse(io::value_json(m.value)).dump());
  }
  for (const Key& k : expected) {
    EXPECT_TRUE(found.count(k)) << "missed " << std::get<0>(k) << " [" << std::get<1>(k) << "," << std::get<2>(k) << ") "
                                << std::get<3>(k);
  }
  for (const Key& k : found) {
    if (expected.count(k)) continue;
    bool in_ignored = false;
    for (auto [b, e] : ignored) in_ignored = in_ignored || (std::get<1>(k) < e && b < std::get<2>(k));
    EXPECT_TRUE(in_ignored) << "spurious " << std::get<0>(k) << " [" << std::get<1>(k) << "," << std::get<2>(k) << ") "
                            << std::get<3>(k);
  }
}

}  // namespace
}  // namespace glaneur
