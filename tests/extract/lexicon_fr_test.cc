// The French dictionary as the rules see it (hunspell-fr, /usr/share/hunspell/fr.dic): words
// are given folded, as {nom} and {adjectif} receive them.
#include "extract/lexicon_fr.h"

#include <gtest/gtest.h>

namespace glaneur::extract {
namespace {

class FrenchLexiconTest : public testing::Test {
 protected:
  void SetUp() override {
    if (!lexicon.loaded()) GTEST_SKIP() << "French dictionary not installed (package hunspell-fr-comprehensive)";
  }
  const FrenchLexicon& lexicon = french_lexicon();
};

TEST_F(FrenchLexiconTest, NounsInTheSingularThePluralAndTheFeminine) {
  EXPECT_TRUE(lexicon.is_noun("habitant"));
  EXPECT_TRUE(lexicon.is_noun("habitants"));
  EXPECT_TRUE(lexicon.is_noun("journaux"));
  EXPECT_TRUE(lexicon.is_noun("levee"));
}

TEST_F(FrenchLexiconTest, GrammaticalWordsAndSingleLettersAreNoNouns) {
  EXPECT_FALSE(lexicon.is_noun("son"));
  EXPECT_FALSE(lexicon.is_noun("la"));
  EXPECT_FALSE(lexicon.is_noun("a"));
}

TEST_F(FrenchLexiconTest, UnitsTakeTheSiPrefixesTheDictionaryAllowsThem) {
  EXPECT_TRUE(lexicon.is_noun("megawatts"));
  EXPECT_TRUE(lexicon.is_noun("gigawatt"));
  EXPECT_TRUE(lexicon.is_noun("kilometres"));
  EXPECT_TRUE(lexicon.is_noun("terawattheures"));
  EXPECT_TRUE(lexicon.is_noun("kilohertz")) << "an invariable unit (flag Ui)";
  EXPECT_FALSE(lexicon.is_noun("kiloseras")) << "a prefix before no unit";
  EXPECT_FALSE(lexicon.is_noun("megachat")) << "'chat' is a noun but takes no SI prefix";
}

TEST_F(FrenchLexiconTest, AdjectivesInAnyGenderAndNumber) {
  EXPECT_TRUE(lexicon.is_adjective("primitif"));
  EXPECT_TRUE(lexicon.is_adjective("regionaux"));
  EXPECT_TRUE(lexicon.is_adjective("nouvelle"));
  EXPECT_FALSE(lexicon.is_adjective("budget"));
}

}  // namespace
}  // namespace glaneur::extract
