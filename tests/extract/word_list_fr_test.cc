// The French word list (wfrench, /usr/share/dict/french) as the name finder asks it: folded
// words, every written form.
#include "extract/word_list_fr.h"

#include <gtest/gtest.h>

namespace glaneur::extract {
namespace {

TEST(FrenchWordList, KnowsConjugatedVerbsAndInflectedWords) {
  const FrenchWordList& words = french_word_list();
  if (!words.contains("maison")) GTEST_SKIP() << "French word list not installed (package wfrench)";
  EXPECT_TRUE(words.contains("contactez"));
  EXPECT_TRUE(words.contains("nee")) << "folded, as tokens are";
  EXPECT_TRUE(words.contains("inscrivez"));
}

TEST(FrenchWordList, DoesNotKnowNamesOfBodiesOrPeople) {
  const FrenchWordList& words = french_word_list();
  if (!words.contains("maison")) GTEST_SKIP() << "French word list not installed (package wfrench)";
  EXPECT_FALSE(words.contains("kiabi"));
  EXPECT_FALSE(words.contains("nikonoff"));
}

}  // namespace
}  // namespace glaneur::extract
