// A rule's regex compiled on first use, and what loading learns of it without compiling it: RE2's
// parse errors and the numbers of its groups.
#include "rules/lazy_regex.h"

#include <gtest/gtest.h>

#include <thread>

#include "support/rule_fixtures.h"

namespace glaneur::rules {
namespace {

TEST(NamedGroups, AreNumberedInTheOrderTheyOpen) {
  EXPECT_EQ(named_groups("(?P<before>le)[ \\t]*(?P<span>(?:a|b)(?P<c_x>\\d+))"),
            (std::map<std::string, int>{{"before", 1}, {"span", 2}, {"c_x", 3}}));
}

TEST(NamedGroups, CountUnnamedGroupsButNotEscapesClassesOrFlags) {
  EXPECT_EQ(named_groups("(a)\\((?i:b)[(](?P<x>c)[^]()](?P<y>d)"), (std::map<std::string, int>{{"x", 2}, {"y", 3}}));
}

// The numbers the engine reads groups by are RE2's own, for every bundled rule.
TEST(NamedGroups, AgreeWithRe2ForEveryBundledRule) {
  const RuleSet& rules = testing_support::bundled_rules();
  for (const CompiledRule& rule : rules.rules) {
    RE2 compiled(rule.pattern.regex, regex_options());
    ASSERT_TRUE(compiled.ok()) << rule.id;
    EXPECT_EQ(named_groups(rule.pattern.regex), compiled.NamedCapturingGroups()) << rule.id;
  }
}

TEST(ParseError, IsRe2sMessage) {
  EXPECT_EQ(parse_error("(a|b"), std::optional<std::string>("missing ): (a|b"));
  EXPECT_EQ(parse_error("a{2,1}"), std::optional<std::string>("invalid repetition size: {2,1}"));
  EXPECT_EQ(parse_error("(?P<x>a)b"), std::nullopt);
}

TEST(LazyRegex, CompilesOnceWhicheverThreadAsksFirst) {
  LazyRegex regex("(?P<span>\\d+) euros");
  std::vector<const RE2*> seen(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < seen.size(); ++i) threads.emplace_back([&, i] { seen[i] = &regex.get(); });
  for (std::thread& t : threads) t.join();
  for (const RE2* r : seen) EXPECT_EQ(r, seen[0]);
  EXPECT_TRUE(RE2::FullMatch("12 euros", regex.get()));
}

}  // namespace
}  // namespace glaneur::rules
