// Tests of rules/triggers.h: a rule's before and match fields → the FIRST set of tokens its match can
// start at (whole folded tokens, token starts, "a number", mention types, or "any"); needs_a_mention;
// and starts_number. Tables are built in code so that each case shows every surface it relies on.
#include "rules/triggers.h"

#include <gtest/gtest.h>

#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "support/rule_fixtures.h"

namespace glaneur::rules {
namespace {

using testing_support::make_table;

// The tables the cases below can name, with their compiled forms.
struct Tables : testing_support::CompiledTables {
  Tables() {
    tables["jours"] = make_table("jours", {{"weekday", true}},
                                 {{"lundi", {"1"}}, {"mardi", {"2"}}, {"mercredi", {"3"}}, {"jeudi", {"4"}},
                                  {"vendredi", {"5"}}, {"samedi", {"6"}}, {"dimanche", {"7"}}});
    tables["saisons"] = make_table("saisons", {{"season"}}, {{"été", {"SU"}}, {"automne", {"FA"}}, {"hiver", {"WI"}}});
    // "oct." ends with a dot, which "Oct-2" has not.
    tables["mois"] = make_table("mois", {{"month", true}}, {{"janvier", {"1"}}, {"juin", {"6"}}, {"juillet", {"7"}}, {"oct.", {"10"}}});
    // "mi-" ends with a hyphen, "Début" folds to "debut".
    tables["bornes_date"] = make_table("bornes_date", {{"mod"}}, {{"mi-", {"MID"}}, {"fin", {"END"}}, {"Début", {"START"}}});
    // "usd$" is glued to a symbol; "$ c" has a space after its first token.
    tables["devises"] = make_table("devises", {{"code"}},
                                   {{"euros", {"EUR"}}, {"€", {"EUR"}}, {"usd$", {"USD"}}, {"$ c", {"CAD"}}});
    compile();
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

PatternNames names() { return tables().names(); }

// A field as the rule file parser gives it; an empty text is a field the rule does not have.
Field field(const std::string& text) {
  if (text.empty()) return Field{};
  return Field{text, SourcePos{"t.rules", 6, 11}};
}

using Words = std::set<std::string>;

// before and match fields → the triggers, field by field.
struct TriggerCase {
  std::string name;
  std::string before;  // "" when the rule has none
  std::string match;
  bool any;
  bool number;
  Words tokens;
  Words prefixes;
  Words mentions;
  friend void PrintTo(const TriggerCase& c, std::ostream* os) {
    if (!c.before.empty()) *os << "before «" << c.before << "» ";
    *os << "match «" << c.match << "»";
  }
};

class FirstTriggers : public testing::TestWithParam<TriggerCase> {};

TEST_P(FirstTriggers, AreTheFirstSetOfThePattern) {
  const TriggerCase& c = GetParam();
  Triggers t = first_triggers(field(c.before), field(c.match), names());
  EXPECT_EQ(t.any, c.any) << "any";
  EXPECT_EQ(t.number, c.number) << "number";
  EXPECT_EQ(t.tokens, c.tokens) << "tokens";
  EXPECT_EQ(t.prefixes, c.prefixes) << "prefixes";
  EXPECT_EQ(t.mentions, c.mentions) << "mentions";
}

const Words kWeekdays = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};

Words weekdays_and(Words more) {
  more.insert(kWeekdays.begin(), kWeekdays.end());
  return more;
}

INSTANTIATE_TEST_SUITE_P(
    Patterns, FirstTriggers,
    testing::Values(
        TriggerCase{"literal_first_word", "", "il y a {nombre:n} {mois:u}", false, false, {"il"}, {}, {}},
        TriggerCase{"literal_is_folded", "", "Été {nombre:n}", false, false, {"ete"}, {}, {}},
        TriggerCase{"optional_group_then_table", "", "((le|ce) )?{jours:w}", false, false, weekdays_and({"le", "ce"}),
                    {}, {}},
        TriggerCase{"table_surfaces", "", "{jours:w} {nombre:d}", false, false, kWeekdays, {}, {}},
        TriggerCase{"number_builtin", "", "{nombre:n} ?%", false, true, {}, {}, {}},
        TriggerCase{"optional_word_then_number", "", "(environ )?{nombre:n} euros", false, true, {"environ"}, {}, {}},
        TriggerCase{"year_builtin_is_a_number", "", "{annee:y}", false, true, {}, {}, {}},
        TriggerCase{"digit_class_is_a_number", "", R"(\d+ ans)", false, true, {}, {}, {}},
        TriggerCase{"mention", "", "{MONEY:x} par an", false, false, {}, {}, {"MONEY"}},
        TriggerCase{"mention_or_word", "", "({DATE:a}|depuis) {nombre:n}", false, false, {"depuis"}, {}, {"DATE"}},
        // "-" alone ends with a hyphen, so it is kept as a start; a start covers the token itself.
        TriggerCase{"class_of_signs", "", "[+-] ?{nombre:n} ?%", false, false, {"+"}, {"-"}, {}},
        TriggerCase{"class_with_a_range_is_any", "", "[a-z]+ euros", true, false, {}, {}, {}},
        TriggerCase{"dot_is_any", "", ". euros", true, false, {}, {}, {}},
        TriggerCase{"nullable_pattern_is_any", "", "(x)?", true, false, {"x"}, {}, {}},
        TriggerCase{"apostrophe_cuts_a_literal", "", "jusqu'au {jours:w}", false, false, {}, {"jusqu'"}, {}},
        TriggerCase{"apostrophe_cuts_a_folded_literal", "", "aujourd’hui", false, false, {}, {"aujourd'"}, {}},
        TriggerCase{"hyphen_end_of_a_table_surface", "", "{bornes_date:mod} ?{mois:m}", false, false, {"fin", "debut"},
                    {"mi-"}, {}},
        TriggerCase{"hyphen_end_of_a_literal_before_a_table", "", "mi-{mois:m}", false, false, {}, {"mi-"}, {}},
        TriggerCase{"number_then_currency", "", "{nombre:n} ?{devises:cur}", false, true, {}, {}, {}},
        // A literal glued to a reference: the "{" opens the reference, not a repetition count as in \d{1,3}.
        TriggerCase{"apostrophe_cut_literal_before_a_table", "", "l'{saisons:s}", false, false, {}, {"l'"}, {}},
        // "usd$": the token "usd$" may go on ("usd$50"), or "usd" be a token of its own; not every word
        // that starts with "usd" (or "c", for "c$").
        TriggerCase{"surface_glued_to_a_symbol_is_a_prefix_with_it", "", "{devises:cur}", false, false,
                    {"euros", "€", "$", "usd"}, {"usd$"}, {}},
        // "oct.": the tokenizer may keep other characters after "oct" ("Oct-2"): its start.
        TriggerCase{"surface_glued_to_a_dot_is_a_prefix_without_it", "", "{mois:m}", false, false, {"janvier", "juin", "juillet"},
                    {"oct"}, {}},
        TriggerCase{"before_field_comes_first", "(en|depuis)", "{annee:y}", false, false, {"en", "depuis"}, {}, {}},
        TriggerCase{"optional_before_lets_the_match_start", "(en )?", "{annee:y}", false, true, {"en"}, {}, {}}),
    [](const testing::TestParamInfo<TriggerCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// needs_a_mention: whether every match of before + match + after holds a {TYPE:x} marker.

struct NeedsMentionCase {
  std::string name;
  std::string before, match, after;  // "" when the rule has no such field
  bool needs;
  friend void PrintTo(const NeedsMentionCase& c, std::ostream* os) {
    *os << "«" << c.before << "» «" << c.match << "» «" << c.after << "»";
  }
};

class NeedsAMention : public testing::TestWithParam<NeedsMentionCase> {};

TEST_P(NeedsAMention, Decides) {
  const NeedsMentionCase& c = GetParam();
  EXPECT_EQ(needs_a_mention(field(c.before), field(c.match), field(c.after), names()), c.needs);
}

INSTANTIATE_TEST_SUITE_P(
    Patterns, NeedsAMention,
    testing::Values(NeedsMentionCase{"interval_of_two_mentions", "", "de {MONEY:a} à {MONEY:b}", "", true},
                    NeedsMentionCase{"mention_in_a_group", "", "(environ|près de) ({PERCENT:p})", "", true},
                    NeedsMentionCase{"mention_in_every_branch", "", "({DATE:a}|depuis {DATE:a})", "", true},
                    NeedsMentionCase{"mention_in_the_before_field", "{DATE:d},", "{nombre:n} euros", "", true},
                    NeedsMentionCase{"mention_in_the_after_field", "", "{nombre:n}", " ?{MONEY:m}", true},
                    NeedsMentionCase{"text_only", "", "{nombre:n} ?%", "", false},
                    NeedsMentionCase{"optional_mention", "", "(environ {PERCENT:p})?", "", false},
                    NeedsMentionCase{"mention_or_number", "", "({MONEY:m}|{nombre:n}) euros", "", false},
                    NeedsMentionCase{"repeated_from_zero", "", "{nombre:n}( {MONEY:m}){0,2}", "", false},
                    NeedsMentionCase{"repeated_at_least_once", "", "({MONEY:m} ){1,2}", "", true}),
    [](const testing::TestParamInfo<NeedsMentionCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// starts_number: a folded token that can begin a number.

struct StartsNumberCase {
  std::string name;
  std::string token;
  bool starts;
  std::string next = "";  // the token after it
  friend void PrintTo(const StartsNumberCase& c, std::ostream* os) { *os << "«" << c.token << "»"; }
};

class StartsNumber : public testing::TestWithParam<StartsNumberCase> {};

TEST_P(StartsNumber, Decides) {
  const StartsNumberCase& c = GetParam();
  EXPECT_EQ(starts_number(c.token, c.next), c.starts) << "«" << c.token << " " << c.next << "»";
}

INSTANTIATE_TEST_SUITE_P(
    Tokens, StartsNumber,
    testing::Values(StartsNumberCase{"digits", "40", true},
                    StartsNumberCase{"decimal_comma", "3,7", true},
                    StartsNumberCase{"number_word", "deux", true},
                    StartsNumberCase{"hyphenated_number_word", "vingt-deux", true},
                    StartsNumberCase{"quatre_vingts", "quatre-vingts", true},
                    StartsNumberCase{"cent", "cent", true},
                    StartsNumberCase{"premier", "premier", true},
                    // The number built-in reads them: a rule starting with a number must be tried there.
                    StartsNumberCase{"zero", "zero", true},
                    StartsNumberCase{"billions", "billions", true},
                    StartsNumberCase{"article_un", "un", false},
                    StartsNumberCase{"article_une_before_a_noun", "une", false, "usine"},
                    StartsNumberCase{"un_million", "un", true, "million"},
                    StartsNumberCase{"une_before_hyphenated_number", "une", true, "vingt-deux"},
                    StartsNumberCase{"un_un", "un", false, "un"},
                    StartsNumberCase{"hyphenated_un", "un-tiers", true},
                    StartsNumberCase{"plus_sign", "+", true},
                    StartsNumberCase{"article_le", "le", false},
                    StartsNumberCase{"month_mai", "mai", false},
                    StartsNumberCase{"word_euros", "euros", false},
                    StartsNumberCase{"empty", "", false}),
    [](const testing::TestParamInfo<StartsNumberCase>& info) { return info.param.name; });

}  // namespace
}  // namespace glaneur::rules
