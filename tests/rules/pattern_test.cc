// Tests of rules/pattern.h: rule patterns → the RE2 they compile to, table alternations, and
// fold_text. Tables are built in code so that each case shows every surface it relies on.
#include "rules/pattern.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "extract/number_fr.h"

#include "support/rule_fixtures.h"

namespace glaneur::rules {
namespace {

using testing_support::make_table;

// The tables the cases below can name, with their compiled forms.
struct Tables : testing_support::CompiledTables {
  Tables() {
    tables["devises"] = make_table("devises", {{"code"}}, {{"euros", {"EUR"}}, {"euro", {"EUR"}}, {"€", {"EUR"}}});
    tables["periodicites"] = make_table("periodicites", {{"per"}}, {{"annuel", {"year"}}, {"annuels", {"year"}}});
    tables["periodes"] = make_table("periodes", {{"per"}}, {{"an", {"year"}}, {"mois", {"month"}}});
    tables["multiplicateurs"] =
        make_table("multiplicateurs", {{"factor", true}}, {{"m", {"1000000"}}, {"millions", {"1000000"}}, {"M.", {"1000000"}}});
    tables["approximations"] = make_table("approximations", {}, {{"près  de", {}}, {"environ", {}}});
    compile();
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

PatternNames names() { return tables().names(); }

// A field as the rule file parser gives it: text written at line 6, column 11.
Field field(const std::string& text) { return Field{text, SourcePos{"t.rules", 6, 11}}; }

CompiledPattern compile_match(const std::string& match, std::vector<Error>& errors) {
  return compile_pattern(Field{}, field(match), Field{}, names(), errors);
}

// ---------------------------------------------------------------------------------------------
// A match field → the exact regex it compiles to.

struct RegexCase {
  std::string name;
  std::string match;
  std::string regex;  // what (?P<span>…) holds
  friend void PrintTo(const RegexCase& c, std::ostream* os) { *os << c.match; }
};

class CompilePattern : public testing::TestWithParam<RegexCase> {};

TEST_P(CompilePattern, GivesTheRegex) {
  const RegexCase& c = GetParam();
  std::vector<Error> errors;
  CompiledPattern p = compile_match(c.match, errors);
  for (const Error& e : errors) ADD_FAILURE() << e.describe();
  EXPECT_EQ(p.regex, "(?P<span>" + c.regex + ")");
  EXPECT_FALSE(p.has_before);
  EXPECT_FALSE(p.has_after);
  RE2 re(p.regex, RE2::Quiet);
  EXPECT_TRUE(re.ok()) << re.error();
}

INSTANTIATE_TEST_SUITE_P(
    Patterns, CompilePattern,
    testing::Values(
        RegexCase{"table_surface_before_those_it_begins", "{devises:cur}", R"((?P<c_cur>(?:€|euros\b|euro\b)))"},
        RegexCase{"table_name_alone_captures_as_itself", "{devises}", R"((?P<c_devises>(?:€|euros\b|euro\b)))"},
        RegexCase{"space_is_any_run_of_spaces", "par an", R"(par[ \t]+an)"},
        RegexCase{"several_spaces_are_one_run", "par   an", R"(par[ \t]+an)"},
        RegexCase{"space_question_mark_is_an_optional_run", "50 ?%", R"(50[ \t]*%)"},
        RegexCase{"group_does_not_capture", "(a|b)", R"((?:a\b|b\b))"},
        RegexCase{"non_capturing_group_kept", "(?:a|b)", R"((?:a\b|b\b))"},
        RegexCase{"literal_is_folded", "Région", "region"},
        RegexCase{"capitals_are_folded", "ÉTAT PIB", R"(etat[ \t]+pib)"},
        RegexCase{"repetition_count_kept", R"(\d{1,3})", R"(\d{1,3})"},
        RegexCase{"escaped_dot_kept", R"(M\.)", R"(m\.)"},
        RegexCase{"builtin", "{entier:n}", R"((?P<c_n>\b\d+\b))"},
        RegexCase{"mention_marker", "{MONEY:x}", R"((?P<c_x>\x01MONEY#\d+\x02))"},
        RegexCase{"hex_escape_is_not_a_word_before_a_bar", R"((a|\x01[^\x02]*\x02))", R"((?:a\b|\x01[^\x02]*\x02))"},
        RegexCase{"table_then_optional_group", "{devises:cur}( par {periodes:per})?",
                  R"((?P<c_cur>(?:€|euros\b|euro\b))(?:[ \t]+par[ \t]+(?P<c_per>(?:mois\b|an\b)))?)"},
        RegexCase{"repeated_capture_gets_one_group_per_occurrence", "( {periodicites:per}| par {periodes:per})",
                  R"((?:[ \t]+(?P<c_per>(?:annuels\b|annuel\b))|[ \t]+par[ \t]+(?P<c_per__1>(?:mois\b|an\b))))"}),
    [](const testing::TestParamInfo<RegexCase>& info) { return info.param.name; });

TEST(CompilePattern, NumberBuiltinIsTheFrenchNumberPattern) {
  std::vector<Error> errors;
  CompiledPattern p = compile_match("{nombre:a}", errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(p.regex, "(?P<span>(?P<c_a>" + std::string(extract::kFrenchNumberPattern) + "))");
}

TEST(CompilePattern, BeforeAndAfterAreContextAroundTheSpan) {
  std::vector<Error> errors;
  CompiledPattern p = compile_pattern(field("Près de"), field("{entier:n}"), field("euros"), names(), errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_TRUE(p.has_before);
  EXPECT_TRUE(p.has_after);
  EXPECT_EQ(p.regex, R"((?P<before>pres[ \t]+de)[ \t]*(?P<span>(?P<c_n>\b\d+\b))[ \t]*(?P<after>euros))");
}

TEST(CompilePattern, RepeatedCaptureIsOneCaptureWithTwoGroups) {
  std::vector<Error> errors;
  CompiledPattern p = compile_match("{devises:cur}( {periodicites:per}| par {periodes:per})?", errors);
  for (const Error& e : errors) ADD_FAILURE() << e.describe();
  ASSERT_EQ(p.captures.size(), 2u);
  EXPECT_EQ(p.captures[0].name, "cur");
  EXPECT_EQ(p.captures[0].sources, std::vector<std::string>{"devises"});
  const Capture& per = p.captures[1];
  EXPECT_EQ(per.name, "per");
  EXPECT_EQ(per.kind, CaptureKind::kTable);
  EXPECT_EQ(per.sources, (std::vector<std::string>{"periodicites", "periodes"}));
  EXPECT_TRUE(p.mention_types.empty());

  RE2 re(p.regex, RE2::Quiet);
  ASSERT_TRUE(re.ok()) << re.error();
  const auto& groups = re.NamedCapturingGroups();
  EXPECT_TRUE(groups.count("c_per"));
  EXPECT_TRUE(groups.count("c_per__1"));
  EXPECT_TRUE(groups.count("span"));
  EXPECT_EQ(groups.size(), 4u) << "span, c_cur, c_per, c_per__1: plain groups do not capture";

  // Which occurrence matched tells the engine which table to read.
  std::string first, second;
  EXPECT_TRUE(RE2::PartialMatch("euros par mois", re, nullptr, nullptr, &first, &second));
  EXPECT_EQ(first, "");
  EXPECT_EQ(second, "mois");
  EXPECT_TRUE(RE2::PartialMatch("euros annuels", re, nullptr, nullptr, &first, &second));
  EXPECT_EQ(first, "annuels");
}

TEST(CompilePattern, MentionReferencesAreListed) {
  std::vector<Error> errors;
  CompiledPattern p = compile_match("{MONEY:a} (à|et) {MONEY:b}", errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(p.mention_types, std::set<std::string>{"MONEY"});
  ASSERT_EQ(p.captures.size(), 2u);
  EXPECT_EQ(p.captures[0].kind, CaptureKind::kMention);
  EXPECT_EQ(p.captures[1].sources, std::vector<std::string>{"MONEY"});
}

TEST(GroupName, NumbersLaterOccurrences) {
  EXPECT_EQ(group_name("per", 0), "c_per");
  EXPECT_EQ(group_name("per", 1), "c_per__1");
  EXPECT_EQ(group_name("per", 2), "c_per__2");
}

TEST(MentionTypes, AreTheContractTypesThenTopic) {
  EXPECT_EQ(mention_types(), (std::vector<std::string>{"MONEY", "PERCENT", "DATE", "QUANTITY", "ORG", "PER", "LOC", "TOPIC"}));
}

// ---------------------------------------------------------------------------------------------
// A pattern against folded text: what it matches somewhere, or nothing.

struct MatchCase {
  std::string name;
  std::string match;
  std::string folded;  // text of the view
  std::string found;   // the span it finds; empty: no match at all
  friend void PrintTo(const MatchCase& c, std::ostream* os) { *os << c.match << " on «" << c.folded << "»"; }
};

class PatternMatches : public testing::TestWithParam<MatchCase> {};

TEST_P(PatternMatches, FindsTheSpan) {
  const MatchCase& c = GetParam();
  std::vector<Error> errors;
  CompiledPattern p = compile_match(c.match, errors);
  for (const Error& e : errors) ADD_FAILURE() << e.describe();
  RE2 re(p.regex, RE2::Quiet);
  ASSERT_TRUE(re.ok()) << re.error();
  std::string span;
  bool matched = RE2::PartialMatch(c.folded, re, &span);
  if (c.found.empty()) {
    EXPECT_FALSE(matched) << "found «" << span << "» in «" << c.folded << "» with " << p.regex;
  } else {
    EXPECT_TRUE(matched) << p.regex;
    EXPECT_EQ(span, c.found);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Patterns, PatternMatches,
    testing::Values(
        MatchCase{"curly_apostrophe_matches_straight", "d’euros", "50 millions d'euros", "d'euros"},
        MatchCase{"accented_literal_matches_plain", "Région", "la region vote", "region"},
        MatchCase{"space_matches_tab_and_spaces", "par an", "payes par \t an", "par \t an"},
        MatchCase{"optional_space_absent", "50 ?%", "hausse de 50%", "50%"},
        MatchCase{"optional_space_present", "50 ?%", "hausse de 50  %", "50  %"},
        MatchCase{"table_prefers_longest_surface", "{devises:cur}", "300 euros verses", "euros"},
        MatchCase{"table_surface_ends_on_a_word_edge", "{devises:cur}", "les euroseptiques", ""},
        MatchCase{"short_surface_not_inside_a_word", "{multiplicateurs:m}", "tous les mois", ""},
        MatchCase{"surface_with_dot", "{multiplicateurs:m}", "3 m. de plus", "m."},
        MatchCase{"table_surface_with_collapsed_spaces", "{approximations}", "pour pres   de 5 euros", "pres   de"}),
    [](const testing::TestParamInfo<MatchCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// Mistakes in a pattern → error code and column (the field starts at column 11).

struct PatternErrorCase {
  std::string name;
  std::string match;
  std::string code;
  long column;
  friend void PrintTo(const PatternErrorCase& c, std::ostream* os) { *os << c.match; }
};

class PatternErrors : public testing::TestWithParam<PatternErrorCase> {};

TEST_P(PatternErrors, PointAtTheReference) {
  const PatternErrorCase& c = GetParam();
  std::vector<Error> errors;
  compile_match(c.match, errors);
  ASSERT_EQ(errors.size(), 1u) << c.match;
  EXPECT_EQ(errors[0].code, c.code) << errors[0].describe();
  EXPECT_EQ(errors[0].where.file, "t.rules");
  EXPECT_EQ(errors[0].where.line, 6);
  EXPECT_EQ(errors[0].where.column, c.column) << errors[0].describe();
}

INSTANTIATE_TEST_SUITE_P(
    Patterns, PatternErrors,
    testing::Values(PatternErrorCase{"unknown_table", "{devise:cur}", "R003", 11},
                    PatternErrorCase{"unknown_table_later_in_the_field", "50 {devise:cur}", "R003", 14},
                    PatternErrorCase{"unknown_mention_type", "{MONNAIE:x}", "R003", 11},
                    PatternErrorCase{"capture_name_with_capitals", "{devises:Cur}", "R003", 11},
                    PatternErrorCase{"unclosed_brace", "50 {devises:cur", "R003", 14},
                    PatternErrorCase{"handwritten_named_group", "50 (?P<cur>euros)", "R004", 14},
                    PatternErrorCase{"same_name_for_a_mention_and_a_table", "{devises:x} {MONEY:x}", "R015", 23}),
    [](const testing::TestParamInfo<PatternErrorCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// compile_table.

TEST(CompileTable, SurfacesAreFoldedAndEachComesBeforeThoseItBegins) {
  Table t = make_table("t", {{"v"}}, {{"M.", {"1"}}, {"k€", {"2"}}, {"Région  Grand Est", {"3"}}, {"m", {"4"}}});
  std::vector<Error> errors;
  CompiledTable c = compile_table(t, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(c.table, &t);
  EXPECT_EQ(table_alternation(c), R"((?:region[ \t]+grand[ \t]+est\b|m\.|m\b|k€))");
  auto row_of = [&](std::string_view key) { auto it = c.rows.find(key); return it == c.rows.end() ? -1 : it->second; };
  EXPECT_EQ(row_of("region grand est"), 2) << "spaces collapsed in the lookup key";
  EXPECT_EQ(row_of("k€"), 1);
  EXPECT_EQ(row_of("m."), 0);
  EXPECT_EQ(row_of("m"), 3);
}

TEST(CompileTable, TheLongerOfTwoSurfacesThatStartAlikeIsMatched) {
  Table t = make_table("t", {{"v"}}, {{"conseillers", {"1"}}, {"conseillers municipaux", {"2"}}, {"conseil", {"3"}}});
  std::vector<Error> errors;
  RE2 alternation(table_alternation(compile_table(t, errors)));
  std::string matched;
  EXPECT_TRUE(RE2::PartialMatch("12 conseillers municipaux elus", "(" + alternation.pattern() + ")", &matched));
  EXPECT_EQ(matched, "conseillers municipaux");
  EXPECT_TRUE(RE2::PartialMatch("le conseil general", "(" + alternation.pattern() + ")", &matched));
  EXPECT_EQ(matched, "conseil");
}

TEST(CompileTable, SurfacesThatFoldAlikeWithTheSameValueAreOne) {
  Table t = make_table("t", {{"code"}}, {{"Euros", {"EUR"}}, {"euros", {"EUR"}}});
  std::vector<Error> errors;
  CompiledTable c = compile_table(t, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(table_alternation(c), R"((?:euros\b))");
  EXPECT_EQ(c.rows.size(), 1u);
}

TEST(CompileTable, SurfacesThatFoldAlikeWithAnotherValueAreAnError) {
  Table t = make_table("t", {{"code"}}, {{"Livre", {"GBP"}}, {"livre", {"LIVRE"}}});
  std::vector<Error> errors;
  compile_table(t, errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code, "T009");
  EXPECT_EQ(errors[0].where.line, 3) << "points at the second row";
  EXPECT_NE(errors[0].message.find("line 2"), std::string::npos) << errors[0].describe();
}

// ---------------------------------------------------------------------------------------------
// fold_text: the view's folding, applied to rule text.

struct FoldCase {
  std::string name;
  std::string text;
  std::string folded;
  friend void PrintTo(const FoldCase& c, std::ostream* os) { *os << "«" << c.text << "»"; }
};

class FoldText : public testing::TestWithParam<FoldCase> {};

TEST_P(FoldText, FoldsLikeTheView) { EXPECT_EQ(fold_text(GetParam().text), GetParam().folded); }

INSTANTIATE_TEST_SUITE_P(
    Texts, FoldText,
    testing::Values(FoldCase{"header_example", "Région  d’Îles", "region d'iles"},
                    FoldCase{"capital_accent_and_apostrophe", "A l’Économie", "a l'economie"},
                    FoldCase{"no_break_space", "40\u00A0000", "40 000"},
                    FoldCase{"narrow_no_break_space", "10\u202F%", "10 %"},
                    FoldCase{"mixed_space_run_is_one_space", "a \u00A0 b", "a b"},
                    FoldCase{"ligature", "Œuvre", "oeuvre"},
                    FoldCase{"en_dash", "2024–2028", "2024-2028"},
                    FoldCase{"soft_hyphen_disappears", "co\u00ADopération", "cooperation"},
                    FoldCase{"cedilla", "ÇA", "ca"},
                    FoldCase{"already_folded", "50 millions d'euros", "50 millions d'euros"},
                    FoldCase{"empty", "", ""}),
    [](const testing::TestParamInfo<FoldCase>& info) { return info.param.name; });

}  // namespace
}  // namespace glaneur::rules
