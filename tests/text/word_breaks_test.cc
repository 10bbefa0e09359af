// Tests of text/word_breaks.h: the same segments and statuses as ICU's word break iterator, on
// every short string of a sample of each class of characters, on each character of the blocks it
// covers, and on real text (corpus/, and the bench corpus when ../shared is there).
#include "text/word_breaks.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "support/text_samples.h"
#include "text/text_view.h"

namespace glaneur::text {
namespace {

namespace fs = std::filesystem;
using testing_support::each_code_point_below;
using testing_support::each_string;
using testing_support::placed_in;

// "[a.b]200 [ ]0 [3]100": segments as they read in a failure message.
std::string show(std::string_view text, const std::vector<WordSegment>& segments) {
  std::string out;
  for (const WordSegment& s : segments)
    out += "[" + std::string(text.substr(s.begin, s.end - s.begin)) + "]" + std::to_string(s.status) + " ";
  return out;
}

class Icu {
 public:
  Icu() {
    UErrorCode status = U_ZERO_ERROR;
    words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getFrench(), status));
  }

  std::vector<WordSegment> segments(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    words_->setText(utext, status);
    std::vector<WordSegment> out;
    int32_t start = words_->first();
    for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; start = end, end = words_->next())
      out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), words_->getRuleStatus()});
    utext_close(utext);
    return out;
  }

 private:
  std::unique_ptr<icu::BreakIterator> words_;
};

// Compares both on `text` where simple_word_breaks covers it; returns whether it did.
bool same_as_icu(Icu& icu, std::string_view text) {
  auto ours = simple_word_breaks(text);
  if (!ours) return false;
  std::vector<WordSegment> expected = icu.segments(text);
  EXPECT_EQ(show(text, *ours), show(text, expected)) << "on \"" << text << "\"";
  return true;
}

TEST(SimpleWordBreaks, AgreeWithIcuOnEveryShortStringOfEachClass) {
  // Letters, digits, the middles of words and numbers, "_", spaces of two kinds, line ends, and
  // the others: punctuation, symbols, and "©" (an emoji to Unicode: the strings with it are left to ICU).
  const std::vector<std::string> sample = {"a", "Z", "\u00e9", "@", "3", ".", ",", ";", ":", "'", "\"", "_", " ",
                                           "\u2003", "\t", "\n", "\r", "\u2028", "-", "\u00b7", "\u00ab", "\u20ac", "\u00a9"};
  Icu icu;
  size_t compared = 0;
  for (size_t length = 1; length <= 4; ++length)
    each_string(sample, length, [&](const std::string& s) { compared += same_as_icu(icu, s); });
  // Five characters of the classes whose rules look two characters away (WB6, WB7, WB11, WB12).
  const std::vector<std::string> core = {"a", "3", ".", ",", ":", "'", "_", " ", "\r", "\n", "@"};
  each_string(core, 5, [&](const std::string& s) { compared += same_as_icu(icu, s); });
  EXPECT_GT(compared, 400000u);
}

TEST(SimpleWordBreaks, AgreeWithIcuOnEachCharacterTheyCover) {
  Icu icu;
  size_t covered = 0;
  each_code_point_below(0x3000, [&](char32_t c, const std::string& x) {
    if (!simple_word_breaks(x)) return;
    ++covered;
    for (std::string_view context : {"#", "a#", "#a", "a#a", "3#", "#3", "3#3", "_#", "#_", "##", " # ", "a##a"})
      ASSERT_TRUE(same_as_icu(icu, placed_in(context, x))) << "covers U+" << std::hex << static_cast<uint32_t>(c) << " alone, not in \"" << placed_in(context, x) << "\"";
  });
  EXPECT_GT(covered, 1500u);
}

TEST(SimpleWordBreaks, LeaveToIcuWhatTheyDoNotCover) {
  EXPECT_FALSE(simple_word_breaks("caf\u0065\u0301"));      // a combining accent (Extend)
  EXPECT_FALSE(simple_word_breaks("a\u200db"));              // a zero-width joiner
  EXPECT_FALSE(simple_word_breaks("\U0001F600 bravo"));      // an emoji
  EXPECT_FALSE(simple_word_breaks("\u6771\u4eac"));          // Han, cut by ICU's dictionary
  EXPECT_FALSE(simple_word_breaks("\u05e9\u05dc\u05d5\u05dd"));  // Hebrew
  EXPECT_FALSE(simple_word_breaks("\u2122"));                // an emoji to Unicode, "™"
  EXPECT_TRUE(simple_word_breaks("L'\u00e9t\u00e9 2024 : 50\u00a0000 \u20ac \u00abbravo\u00bb"));
}

// Real press, as the tokenizer gives it: the folded view of each text, and the text itself.
// Returns how many of the views the simple rules cover.
size_t expect_same_as_icu_on(const std::vector<std::string>& texts) {
  Icu icu;
  size_t covered = 0;
  for (const std::string& original : texts) {
    TextView view = TextView::build(original);
    covered += same_as_icu(icu, view.text());
    same_as_icu(icu, original);
    if (testing::Test::HasFailure()) break;
  }
  return covered;
}

TEST(SimpleWordBreaks, AgreeWithIcuOnTheCorpus) {
  std::vector<std::string> texts = testing_support::corpus_texts();
  ASSERT_GE(texts.size(), 40u);
  EXPECT_EQ(expect_same_as_icu_on(texts), texts.size()) << "every article of corpus/ folds to text the simple rules cover";
}

TEST(SimpleWordBreaks, AgreeWithIcuOnTheBenchCorpus) {
  const fs::path bench = testing_support::bench_corpus();
  if (!fs::exists(bench)) GTEST_SKIP() << bench << " not found: ../shared is absent";
  std::vector<std::string> texts = testing_support::article_texts(bench);
  EXPECT_GE(expect_same_as_icu_on(texts), texts.size() * 95 / 100) << "of " << texts.size() << " articles";
}

}  // namespace
}  // namespace glaneur::text
