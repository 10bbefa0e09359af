// Tests of rules/tense.h: the tense of a sentence, and of the words around a date, from the bundled
// 'temps' table (rules/tables/temps.tsv), read on the original text.
#include "rules/tense.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "rules/rule_set.h"

#include "support/rule_fixtures.h"

namespace glaneur::rules {
namespace {

using testing_support::bundled_rules;

constexpr int kPast = -1, kOpen = 0, kFuture = +1;

// A sentence → its tense.
struct TenseCase {
  std::string name;
  std::string sentence;
  int tense;
  friend void PrintTo(const TenseCase& c, std::ostream* os) { *os << "«" << c.sentence << "»"; }
};

class TenseOf : public testing::TestWithParam<TenseCase> {};

TEST_P(TenseOf, ReadsTheAuxiliariesAndEndings) {
  const TenseCase& c = GetParam();
  EXPECT_EQ(bundled_rules().tense.tense_of(c.sentence), c.tense) << "«" << c.sentence << "»";
}

TEST_P(TenseOf, IsTheSameWhenBuiltFromTheTable) {
  const TenseCase& c = GetParam();
  const Table* temps = bundled_rules().table("temps");
  ASSERT_NE(temps, nullptr) << "no 'temps' table in rules/tables";
  EXPECT_EQ(TenseMarkers::from(temps).tense_of(c.sentence), c.tense) << "«" << c.sentence << "»";
}

TEST_P(TenseOf, WithoutATableEverySentenceIsOpen) {
  EXPECT_EQ(TenseMarkers::from(nullptr).tense_of(GetParam().sentence), kOpen);
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, TenseOf,
    testing::Values(
        TenseCase{"auxiliary_a_is_past", "La Région a annoncé mardi", kPast},
        TenseCase{"future_ending_is_future", "Le conseil se réunira mardi", kFuture},
        TenseCase{"preposition_a_is_not_the_auxiliary", "Une conférence à Paris mardi", kOpen},
        TenseCase{"past_and_future_together_are_open", "Ils ont voté et voteront", kOpen},
        TenseCase{"present_is_open", "Le chantier démarre mardi", kOpen},
        TenseCase{"two_word_auxiliary", "Les élus se sont prononcés lundi", kPast},
        TenseCase{"curly_apostrophe_in_s_est", "La ministre s’est exprimée jeudi", kPast},
        TenseCase{"accented_auxiliary", "Les travaux étaient prévus lundi", kPast},
        TenseCase{"capitalised_auxiliary", "Ont également voté les élus de la majorité", kPast},
        TenseCase{"near_future_with_va", "La ministre va présenter le plan lundi", kFuture},
        TenseCase{"future_plural_ending", "Les usagers pourront voter samedi", kFuture},
        TenseCase{"a_lieu_is_the_present", "Les vendanges ont lieu du 3 au 12 septembre", kOpen},
        TenseCase{"depuis_is_past", "Il est en poste depuis le 1er juillet", kPast},
        TenseCase{"a_name_ending_as_a_future_is_no_verb", "Naissances : Kassandra Michel le 24 juillet", kOpen}),
    [](const testing::TestParamInfo<TenseCase>& info) { return info.param.name; });

// A sentence and the date in it → the tense of the words near the date only.
struct AroundCase {
  std::string name;
  std::string sentence;
  std::string date;  // occurs once in `sentence`
  int tense;
  friend void PrintTo(const AroundCase& c, std::ostream* os) { *os << "«" << c.date << "» in «" << c.sentence << "»"; }
};

class TenseAround : public testing::TestWithParam<AroundCase> {};

TEST_P(TenseAround, ReadsOnlyTheWordsNearTheDate) {
  const AroundCase& c = GetParam();
  size_t at = c.sentence.find(c.date);
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(bundled_rules().tense.tense_around(c.sentence, at), c.tense);
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, TenseAround,
    testing::Values(
        AroundCase{"verb_just_before", "Le conseil municipal se réunira mardi pour le budget.", "mardi", kFuture},
        AroundCase{"verb_just_after", "Mardi, le conseil se réunira en séance publique.", "Mardi", kFuture},
        AroundCase{"auxiliary_just_before", "La Région a annoncé mardi un plan pour les lycées.", "mardi", kPast},
        // "a" is thirteen words before "mardi".
        AroundCase{"verb_far_before_says_nothing",
                   "Le maire a confirmé hier soir que la grande réunion publique du quartier est fixée à mardi.",
                   "mardi", kOpen},
        // "réuniront" is the fifteenth word after "Mardi".
        AroundCase{"verb_far_after_says_nothing",
                   "Mardi, la commission des transports du conseil régional et les élus des communes voisines se "
                   "réuniront.",
                   "Mardi", kOpen}),
    [](const testing::TestParamInfo<AroundCase>& info) { return info.param.name; });

TEST(TenseAround, TheWholeSentenceStillHasItsTense) {
  // The far verb counts for tense_of, which reads everything.
  EXPECT_EQ(bundled_rules().tense.tense_of(
                "Le maire a confirmé hier soir que la grande réunion publique du quartier est fixée à mardi."),
            kPast);
}

}  // namespace
}  // namespace glaneur::rules
