// Tests of TextMap (text/text_hash.h): a map keyed by text, looked up with views of a longer text.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "text/text_hash.h"

namespace glaneur {
namespace {

TEST(TextMap, FindsAKeyFromAViewOfALongerText) {
  TextMap<int> ids;
  ids.try_emplace("mme", 2);
  ids.try_emplace("m.", 1);
  std::string_view text = "mmes";
  ASSERT_NE(ids.find(text.substr(0, 3)), ids.end());
  EXPECT_EQ(ids.find(text.substr(0, 3))->second, 2);
  EXPECT_EQ(ids.find(text), ids.end());
  EXPECT_EQ(ids.count("m."), 1u);
}

TEST(TextMap, TryEmplaceKeepsTheFirstValue) {
  TextMap<std::string> person;
  auto [first, added] = person.try_emplace("caroline", "Caroline Marchal");
  EXPECT_TRUE(added);
  auto [again, added_again] = person.try_emplace("caroline", "Caroline Durand");
  EXPECT_FALSE(added_again);
  EXPECT_EQ(again->second, "Caroline Marchal");
  EXPECT_EQ(person.size(), 1u);
}

TEST(TextMap, IndexingAddsADefaultValue) {
  TextMap<size_t> longest;
  longest["banque"] = 3;
  longest["banque"] = std::max(longest["banque"], size_t{2});
  EXPECT_EQ(longest.find("banque")->second, 3u);
  EXPECT_EQ(longest["caisse"], 0u);
  EXPECT_EQ(longest.size(), 2u);
}

TEST(TextMap, KeepsEveryKeyAsItGrows) {
  TextMap<int> map;
  for (int i = 0; i < 1000; ++i) map.try_emplace(std::to_string(i), i);
  EXPECT_EQ(map.size(), 1000u);
  for (int i = 0; i < 1000; ++i) {
    auto it = map.find(std::to_string(i));
    ASSERT_NE(it, map.end()) << i;
    EXPECT_EQ(it->second, i);
  }
  EXPECT_EQ(map.count("1000"), 0u);
  int order = 0;
  for (const auto& [key, value] : map) EXPECT_EQ(value, order++) << "entries in insertion order";
}

TEST(TextMap, EmptyHoldsNothing) {
  TextMap<int> none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.find(""), none.end());
  EXPECT_EQ(none.count("x"), 0u);
}

}  // namespace
}  // namespace glaneur
