// Tests of rules/rule_file.h: a rule file's text → its rules, examples and comments, or every
// mistake in it with its code, line and column (RE2's table of bad inputs and exact errors).
#include "rules/rule_file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

namespace glaneur::rules {
namespace {

// The three lines most files start with, then a blank line: the first rule is on line 5.
const std::string kHeader = "format 1\ntype   MONEY\nanchor 2024-05-22\n\n";
// A rule that parses on its own (lines 5 and 6 after kHeader); cases add their mistake after it.
const std::string kRule = "rule money.don\n  match {nombre:a} euros\n";

struct ExpectedError {
  std::string code;
  long line;
  long column;
  friend bool operator==(const ExpectedError&, const ExpectedError&) = default;
  friend void PrintTo(const ExpectedError& e, std::ostream* os) { *os << e.code << "@" << e.line << ":" << e.column; }
};

// A rule file's text → the errors it gives, as (code, line, column), in line order.
struct BadFileCase {
  std::string name;
  std::string content;
  std::vector<ExpectedError> errors;
  friend void PrintTo(const BadFileCase& c, std::ostream* os) { *os << c.name << ":\n" << c.content; }
};

class ParseRuleFileErrors : public testing::TestWithParam<BadFileCase> {};

TEST_P(ParseRuleFileErrors, ReportsEachMistakeWhereItIs) {
  const BadFileCase& c = GetParam();
  RuleFileParse p = parse_rule_file("t.rules", c.content);
  std::vector<ExpectedError> got;
  for (const Error& e : p.errors) {
    got.push_back({e.code, e.where.line, e.where.column});
    EXPECT_EQ(e.where.file, "t.rules") << e.describe();
    EXPECT_FALSE(e.message.empty()) << e.describe();
  }
  // The order errors are reported in is not part of the contract; their set is.
  std::sort(got.begin(), got.end(), [](const ExpectedError& a, const ExpectedError& b) {
    return std::tie(a.line, a.column, a.code) < std::tie(b.line, b.column, b.code);
  });
  std::string described;
  for (const Error& e : p.errors) described += "\n  " + e.describe();
  EXPECT_EQ(got, c.errors) << "errors:" << described;
}

INSTANTIATE_TEST_SUITE_P(
    Files, ParseRuleFileErrors,
    testing::Values(
        BadFileCase{"garbage_line_at_column_1", kHeader + kRule + "le budget est voté\n", {{"R001", 7, 1}}},
        BadFileCase{"unknown_key_inside_a_rule", kHeader + kRule + "  valeur amount = a\n", {{"R001", 7, 3}}},
        BadFileCase{"field_outside_a_rule", kHeader + "  match {nombre:a} euros\n", {{"R001", 5, 3}}},
        BadFileCase{"missing_match", kHeader + "rule money.don\n  value amount = a\n", {{"R002", 5, 6}}},
        BadFileCase{"rule_without_id", kHeader + "rule\n", {{"R013", 5, 1}}},
        BadFileCase{"duplicated_field", kHeader + kRule + "  match {nombre:a} dollars\n", {{"R014", 7, 3}}},
        BadFileCase{"field_without_value", kHeader + kRule + "  value\n", {{"R013", 7, 3}}},
        BadFileCase{"example_without_brackets",
                    kHeader + kRule + "  example \"un don de 50 euros au club\" => {\"amount\": 50}\n", {{"R008", 7, 11}}},
        BadFileCase{"example_with_two_spans",
                    kHeader + kRule + "  example \"de [50 euros] puis [60 euros]\" => {\"amount\": 50}\n", {{"R008", 7, 11}}},
        BadFileCase{"example_not_quoted", kHeader + kRule + "  example un don de [50 euros] => {\"amount\": 50}\n",
                    {{"R008", 7, 11}}},
        BadFileCase{"example_without_value", kHeader + kRule + "  example \"un don de [50 euros] au club\"\n",
                    {{"R008", 7, 11}}},
        BadFileCase{"example_with_text_instead_of_arrow",
                    kHeader + kRule + "  example \"un don de [50 euros]\" {\"amount\": 50}\n", {{"R008", 7, 11}}},
        BadFileCase{"arrow_with_nothing_to_continue", kHeader + kRule + "  => {\"amount\": 50}\n", {{"R008", 7, 6}}},
        BadFileCase{"arrow_after_a_not_line",
                    kHeader + kRule + "  not \"il reste trois places\"\n  => {\"amount\": 3}\n", {{"R008", 8, 6}}},
        BadFileCase{"arrow_after_a_complete_example",
                    kHeader + kRule + "  example \"un don de [50 euros]\" => {\"amount\": 50}\n  => {\"amount\": 51}\n",
                    {{"R008", 8, 6}}},
        BadFileCase{"unknown_format", "format 2\ntype MONEY\nanchor 2024-05-22\n\n" + kRule, {{"R010", 1, 8}}},
        BadFileCase{"missing_type", "format 1\nanchor 2024-05-22\n\n" + kRule, {{"R010", 1, 1}}},
        BadFileCase{"every_mistake_is_reported",
                    kHeader +
                        "rule money.sans_match\n"              // 5: no match
                        "  doc Un don en euros.\n"             // 6
                        "rule money.double\n"                  // 7
                        "  match {nombre:a} euros\n"           // 8
                        "  match {nombre:a} euro\n"            // 9: twice
                        "  exemple \"un don de [5 euros]\"\n"  // 10: unknown key
                        "n'importe quoi\n",                    // 11: garbage
                    {{"R002", 5, 6}, {"R014", 9, 3}, {"R001", 10, 3}, {"R001", 11, 1}}},
        BadFileCase{"clean_file", kHeader + kRule + "  example \"un don de [50 euros] au club\" => {\"amount\": 50}\n", {}}),
    [](const testing::TestParamInfo<BadFileCase>& info) { return info.param.name; });

// A file that uses every field, continuation lines and comments.
const char kCleanFile[] =
    "# Montants de test.  Ligne 1.\n"
    "format 1\n"
    "type   MONEY\n"
    "anchor 2024-05-22   # date des exemples\n"
    "\n"
    "rule money.don\n"
    "  doc      Un don \"# numéro 1\" en euros.\n"                                                 // 7
    "  priority 3      # départage les égalités\n"                                                 // 8
    "  stage    1\n"                                                                               // 9
    "  before   (de|d')\n"                                                                         // 10
    "  match    {nombre:a} ?{devises:cur}\n"                                                       // 11
    "  after    (offerts|versés)\n"                                                                // 12
    "  value    amount = a; currency = cur\n"                                                      // 13
    "  example  \"un don de [50 euros] offerts au club\" => {\"amount\": 50, \"currency\": \"EUR\"}  # fin\n"  // 14
    "  example  \"à la Région : [1,2 M€] versés # hors taxes\"\n"                                  // 15
    "    => {\"amount\": 1200000, \"currency\": \"EUR\"}\n"                                        // 16
    "  not      \"le dossier # 4 est classé\"\n"                                                   // 17
    "\n"
    "rule money.autre\n"                                                                           // 19
    "  match    {nombre:a} dollars\n";                                                             // 20

TEST(ParseRuleFile, CleanFileGivesItsRulesFieldsAndExamples) {
  RuleFileParse p = parse_rule_file("m.rules", kCleanFile);
  for (const Error& e : p.errors) ADD_FAILURE() << e.describe();
  EXPECT_EQ(p.file.path, "m.rules");
  EXPECT_EQ(p.file.type, "MONEY");
  EXPECT_EQ(p.file.anchor, "2024-05-22") << "a trailing comment is not part of the value";
  ASSERT_EQ(p.file.rules.size(), 2u);

  const RuleSpec& r = p.file.rules[0];
  EXPECT_EQ(r.id, "money.don");
  EXPECT_EQ(r.where.file, "m.rules");
  EXPECT_EQ(r.where.line, 6);
  EXPECT_EQ(r.doc.text, "Un don \"# numéro 1\" en euros.") << "a '#' inside quotes is not a comment";
  EXPECT_EQ(r.priority.text, "3");
  EXPECT_EQ(r.stage.text, "1");
  EXPECT_EQ(r.before.text, "(de|d')");
  EXPECT_EQ(r.match.text, "{nombre:a} ?{devises:cur}");
  EXPECT_EQ(r.after.text, "(offerts|versés)");
  EXPECT_EQ(r.value.text, "amount = a; currency = cur");
  EXPECT_EQ(r.match.where.line, 11);
  EXPECT_EQ(r.match.where.column, 12) << "fields point at their first character";
  EXPECT_EQ(r.value.where.line, 13);
  EXPECT_EQ(r.value.where.column, 12);
  EXPECT_TRUE(r.match.present());
  EXPECT_FALSE(p.file.rules[1].before.present());
  EXPECT_FALSE(p.file.rules[1].value.present());

  ASSERT_EQ(r.examples.size(), 3u);
  const ExampleSpec& plain = r.examples[0];
  EXPECT_EQ(plain.text, "un don de 50 euros offerts au club");
  EXPECT_EQ(plain.span_begin, 10u);
  EXPECT_EQ(plain.span_end, 18u);
  EXPECT_EQ(plain.text.substr(plain.span_begin, plain.span_end - plain.span_begin), "50 euros");
  EXPECT_EQ(plain.value_json, R"({"amount": 50, "currency": "EUR"})");
  EXPECT_FALSE(plain.negative);
  EXPECT_EQ(plain.where.line, 14);
  EXPECT_EQ(plain.where.column, 12);

  const ExampleSpec& continued = r.examples[1];
  EXPECT_EQ(continued.text, "à la Région : 1,2 M€ versés # hors taxes") << "a '#' inside quotes is not a comment";
  EXPECT_EQ(continued.span_begin, 16u) << "bytes: à and é take two each";
  EXPECT_EQ(continued.span_end, 24u) << "bytes: € takes three";
  EXPECT_EQ(continued.text.substr(continued.span_begin, continued.span_end - continued.span_begin), "1,2 M€");
  EXPECT_EQ(continued.value_json, R"({"amount": 1200000, "currency": "EUR"})") << "'=>' on the next line continues it";

  const ExampleSpec& negative = r.examples[2];
  EXPECT_TRUE(negative.negative);
  EXPECT_EQ(negative.text, "le dossier # 4 est classé");
  EXPECT_EQ(negative.value_json, "");

  EXPECT_EQ(p.file.rules[1].id, "money.autre");
  EXPECT_EQ(p.file.rules[1].where.line, 19);
  EXPECT_EQ(p.file.rules[1].match.text, "{nombre:a} dollars");
  EXPECT_TRUE(p.file.rules[1].examples.empty());
}

TEST(ParseRuleFile, WindowsLineEndingsParseTheSame) {
  std::string crlf;
  for (char c : std::string(kCleanFile)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  RuleFileParse unix_file = parse_rule_file("m.rules", kCleanFile);
  RuleFileParse windows = parse_rule_file("m.rules", crlf);
  for (const Error& e : windows.errors) ADD_FAILURE() << e.describe();
  ASSERT_EQ(windows.file.rules.size(), unix_file.file.rules.size());
  for (size_t i = 0; i < windows.file.rules.size(); ++i) {
    EXPECT_EQ(windows.file.rules[i].match.text, unix_file.file.rules[i].match.text);
    EXPECT_EQ(windows.file.rules[i].value.text, unix_file.file.rules[i].value.text);
    ASSERT_EQ(windows.file.rules[i].examples.size(), unix_file.file.rules[i].examples.size());
    for (size_t k = 0; k < windows.file.rules[i].examples.size(); ++k)
      EXPECT_EQ(windows.file.rules[i].examples[k].value_json, unix_file.file.rules[i].examples[k].value_json);
  }
}

TEST(ParseRuleFile, ErrorsDescribeThemselvesCompilerStyle) {
  RuleFileParse p = parse_rule_file("rules/m.rules", kHeader + kRule + "  valeur amount = a\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].describe().rfind("rules/m.rules:7:3: R001 ", 0), 0u) << p.errors[0].describe();
  EXPECT_NE(p.errors[0].message.find("valeur"), std::string::npos) << "names the unknown key: " << p.errors[0].message;
}

}  // namespace
}  // namespace glaneur::rules
