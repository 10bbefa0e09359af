#include "text/word_set.h"

#include <gtest/gtest.h>

#include <string>

namespace glaneur::text {
namespace {

TEST(WordSet, HoldsWhatWasInserted) {
  WordSet nouns;
  nouns.insert("habitant");
  nouns.insert("salarie");
  EXPECT_TRUE(nouns.contains("habitant"));
  EXPECT_TRUE(nouns.contains(std::string_view("salaries").substr(0, 7)));
  EXPECT_FALSE(nouns.contains("habitants"));
  EXPECT_FALSE(nouns.contains(""));
}

// Words of one length with the same first and last letters share a shape: the set still tells
// them apart, as it does words longer than the shapes count (15 bytes).
TEST(WordSet, TellsApartWordsOfOneShape) {
  WordSet words;
  words.insert("mai");
  words.insert("anticonstitutionnel");
  words.insert("");
  EXPECT_TRUE(words.contains("mai"));
  EXPECT_FALSE(words.contains("moi"));
  EXPECT_FALSE(words.contains("ma"));
  EXPECT_TRUE(words.contains("anticonstitutionnel"));
  EXPECT_FALSE(words.contains("anticonstitutionnal"));
  EXPECT_FALSE(words.contains("anticonstitution"));
  EXPECT_TRUE(words.contains(""));
}

TEST(WordSet, KeepsEachWordOnce) {
  WordSet words;
  words.insert("euro");
  words.insert("euro");
  EXPECT_EQ(words.size(), 1u);
}

// The French dictionary's words are several things at once: "nouveau" is a noun and an adjective.
TEST(WordSet, KeepsTheTagsOfEveryInsert) {
  WordSet words;
  words.insert("nouveau", 1);
  words.insert("nouveau", 2);
  words.insert("ancien", 2);
  EXPECT_EQ(words.tags("nouveau"), 3);
  EXPECT_EQ(words.tags("ancien"), 2);
  EXPECT_EQ(words.tags("neuf"), 0);
  EXPECT_EQ(words.size(), 2u);
}

TEST(WordSet, IsEmptyBeforeAnyInsert) {
  WordSet words;
  EXPECT_FALSE(words.contains("euro"));
  EXPECT_EQ(words.size(), 0u);
}

// Growing rehashes every word: none is lost, none appears.
TEST(WordSet, FindsEveryWordAfterGrowing) {
  WordSet words;
  for (int i = 0; i < 5000; ++i) words.insert("mot" + std::to_string(i));
  EXPECT_EQ(words.size(), 5000u);
  for (int i = 0; i < 5000; ++i) EXPECT_TRUE(words.contains("mot" + std::to_string(i))) << i;
  for (int i = 5000; i < 6000; ++i) EXPECT_FALSE(words.contains("mot" + std::to_string(i))) << i;
}

}  // namespace
}  // namespace glaneur::text
