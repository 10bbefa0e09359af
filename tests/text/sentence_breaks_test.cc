// Tests of text/sentence_breaks.h: the same boundaries as ICU's sentence break iterator, on every
// short string of a sample of each class of characters, on each character of the blocks it
// covers, and on real press (corpus/, and the bench corpus when ../shared is there).
#include "text/sentence_breaks.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "support/text_samples.h"

namespace glaneur::text {
namespace {

using testing_support::each_code_point_below;
using testing_support::each_string;
using testing_support::placed_in;

std::string show(const std::vector<uint32_t>& breaks) {
  std::string out;
  for (uint32_t b : breaks) out += std::to_string(b) + " ";
  return out;
}

class Icu {
 public:
  Icu() {
    UErrorCode status = U_ZERO_ERROR;
    sentences_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getFrench(), status));
  }

  std::vector<uint32_t> breaks(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    sentences_->setText(utext, status);
    std::vector<uint32_t> out;
    for (int32_t b = sentences_->next(); b != icu::BreakIterator::DONE; b = sentences_->next()) out.push_back(static_cast<uint32_t>(b));
    utext_close(utext);
    return out;
  }

 private:
  std::unique_ptr<icu::BreakIterator> sentences_;
};

// Compares both on `text` where simple_sentence_breaks covers it; returns whether it did.
bool same_as_icu(Icu& icu, std::string_view text) {
  auto ours = simple_sentence_breaks(text);
  if (!ours) return false;
  EXPECT_EQ(show(*ours), show(icu.breaks(text))) << "on \"" << text << "\"";
  return true;
}

TEST(SimpleSentenceBreaks, AgreeWithIcuOnEveryShortStringOfEachClass) {
  // Lower and upper case, another letter ("ƻ"), digits, the terminators, continuing marks, closing
  // marks, spaces of three kinds, line and paragraph ends, a combining accent, a soft hyphen, others.
  const std::vector<std::string> sample = {"a", "\u00e9", "A", "\u00c9", "\u01bb", "3", ".", "!", "?", ",", ":",
                                           ")", "\u00bb", "\"", " ", "\u00a0", "\t", "\n", "\r", "\u2029",
                                           "\u0301", "\u00ad", ";", "\u2026"};
  Icu icu;
  size_t compared = 0;
  for (size_t length = 1; length <= 4; ++length)
    each_string(sample, length, [&](const std::string& s) { compared += same_as_icu(icu, s); });
  // Six characters of the classes whose rules look furthest (SB7, SB8: "a. ) 3 b").
  const std::vector<std::string> core = {"a", "A", "3", ".", "?", ",", ")", " ", "\n", "\u0301"};
  each_string(core, 6, [&](const std::string& s) { compared += same_as_icu(icu, s); });
  EXPECT_GT(compared, 1000000u);
}

TEST(SimpleSentenceBreaks, AgreeWithIcuOnEachCharacterTheyCover) {
  Icu icu;
  size_t covered = 0;
  each_code_point_below(0x3000, [&](char32_t c, const std::string& x) {
    if (!simple_sentence_breaks(x)) return;
    ++covered;
    for (std::string_view context : {"#", "a.#", "a. #", "a.# b", "a. # b", "A.#", "a.#a", "a#. B", "a#.B", "a# B", "a?#B", "a. #\nb"})
      ASSERT_TRUE(same_as_icu(icu, placed_in(context, x))) << "covers U+" << std::hex << static_cast<uint32_t>(c) << " alone, not in \"" << placed_in(context, x) << "\"";
  });
  EXPECT_GT(covered, 1700u);
}

TEST(SimpleSentenceBreaks, LeaveToIcuWhatTheyDoNotCover) {
  EXPECT_FALSE(simple_sentence_breaks("\u6771\u4eac\u3002\u5927\u962a"));  // CJK, its own full stop
  EXPECT_FALSE(simple_sentence_breaks("Bravo \U0001F600. Merci"));         // an emoji
  EXPECT_TRUE(simple_sentence_breaks("M. Dupont l\u2019a dit\u00a0: \u00ab\u00a0Fini.\u00a0\u00bb Puis\u2026"));
}

size_t expect_same_as_icu_on(const std::vector<std::string>& texts) {
  Icu icu;
  size_t covered = 0;
  for (const std::string& text : texts) {
    covered += same_as_icu(icu, text);
    if (testing::Test::HasFailure()) break;
  }
  return covered;
}

TEST(SimpleSentenceBreaks, AgreeWithIcuOnTheCorpus) {
  std::vector<std::string> texts = testing_support::corpus_texts();
  ASSERT_GE(texts.size(), 40u);
  EXPECT_EQ(expect_same_as_icu_on(texts), texts.size()) << "the simple rules cover every article of corpus/";
}

TEST(SimpleSentenceBreaks, AgreeWithIcuOnTheBenchCorpus) {
  const std::filesystem::path bench = testing_support::bench_corpus();
  if (!std::filesystem::exists(bench)) GTEST_SKIP() << bench << " not found: ../shared is absent";
  std::vector<std::string> texts = testing_support::article_texts(bench);
  EXPECT_GE(expect_same_as_icu_on(texts), texts.size() * 95 / 100) << "of " << texts.size() << " articles";
}

}  // namespace
}  // namespace glaneur::text
