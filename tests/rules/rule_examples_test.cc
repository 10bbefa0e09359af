// One GoogleTest case per `example` and `not` line of rules/*.rules, named after its rule:
// RuleExamples/Example.Passes/money_amount_1. The same check as `glaneur rules test`.
#include <gtest/gtest.h>

#include "rules/examples.h"
#include "rules/rule_set.h"

#include "support/rule_fixtures.h"

namespace glaneur::rules {
namespace {

using testing_support::bundled_rules;

struct ExampleRef {
  const CompiledRule* rule;
  const ExampleSpec* example;
  size_t number;  // 1-based, within its rule
};

std::vector<ExampleRef> all_examples() {
  std::vector<ExampleRef> out;
  for (const CompiledRule& rule : bundled_rules().rules)
    for (size_t i = 0; i < rule.examples.size(); ++i) out.push_back({&rule, &rule.examples[i], i + 1});
  return out;
}

class Example : public testing::TestWithParam<ExampleRef> {};

TEST_P(Example, Passes) {
  ExampleResult r = run_example(bundled_rules(), *GetParam().rule, *GetParam().example);
  EXPECT_TRUE(r.passed) << describe_failure(r);
}

std::string example_name(const testing::TestParamInfo<ExampleRef>& info) {
  std::string name = info.param.rule->id + "_" + std::to_string(info.param.number);
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(RuleExamples, Example, testing::ValuesIn(all_examples()), example_name);

TEST(RuleExamples, TheBundledRulesHaveExamples) { EXPECT_GE(all_examples().size(), 20u); }

}  // namespace
}  // namespace glaneur::rules
