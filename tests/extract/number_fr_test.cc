// Tests of extract/number_fr.h: French numbers in the folded view (lower case, no accents) →
// their value, and kFrenchNumberPattern, which must match each of them whole.
#include "extract/number_fr.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <optional>
#include <ostream>
#include <string>

namespace glaneur::extract {
namespace {

const RE2& number_pattern() {
  static const RE2 re{std::string(kFrenchNumberPattern)};
  return re;
}

// Folded text of one number → its value (nullopt: not a number on its own).
struct NumberCase {
  std::string name;
  std::string text;
  std::optional<double> value;
  friend void PrintTo(const NumberCase& c, std::ostream* os) { *os << "«" << c.text << "»"; }
};

class FrenchNumber : public testing::TestWithParam<NumberCase> {};

TEST_P(FrenchNumber, ParsesToItsValue) {
  const NumberCase& c = GetParam();
  std::optional<double> got = parse_french_number(c.text);
  if (!c.value) {
    EXPECT_FALSE(got) << "«" << c.text << "» read as " << *got;
    return;
  }
  ASSERT_TRUE(got) << "«" << c.text << "» not read as a number";
  EXPECT_DOUBLE_EQ(*got, *c.value) << "«" << c.text << "»";
}

// The sign of a change is context, outside the span and the value ("soit +7 %": corpus/README.md).
TEST(FrenchNumberSign, IsNoPartOfTheNumber) {
  EXPECT_FALSE(parse_french_number("-2"));
  EXPECT_FALSE(RE2::FullMatch("-2", number_pattern()));
}

TEST_P(FrenchNumber, PatternMatchesItWhole) {
  ASSERT_TRUE(number_pattern().ok()) << number_pattern().error();
  EXPECT_TRUE(RE2::FullMatch(GetParam().text, number_pattern())) << "«" << GetParam().text << "»";
}

INSTANTIATE_TEST_SUITE_P(
    Numbers, FrenchNumber,
    testing::Values(
        // Digits with French separators.
        NumberCase{"space_groups_thousands", "40 000", 40000},
        NumberCase{"two_space_groups", "1 250 000", 1250000},
        NumberCase{"dots_group_thousands", "1.250.000", 1250000},
        NumberCase{"decimal_comma", "3,7", 3.7},
        NumberCase{"decimal_comma_below_one", "0,5", 0.5},
        NumberCase{"power_of_ten", "10^6", 1e6},
        NumberCase{"power_of_a_decimal", "1,5^2", 2.25},
        NumberCase{"one_dot_then_three_digits_groups_thousands", "3.000", 3000},
        NumberCase{"one_dot_then_one_digit_is_decimal", "3.5", 3.5},
        NumberCase{"grouped_with_decimal_comma", "1 250,75", 1250.75},
        NumberCase{"dot_groups_with_decimal_comma", "3.000,50", 3000.5},
        NumberCase{"plain_digits", "2024", 2024},
        // Number words.
        NumberCase{"deux", "deux", 2},
        NumberCase{"vingt_et_un", "vingt et un", 21},
        NumberCase{"vingt_et_un_hyphenated", "vingt-et-un", 21},
        NumberCase{"soixante_dix", "soixante-dix", 70},
        NumberCase{"soixante_et_onze", "soixante et onze", 71},
        NumberCase{"soixante_dix_sept", "soixante-dix-sept", 77},
        NumberCase{"quatre_vingts", "quatre-vingts", 80},
        NumberCase{"quatre_vingt_dix_neuf", "quatre-vingt-dix-neuf", 99},
        NumberCase{"quatre_vingt_onze", "quatre-vingt-onze", 91},
        NumberCase{"trois_cents", "trois cents", 300},
        NumberCase{"deux_cent_mille", "deux cent mille", 200000},
        NumberCase{"mille_cent", "mille cent", 1100},
        NumberCase{"un_million_deux_cent_mille", "un million deux cent mille", 1200000},
        NumberCase{"trois_milliards", "trois milliards", 3e9},
        NumberCase{"deux_millions_cinq_cent_mille", "deux millions cinq cent mille", 2500000},
        NumberCase{"deux_cent_quatre_vingts", "deux cent quatre-vingts", 280},
        NumberCase{"cent_quatre_vingt_dix", "cent quatre-vingt-dix", 190},
        NumberCase{"year_in_words", "mille neuf cent quatre-vingt-neuf", 1989},
        NumberCase{"zero", "zero", 0},
        NumberCase{"zero_after_a_number_word", "un zero", std::nullopt},
        NumberCase{"zero_before_a_number_word", "zero deux", std::nullopt},
        // An article, not a number.
        NumberCase{"un_alone", "un", std::nullopt},
        NumberCase{"une_alone", "une", std::nullopt}),
    [](const testing::TestParamInfo<NumberCase>& info) { return info.param.name; });

// Running text in the folded view → the first number the pattern finds in it ("": none).
struct FindCase {
  std::string name;
  std::string text;
  std::string found;
  friend void PrintTo(const FindCase& c, std::ostream* os) { *os << "«" << c.text << "»"; }
};

class FrenchNumberPattern : public testing::TestWithParam<FindCase> {};

TEST_P(FrenchNumberPattern, FindsTheWholeNumber) {
  const FindCase& c = GetParam();
  RE2 wrapped("(" + std::string(kFrenchNumberPattern) + ")");
  std::string found;
  bool matched = RE2::PartialMatch(c.text, wrapped, &found);
  if (c.found.empty()) {
    EXPECT_FALSE(matched) << "found «" << found << "»";
  } else {
    EXPECT_TRUE(matched);
    EXPECT_EQ(found, c.found);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Texts, FrenchNumberPattern,
    testing::Values(FindCase{"grouped_digits_in_a_sentence", "l'usine emploie 1 250 salaries", "1 250"},
                    FindCase{"decimal_before_a_scale", "le budget de 3,7 milliards d'euros", "3,7"},
                    FindCase{"words_before_a_noun", "il y a vingt et un ans", "vingt et un"},
                    FindCase{"hyphenated_words", "les quatre-vingt-dix-neuf ans du club", "quatre-vingt-dix-neuf"},
                    FindCase{"digits_glued_to_a_scale", "le contrat de 50m€ est signe", "50"},
                    FindCase{"a_sign_is_left_out", "soit +7 % sur un an", "7"},
                    FindCase{"no_number_inside_a_word", "la dixieme edition", ""},
                    FindCase{"no_number_word_at_the_start_of_a_word", "la tribune des cinquantenaires", ""}),
    [](const testing::TestParamInfo<FindCase>& info) { return info.param.name; });

}  // namespace
}  // namespace glaneur::extract
