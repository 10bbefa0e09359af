// The French word list (wfrench, /usr/share/dict/french) as the name finder asks it: the
// imperatives and participles that open sentences, as written.
#include "extract/word_list_fr.h"

#include <gtest/gtest.h>

namespace glaneur::extract {
namespace {

TEST(FrenchWordList, KnowsImperativesAndParticiples) {
  const FrenchWordList& words = french_word_list();
  if (!words.loaded()) GTEST_SKIP() << "French word list not installed (package wfrench)";
  EXPECT_TRUE(words.contains("Rappelons"));
  EXPECT_TRUE(words.contains("Née")) << "the first letter lowered";
  EXPECT_TRUE(words.contains("Élevé"));
  EXPECT_TRUE(words.contains("inscrivez"));
}

TEST(FrenchWordList, KeepsOnlyTheFormsThatOpenSentences) {
  EXPECT_TRUE(shaped_like_an_opening_verb("Rappelons"));
  EXPECT_TRUE(shaped_like_an_opening_verb("Née"));
  EXPECT_FALSE(shaped_like_an_opening_verb("Mecha")) << "a simple past, and a first name";
  const FrenchWordList& words = french_word_list();
  if (!words.loaded()) GTEST_SKIP() << "French word list not installed (package wfrench)";
  EXPECT_FALSE(words.contains("maison"));
  EXPECT_FALSE(words.contains("Nee")) << "kept as written, with its accents";
}

TEST(FrenchWordList, DoesNotKnowNamesOfBodiesOrPeople) {
  const FrenchWordList& words = french_word_list();
  if (!words.loaded()) GTEST_SKIP() << "French word list not installed (package wfrench)";
  EXPECT_FALSE(words.contains("Kiabi"));
  EXPECT_FALSE(words.contains("Nikonoff"));
}

}  // namespace
}  // namespace glaneur::extract
