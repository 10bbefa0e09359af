// Tests of rules/value_expr.h: a rule's value line and what its captures matched → the mention's
// value (compile_value + evaluate_value), and the mistakes compile_value reports.
#include "rules/value_expr.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "rules/value_text.h"

#include "support/rule_fixtures.h"

namespace glaneur::rules {
namespace {

using testing_support::value_text;

using testing_support::make_table;

struct Tables : testing_support::CompiledTables {
  Tables() {
    tables["devises"] = make_table("devises", {{"code"}, {"nom"}},
                                   {{"euros", {"EUR", "euro"}}, {"€", {"EUR", "euro"}}, {"dollars", {"USD", "dollar"}}});
    tables["multiplicateurs"] =
        make_table("multiplicateurs", {{"factor", true}}, {{"millions", {"1000000"}}, {"milliards", {"1000000000"}}});
    tables["periodes"] = make_table("periodes", {{"per"}}, {{"an", {"year"}}, {"mois", {"month"}}});
    tables["bornes"] = make_table("bornes", {{"mod"}}, {{"jusqu'à", {"AT_MOST"}}, {"plus de", {"MORE_THAN"}}});
    compile();
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

Field field(const std::string& text) { return Field{text, SourcePos{"t.rules", 7, 11}}; }

// What one capture matched in a candidate. Captures a case does not list did not match.
struct Matched {
  enum Kind { kNumber, kRow, kMention } kind;
  std::string name;
  double number = 0;        // kNumber: the built-in's value
  std::string surface;      // kRow: the matched surface of the capture's table
  graph::Value mention;     // kMention: the captured mention's value
};
Matched number(std::string name, double v) { return {Matched::kNumber, std::move(name), v, {}, {}}; }
Matched row(std::string name, std::string surface) { return {Matched::kRow, std::move(name), 0, std::move(surface), {}}; }
Matched mention(std::string name, graph::Value v) { return {Matched::kMention, std::move(name), 0, {}, std::move(v)}; }

graph::Scalar text(const char* s) { return graph::Scalar(std::string(s)); }
graph::Scalar integer(int64_t i) { return graph::Scalar(i); }

// A rule (type, match, value) and what its captures matched → the value, as JSON, or nullopt when
// the candidate cannot be valued (and is dropped).
struct EvalCase {
  std::string name;
  std::string type;
  std::string match;
  std::string value;
  std::vector<Matched> matched;
  std::optional<std::string> expected;
  friend void PrintTo(const EvalCase& c, std::ostream* os) { *os << c.type << " match " << c.match << " value " << c.value; }
};

class EvaluateValue : public testing::TestWithParam<EvalCase> {};

TEST_P(EvaluateValue, GivesTheContractValue) {
  const EvalCase& c = GetParam();
  std::vector<Error> errors;
  CompiledPattern pattern =
      compile_pattern(Field{}, field(c.match), Field{}, {&tables().compiled, &builtin_vocabulary()}, errors);
  ValueProgram program = compile_value(field(c.value), c.type, pattern, tables().compiled, builtin_vocabulary(), errors);
  for (const Error& e : errors) ADD_FAILURE() << e.describe();

  std::vector<CapturedValue> captured(pattern.captures.size());
  for (const Matched& m : c.matched) {
    size_t k = 0;
    while (k < pattern.captures.size() && pattern.captures[k].name != m.name) ++k;
    ASSERT_LT(k, pattern.captures.size()) << "no capture '" << m.name << "' in " << c.match;
    CapturedValue& v = captured[k];
    v.matched = true;
    switch (m.kind) {
      case Matched::kNumber:
        v.builtin = number_value(m.number);
        break;
      case Matched::kRow: {
        const CompiledTable& table = tables().compiled.at(pattern.captures[k].sources[0]);
        v.folded = fold_text(m.surface);
        auto it = table.rows.find(v.folded);
        ASSERT_NE(it, table.rows.end()) << m.surface;
        v.table = table.table;
        v.row = &table.table->rows[it->second];
        break;
      }
      case Matched::kMention:
        v.mention = &m.mention;
        break;
    }
  }
  std::optional<graph::Value> got = evaluate_value(program, captured, EvalContext{"2024-05-22"});
  if (!c.expected) {
    EXPECT_FALSE(got) << "valued as " << value_text(*got);
    return;
  }
  ASSERT_TRUE(got) << "the candidate was dropped";
  EXPECT_EQ(value_text(*got), *c.expected);
}

const std::string kAmount = "{nombre:a}( {multiplicateurs:m})? {devises:cur}( par {periodes:per})?";

INSTANTIATE_TEST_SUITE_P(
    Values, EvaluateValue,
    testing::Values(
        EvalCase{"product_of_number_and_scale", "MONEY", kAmount, "amount = a * m; currency = cur",
                 {number("a", 3.7), row("m", "milliards"), row("cur", "euros")},
                 R"({"amount": 3700000000, "currency": "EUR"})"},
        EvalCase{"missing_factor_counts_as_1", "MONEY", kAmount, "amount = a * m; currency = cur",
                 {number("a", 300000), row("cur", "€")}, R"({"amount": 300000, "currency": "EUR"})"},
        EvalCase{"decimal_amount_stays_decimal", "MONEY", kAmount, "amount = a * m; currency = cur",
                 {number("a", 457.35), row("cur", "euros")}, R"({"amount": 457.35, "currency": "EUR"})"},
        EvalCase{"product_rounded_to_12_digits", "MONEY", kAmount, "amount = a * 3; currency = cur",
                 {number("a", 0.1), row("cur", "euros")}, R"({"amount": 0.3, "currency": "EUR"})"},
        EvalCase{"number_literal_in_product", "MONEY", kAmount, "amount = a * 1000; currency = cur",
                 {number("a", 2.5), row("cur", "euros")}, R"({"amount": 2500, "currency": "EUR"})"},
        EvalCase{"key_left_out_when_its_capture_did_not_match", "MONEY", kAmount,
                 "amount = a * m; currency = cur; per = per", {number("a", 1200), row("cur", "euros")},
                 R"({"amount": 1200, "currency": "EUR"})"},
        EvalCase{"optional_capture_that_matched", "MONEY", kAmount, "amount = a * m; currency = cur; per = per",
                 {number("a", 1200), row("cur", "euros"), row("per", "mois")},
                 R"({"amount": 1200, "currency": "EUR", "per": "month"})"},
        EvalCase{"product_left_out_when_no_factor_matched", "MONEY", kAmount, "amount = a * m; currency = cur",
                 {row("cur", "dollars")}, R"({"currency": "USD"})"},
        EvalCase{"string_literal", "MONEY", kAmount, R"(amount = a; currency = "CHF")", {number("a", 5)},
                 R"({"amount": 5, "currency": "CHF"})"},
        EvalCase{"bool_literal_true", "MONEY", kAmount, "amount = a; approx = true", {number("a", 5)},
                 R"({"amount": 5, "approx": true})"},
        EvalCase{"bool_literal_false", "MONEY", kAmount, "amount = a; approx = false", {number("a", 5)},
                 R"({"amount": 5, "approx": false})"},
        EvalCase{"enum_word_of_money", "MONEY", kAmount, "amount = a; mod = AT_MOST; per = year", {number("a", 5)},
                 R"({"amount": 5, "mod": "AT_MOST", "per": "year"})"},
        EvalCase{"enum_word_of_date", "DATE", "avant {annee:y}", R"(timex = "2024"; mod = ON_OR_BEFORE)",
                 {number("y", 2024)}, R"({"timex": "2024", "mod": "ON_OR_BEFORE"})"},
        EvalCase{"table_capture_gives_its_first_column", "MONEY", kAmount, "amount = a; currency = cur",
                 {number("a", 8), row("cur", "dollars")}, R"({"amount": 8, "currency": "USD"})"},
        EvalCase{"table_column_by_name", "MONEY", kAmount, "amount = a; currency = cur.code",
                 {number("a", 8), row("cur", "dollars")}, R"({"amount": 8, "currency": "USD"})"},
        EvalCase{"table_second_column_by_name", "MONEY", kAmount, "amount = a; currency = cur.nom",
                 {number("a", 8), row("cur", "dollars")}, R"({"amount": 8, "currency": "dollar"})"},
        EvalCase{"numeric_column_is_a_number", "MONEY", kAmount, "amount = m.factor; currency = cur",
                 {row("m", "millions"), row("cur", "euros")}, R"({"amount": 1000000, "currency": "EUR"})"},
        EvalCase{"spread_copies_every_key", "MONEY", "{MONEY:x}", "x; approx = true",
                 {mention("x", {{"amount", integer(50000000)}, {"currency", text("EUR")}})},
                 R"({"amount": 50000000, "currency": "EUR", "approx": true})"},
        EvalCase{"spread_then_a_key_replaces_it_in_place", "MONEY", "{MONEY:x}", R"(x; currency = "USD")",
                 {mention("x", {{"amount", integer(50)}, {"currency", text("EUR")}, {"per", text("year")}})},
                 R"({"amount": 50, "currency": "USD", "per": "year"})"},
        EvalCase{"spread_and_a_table_enum", "MONEY", "{bornes:mod} {MONEY:x}", "x; mod = mod",
                 {row("mod", "jusqu’à"), mention("x", {{"min", integer(2)}, {"max", integer(5)}, {"currency", text("EUR")}})},
                 R"({"min": 2, "max": 5, "currency": "EUR", "mod": "AT_MOST"})"},
        EvalCase{"keys_of_captured_mentions", "MONEY", "{MONEY:a} (à|et) {MONEY:b}",
                 "min = a.amount; max = b.amount; currency = b.currency; per = b.per",
                 {mention("a", {{"amount", integer(500000)}, {"currency", text("EUR")}}),
                  mention("b", {{"amount", integer(2000000)}, {"currency", text("EUR")}})},
                 R"({"min": 500000, "max": 2000000, "currency": "EUR"})"},
        EvalCase{"spread_of_a_mention_that_did_not_match_drops_the_candidate", "MONEY", "{MONEY:x}( environ)?",
                 "x; approx = true", {}, std::nullopt},
        EvalCase{"product_with_a_word_drops_the_candidate", "MONEY", kAmount, "amount = a * cur",
                 {number("a", 3), row("cur", "euros")}, std::nullopt},
        EvalCase{"sum_of_units_and_cents", "MONEY", "{nombre:a} {devises:cur} {centimes:c}", "amount = sum(a, c); currency = cur",
                 {number("a", 1), row("cur", "euros"), number("c", 0.8)}, R"({"amount": 1.8, "currency": "EUR"})"},
        EvalCase{"range_in_order", "PERCENT", "{nombre:a} a {nombre:b} %", "min = a; max = b",
                 {number("a", 2), number("b", 5)}, R"({"min": 2, "max": 5})"},
        EvalCase{"range_running_backwards_is_two_things_read_as_one", "PERCENT", "{nombre:a} a {nombre:b} %",
                 "min = a; max = b", {number("a", 2022), number("b", 3)}, std::nullopt},
        EvalCase{"period_running_backwards_is_no_period", "DATE", "de {entier:a} a {entier:b}",
                 R"(start = "2024-03-01"; end = "2024-02-01")", {}, std::nullopt},
        EvalCase{"period_ending_on_a_coarser_date_is_kept", "DATE", "de {entier:a} a {entier:b}",
                 R"(start = "2024-05"; end = "2024")", {}, R"({"start": "2024-05", "end": "2024"})"},
        EvalCase{"seasons_are_not_ordered_as_text", "DATE", "de {entier:a} a {entier:b}",
                 R"(start = "2024-SU"; end = "2024-FA")", {}, R"({"start": "2024-SU", "end": "2024-FA"})"}),
    [](const testing::TestParamInfo<EvalCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// Mistakes in a value line → code and column (the value field starts at column 11).

struct ValueErrorCase {
  std::string name;
  std::string type;
  std::string match;
  std::string value;
  std::string code;
  long column;
  std::string words;  // must appear in the message
  friend void PrintTo(const ValueErrorCase& c, std::ostream* os) { *os << c.type << " value " << c.value; }
};

class CompileValueErrors : public testing::TestWithParam<ValueErrorCase> {};

TEST_P(CompileValueErrors, PointAtTheMistake) {
  const ValueErrorCase& c = GetParam();
  std::vector<Error> errors;
  CompiledPattern pattern =
      compile_pattern(Field{}, field(c.match), Field{}, {&tables().compiled, &builtin_vocabulary()}, errors);
  ASSERT_TRUE(errors.empty()) << errors[0].describe();
  compile_value(field(c.value), c.type, pattern, tables().compiled, builtin_vocabulary(), errors);
  ASSERT_EQ(errors.size(), 1u) << c.value;
  EXPECT_EQ(errors[0].code, c.code) << errors[0].describe();
  EXPECT_EQ(errors[0].where.line, 7);
  EXPECT_EQ(errors[0].where.column, c.column) << errors[0].describe();
  EXPECT_NE(errors[0].message.find(c.words), std::string::npos) << errors[0].describe();
}

INSTANTIATE_TEST_SUITE_P(
    Values, CompileValueErrors,
    testing::Values(
        ValueErrorCase{"unknown_key", "MONEY", kAmount, "montant = a", "R005", 11, "montant"},
        ValueErrorCase{"key_of_another_type", "MONEY", kAmount, "amount = a; timex = a", "R005", 23, "timex"},
        ValueErrorCase{"enum_word_not_allowed", "MONEY", kAmount, "amount = a; mod = ENVIRON", "R021", 29, "AT_MOST"},
        ValueErrorCase{"period_word_not_allowed", "MONEY", kAmount, "amount = a; per = annee", "R021", 29, "year"},
        ValueErrorCase{"unknown_capture", "MONEY", kAmount, "amount = b", "R011", 20, "'b'"},
        ValueErrorCase{"unknown_table_column", "MONEY", kAmount, "currency = cur.iso", "R011", 22, "iso"},
        ValueErrorCase{"field_of_a_builtin", "MONEY", kAmount, "amount = a.valeur", "R011", 20, "a"},
        ValueErrorCase{"mention_without_a_key", "MONEY", "{MONEY:x} environ", "amount = x", "R011", 20, "x.<key>"},
        ValueErrorCase{"spread_of_a_number", "MONEY", kAmount, "a; approx = true", "R016", 11, "a"},
        ValueErrorCase{"missing_semicolon", "MONEY", kAmount, "amount = a currency = cur", "R016", 22, "';'"},
        ValueErrorCase{"unclosed_string", "MONEY", kAmount, "currency = \"EUR", "R016", 22, "string"},
        ValueErrorCase{"product_without_its_second_factor", "MONEY", kAmount, "amount = a *", "R016", 23, "*"},
        ValueErrorCase{"unknown_function", "MONEY", kAmount, "amount = somme(a)", "R012", 20, "somme"}),
    [](const testing::TestParamInfo<ValueErrorCase>& info) { return info.param.name; });

TEST(ContractKeys, FollowTheContract) {
  EXPECT_EQ(contract_keys("MONEY"), (std::vector<std::string>{"amount", "min", "max", "currency", "per", "approx", "mod"}));
  EXPECT_EQ(contract_keys("DATE"), (std::vector<std::string>{"timex", "start", "end", "mod"}));
  EXPECT_EQ(contract_keys("ORG"), std::vector<std::string>{"name"});
  EXPECT_TRUE(contract_keys("MONNAIE").empty());
}

TEST(NumberValue, IntegralValuesAreIntegers) {
  EXPECT_EQ(testing_support::scalar_text(number_value(3.7 * 1e9)), "3700000000");
  EXPECT_EQ(testing_support::scalar_text(number_value(1.2 * 1e9)), "1200000000");
  EXPECT_EQ(testing_support::scalar_text(number_value(50e6)), "50000000");
  EXPECT_EQ(testing_support::scalar_text(number_value(0.1 * 3)), "0.3");
  EXPECT_EQ(testing_support::scalar_text(number_value(457.35)), "457.35");
  EXPECT_EQ(testing_support::scalar_text(number_value(-2)), "-2");
}

}  // namespace
}  // namespace glaneur::rules
