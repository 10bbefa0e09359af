// Rule examples as tests, with Duckling's strictness. Every `example` of a rule runs through the
// whole pipeline, with the rule file's anchor as the article date, and passes only when exactly
// one mention of the rule's type touches the [marked] span, covers exactly that span, has exactly
// the expected value, and was found by that rule (mentions elsewhere in the text do not count).
// Every `not` passes only when no mention of the type is found in its text at all.
//
//   for (const ExampleResult& r : run_examples(rules))
//     if (!r.passed) std::cerr << r.where.describe() << r.message << '\n';
//
// `glaneur rules test` and tests/rules/rule_examples_test.cc both call this.
#pragma once

#include <string>
#include <vector>

#include "rules/rule_set.h"

namespace glaneur::rules {

struct ExampleResult {
  const CompiledRule* rule;
  const ExampleSpec* example;
  bool passed;
  std::string message;  // why it failed, in the rule author's terms
};

std::vector<ExampleResult> run_examples(const RuleSet& rules);
ExampleResult run_example(const RuleSet& rules, const CompiledRule& rule, const ExampleSpec& example);

// "file:line:col: E101 rule.id: <message>": the line `glaneur rules test` prints for a failure.
std::string describe_failure(const ExampleResult& result);

}  // namespace glaneur::rules
