#include "text/text_set.h"

#include <gtest/gtest.h>

#include <string>

namespace glaneur {
namespace {

TEST(TextSet, CountsTheWordsItWasGiven) {
  TextSet titles = {"m.", "mme", "dr"};
  EXPECT_EQ(titles.count("mme"), 1u);
  EXPECT_EQ(titles.count(std::string_view("mmes").substr(0, 3)), 1u);  // a view into a longer text
  EXPECT_EQ(titles.count("mmes"), 0u);
  EXPECT_EQ(titles.size(), 3u);
}

TEST(TextSet, KeepsEachWordOnce) {
  TextSet heads;
  heads.insert("foyer");
  heads.insert(std::string("foyer"));
  EXPECT_EQ(heads.size(), 1u);
  EXPECT_FALSE(heads.empty());
}

TEST(TextSet, EmptyHoldsNothing) {
  TextSet none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.count(""), 0u);
  EXPECT_EQ(none.count("foyer"), 0u);
}

}  // namespace
}  // namespace glaneur
