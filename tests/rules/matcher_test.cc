// glaneur's own matcher gives RE2's answer: the same match and the same groups, anchored at a
// position and bounded by an end, for the syntax the rules write and for every bundled rule at
// every token of corpus/. (engine_test.cc compares the whole engine, Matcher against RE2 alone, on
// corpus/ and on the first articles of the bench corpus.)
#include "rules/matcher.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>

#include "rules/pattern.h"
#include "support/rule_fixtures.h"
#include "support/text_samples.h"
#include "text/text_view.h"
#include "text/tokenizer.h"

namespace glaneur::rules {
namespace {

// What a match gave, written out: "no match", or each group as [begin,end) or "-" when unset.
std::string outcome(bool matched, std::string_view text, const std::vector<re2::StringPiece>& groups) {
  if (!matched) return "no match";
  std::string out;
  for (const re2::StringPiece& g : groups)
    out += g.data() == nullptr ? "- " : "[" + std::to_string(g.data() - text.data()) + "," + std::to_string(g.data() - text.data() + g.size()) + ") ";
  return out;
}

std::string by_re2(const RE2& re, std::string_view text, size_t pos, size_t end) {
  std::vector<re2::StringPiece> groups(1 + re.NumberOfCapturingGroups());
  bool matched = re.Match(re2::StringPiece(text.data(), text.size()), pos, end, RE2::ANCHOR_START, groups.data(), static_cast<int>(groups.size()));
  return outcome(matched, text, groups);
}

std::string by_matcher(const Matcher& m, std::string_view text, size_t pos, size_t end, MatchScratch& scratch) {
  std::vector<re2::StringPiece> groups(1 + m.groups());
  bool matched = m.match(text, pos, end, groups.data(), static_cast<int>(groups.size()), scratch);
  return outcome(matched, text, groups);
}

// The regex matched at every position of the text, to its end and to a shorter end.
void expect_as_re2(const std::string& regex, std::string_view text) {
  RE2 re(regex, regex_options());
  ASSERT_TRUE(re.ok()) << regex;
  std::optional<Matcher> m = Matcher::compile(regex);
  ASSERT_TRUE(m) << regex;
  EXPECT_EQ(m->groups(), re.NumberOfCapturingGroups()) << regex;
  MatchScratch scratch;
  for (size_t pos = 0; pos <= text.size(); ++pos)
    for (size_t end : {text.size(), std::max(pos, text.size() - 1), pos + (text.size() - pos) / 2})
      EXPECT_EQ(by_matcher(*m, text, pos, end, scratch), by_re2(re, text, pos, end))
          << "regex " << regex << " on \"" << text << "\" at " << pos << " to " << end;
}

TEST(Matcher, PrefersWhatRe2PrefersInAlternationsAndRepetitions) {
  expect_as_re2("(a|ab)(c|bcd)(d*)", "abcd");
  expect_as_re2("(a+?)(a*)", "aaaa");
  expect_as_re2("(?P<x>a{1,3}?)(a{0,2})b", "aaaab");
  expect_as_re2("((?:ab)*)(ab)?c", "ababc");
  expect_as_re2("(x(y)?)*z", "xyxxyz");
  expect_as_re2("(?:a|)*b", "aab");
  expect_as_re2("", "ab");
}

TEST(Matcher, ReadsBoundariesAndEndsInTheWholeText) {
  expect_as_re2("a\\b", "ab a");       // \b sees "b" past an end of 1
  expect_as_re2("c$", "ab cd");        // $ is the end of the whole text
  expect_as_re2("(?:x|^a)b", "ab ab");  // ^ its start
  expect_as_re2("\\Bb|\\bc", "ab cb");
}

TEST(Matcher, ReadsClassesEscapesAndCaseAsRe2) {
  expect_as_re2("[^.;\\x01]+\\x01(?i:date)#\\d+\\x02", "le 3 mai\x01" "DATE#12\x02;");
  expect_as_re2("[^«»\".]+? ?(»|\")", "« Start-up » fin");
  expect_as_re2("\\S+ [a-z'-]+ [0-9]{2,4}\\.?", "d'ici l'été 2027.");
  expect_as_re2("[é-ü]+|[\\d,]+|\\w+", "été 3,5 km_2");
  expect_as_re2("\\(\\+?-?\\) \\{2\\}", "(+-) {2}");
  expect_as_re2("a{,2}b", "a{,2}b");  // not a repetition: literal braces
  expect_as_re2("\\x{20AC}|.", "€\n");
  expect_as_re2("(?i:kas)#", "KAS# \u212Aa\u017F# kas#");  // RE2 folds the Kelvin sign and the long s
}

// Alternations of words (the tables) are walked as a trie: the first branch wins, words end where
// their \b says, and a run of spaces between two words is read whole.
TEST(Matcher, ReadsAlternationsOfWordsAsRe2) {
  expect_as_re2("(?:zones|zone\\b|z|mois|m\\b|m²)(\\d*)", "zones zone mois m² m2");
  expect_as_re2("(?:de[ \\t]+la\\b|de[ \\t]+l'|d'une\\b|du\\b|de\\b|d')[ \\t]*(\\w+)", "de  la ville, de l'État, d'une part, du pain, de 3, d'eux");
  expect_as_re2("(?:a\\b|ab\\b|a)(b?)", "ab a abc");
  expect_as_re2("(?:b|a|a\\b)x?", "a ax");
}

TEST(Matcher, RefusesSyntaxItDoesNotRun) {
  EXPECT_FALSE(Matcher::compile("\\p{L}+"));
  EXPECT_FALSE(Matcher::compile("(?i)abc"));
  EXPECT_FALSE(Matcher::compile("(a|b"));
  EXPECT_FALSE(Matcher::compile("a**"));
  EXPECT_FALSE(Matcher::compile("[[:alpha:]]"));
  EXPECT_FALSE(Matcher::compile("(?i:été)"));  // RE2 folds É too
  EXPECT_FALSE(Matcher::compile("caf\xc3"));  // invalid UTF-8
  EXPECT_FALSE(Matcher::compile("((a|b|c){1000}){100}"));  // too many instructions: RE2 runs it
}

// Random texts over the letters the patterns above read, against RE2, patterns and all.
TEST(Matcher, AgreesWithRe2OnRandomTexts) {
  const std::vector<std::string> regexes = {
      "(a|ab|abc)*?(b+)(c?)", "(?:ab\\b|a|b)+?(c|$)", "((a)|(b))*c", "(a?){2,3}b", "[^ab]*?(a|b\\b)", "(?:aa|a)(?:a|)(b*)",
  };
  std::mt19937 random(20261203);
  MatchScratch scratch;
  for (const std::string& regex : regexes) {
    RE2 re(regex, regex_options());
    std::optional<Matcher> m = Matcher::compile(regex);
    ASSERT_TRUE(m) << regex;
    for (int k = 0; k < 300; ++k) {
      std::string text;
      for (int i = random() % 9; i > 0; --i) text += "ab c"[random() % 4];
      for (size_t pos = 0; pos <= text.size(); ++pos)
        ASSERT_EQ(by_matcher(*m, text, pos, text.size(), scratch), by_re2(re, text, pos, text.size()))
            << "regex " << regex << " on \"" << text << "\" at " << pos;
    }
  }
}

// Every bundled rule has a Matcher, and it matches as RE2 does at every token of every article
// of corpus/, to the end of its sentence, as the engine asks.
TEST(Matcher, RunsEveryBundledRuleAsRe2OnTheCorpus) {
  const RuleSet& rules = testing_support::bundled_rules();
  for (const CompiledRule& rule : rules.rules) EXPECT_TRUE(rule.regex->matcher()) << rule.id << " has no Matcher";
  std::vector<std::string> texts = testing_support::corpus_texts();
  ASSERT_GE(texts.size(), 40u);
  text::Tokenizer tokenizer;
  MatchScratch scratch;
  size_t tries = 0, matches = 0;
  for (const std::string& original : texts) {
    text::TextView view = text::TextView::build(original);
    std::string_view text = view.text();
    std::vector<text::Token> tokens = tokenizer.tokenize(view);
    for (const CompiledRule& rule : rules.rules) {
      const Matcher* matcher = rule.regex->matcher();
      if (!matcher) continue;
      const RE2& re = rule.regex->get();
      for (const text::Token& t : tokens) {
        size_t end = std::min(text.size(), t.begin + size_t{400});
        std::string expected = by_re2(re, text, t.begin, end);
        ++tries;
        matches += expected != "no match";
        ASSERT_EQ(by_matcher(*matcher, text, t.begin, end, scratch), expected)
            << rule.id << " at \"" << text.substr(t.begin, 60) << "\"";
      }
    }
  }
  EXPECT_GE(matches, 5000u) << "of " << tries << " tries: the comparison must see many matches";
}

}  // namespace
}  // namespace glaneur::rules
