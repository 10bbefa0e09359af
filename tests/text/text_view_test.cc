// Tests of text/text_view.h and text/fold.h: what rules match on, and the way back to the original.
#include "text/text_view.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "text/fold.h"
#include "text/utf8.h"

namespace glaneur::text {
namespace {

// The naive reference: fold every code point on its own and concatenate.
std::string fold_naively(std::string_view original) {
  std::string out;
  size_t pos = 0;
  while (pos < original.size()) out += fold_code_point(decode_utf8(original, pos));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Folding: original → view text.

struct FoldCase {
  std::string name;
  std::string original;
  std::string view;
};

void PrintTo(const FoldCase& c, std::ostream* os) { *os << "«" << c.original << "»"; }

class Folding : public testing::TestWithParam<FoldCase> {};

TEST_P(Folding, FoldsTheWholeText) {
  const FoldCase& c = GetParam();
  TextView view = TextView::build(c.original);
  EXPECT_EQ(view.text(), c.view) << "original: «" << c.original << "»";
  EXPECT_EQ(view.original(), c.original);
  EXPECT_EQ(fold_naively(c.original), c.view) << "fold_code_point, one by one, on «" << c.original << "»";
}

const FoldCase kFoldCases[] = {
    {"HeaderExample", "A l’Économie", "a l'economie"},
    {"CapitalsAndAccents", "ÉTAT Île Ça À Noël", "etat ile ca a noel"},
    {"RightSingleQuote", "l’Occitanie", "l'occitanie"},
    {"ModifierApostrophe", "lʼOccitanie", "l'occitanie"},
    {"LeftSingleQuote", "‘oui’", "'oui'"},
    {"NoBreakSpace", "40\u00A0000", "40 000"},
    {"NarrowNoBreakSpace", "40\u202F000", "40 000"},
    {"ThinSpace", "40\u2009000", "40 000"},
    {"NarrowSpaceInsideQuotes", "«\u202Foui\u202F»", "« oui »"},
    {"EnDash", "2024–2028", "2024-2028"},
    {"EmDash", "la Région — seule", "la region - seule"},
    {"MinusSign", "\u22125 %", "-5 %"},
    {"OeLigature", "œuvre", "oeuvre"},
    {"CapitalOeLigature", "Œuvre cœur", "oeuvre coeur"},
    {"CombiningAcuteFoldsToE", "e\u0301", "e"},
    {"CombiningAccentsInAWord", "e\u0301te\u0301 a\u0300 Ge\u0301ne\u0300ve", "ete a geneve"},
    {"SoftHyphenDisappears", "inter\u00ADnational", "international"},
    {"ZeroWidthSpaceDisappears", "start\u200Bup", "startup"},
    {"ByteOrderMarkDisappears", "\uFEFFBonjour", "bonjour"},
    {"SuperscriptOrdinal", "XXIᵉ siècle", "xxie siecle"},
    {"FiLigature", "ﬁnance", "finance"},
    {"EuroAndGuillemetsStay", "« 50 € »", "« 50 € »"},
    {"EmojiAndCjkStay", "🚀 東京", "🚀 東京"},
    {"HyphenatedPlace", "Île-de-France", "ile-de-france"},
    {"Empty", "", ""},
};

INSTANTIATE_TEST_SUITE_P(Text, Folding, testing::ValuesIn(kFoldCases),
                         [](const testing::TestParamInfo<FoldCase>& info) { return info.param.name; });

TEST(FoldCodePoint, HeaderExample) { EXPECT_EQ(fold_code_point(U'É'), "e"); }

TEST(FoldCodePoint, IgnoredCodePointsFoldToNothing) {
  for (char32_t cp : {U'\u0301', U'\u0300', U'\u00AD', U'\u200B', U'\uFEFF'})
    EXPECT_EQ(fold_code_point(cp), "") << "U+" << std::hex << static_cast<uint32_t>(cp);
}

// ---------------------------------------------------------------------------------------------
// Offset mapping: a span of the view back to the original, and an original offset to the view.

struct SpanCase {
  std::string name;
  std::string original;
  size_t view_begin;  // a span of the view
  size_t view_end;
  std::string expected;  // the original bytes it maps to
};

void PrintTo(const SpanCase& c, std::ostream* os) {
  *os << "«" << c.original << "» [" << c.view_begin << "," << c.view_end << ")";
}

class ViewSpanToOriginal : public testing::TestWithParam<SpanCase> {};

TEST_P(ViewSpanToOriginal, CoversWholeOriginalCharacters) {
  const SpanCase& c = GetParam();
  TextView view = TextView::build(c.original);
  size_t begin = view.to_original_start(c.view_begin);
  size_t end = view.to_original_end(c.view_end);
  ASSERT_LE(begin, end) << "original: «" << c.original << "»";
  ASSERT_LE(end, c.original.size()) << "original: «" << c.original << "»";
  EXPECT_EQ(c.original.substr(begin, end - begin), c.expected)
      << "original: «" << c.original << "», view span [" << c.view_begin << "," << c.view_end << ") = «"
      << view.text().substr(c.view_begin, c.view_end - c.view_begin) << "»";
}

const SpanCase kSpanCases[] = {
    // "A l’Économie" → "a l'economie"
    {"TheL", "A l’Économie", 2, 3, "l"},
    {"TheApostrophe", "A l’Économie", 3, 4, "’"},
    {"TheWordAfterTheApostrophe", "A l’Économie", 4, 12, "Économie"},
    {"TheElision", "A l’Économie", 2, 4, "l’"},
    {"TheWholeText", "A l’Économie", 0, 12, "A l’Économie"},
    {"EmptySpanInsideText", "A l’Économie", 4, 4, ""},
    // "œuvre" → "oeuvre": an offset between "o" and "e" lies inside the fold of "œ".
    {"InsideOeFromTheStart", "œuvre", 0, 1, "œ"},
    {"InsideOeToTheEnd", "œuvre", 1, 6, "œuvre"},
    {"AfterTheOe", "cœur", 3, 5, "ur"},
    {"NumberWithNoBreakSpace", "soit 40\u00A0000 habitants", 5, 11, "40\u00A0000"},
    {"NumberWithNarrowNoBreakSpace", "soit 40\u202F000 habitants", 5, 11, "40\u202F000"},
    {"EnDashRange", "2024–2028", 0, 9, "2024–2028"},
    {"YearAfterEnDash", "2024–2028", 5, 9, "2028"},
    // A combining accent belongs with its letter: the span of "e" takes the accent along.
    {"CombiningAccentStaysWithItsLetter", "e\u0301te\u0301", 0, 1, "e\u0301"},
    {"CombiningAccentAtTheEnd", "e\u0301te\u0301", 1, 3, "te\u0301"},
    {"WordAfterSoftHyphen", "inter\u00ADnational", 5, 13, "national"},
    {"WordAfterEmoji", "🚀 Toulouse", 5, 13, "Toulouse"},
    {"CjkCopied", "à 東京.", 2, 8, "東京"},
    {"WordAfterByteOrderMark", "\uFEFFBonjour", 0, 7, "Bonjour"},
};

INSTANTIATE_TEST_SUITE_P(Spans, ViewSpanToOriginal, testing::ValuesIn(kSpanCases),
                         [](const testing::TestParamInfo<SpanCase>& info) { return info.param.name; });

TEST(TextView, HeaderExample) {
  const std::string original = "A l’Économie";
  TextView v = TextView::build(original);
  EXPECT_EQ(v.text(), "a l'economie");
  EXPECT_EQ(v.to_original_start(2), 2u);  // the "l"
  // The end of the view is the end of the original: 12 view bytes, 15 original bytes (’ is 3 bytes
  // instead of 1, É 2 instead of 1).
  EXPECT_EQ(original.size(), 15u);
  EXPECT_EQ(v.to_original_end(12), 15u);
}

struct ToViewCase {
  std::string name;
  std::string original;
  size_t original_offset;  // starts a character, or is the text's end
  size_t view_offset;
};

void PrintTo(const ToViewCase& c, std::ostream* os) { *os << "«" << c.original << "» @" << c.original_offset; }

class OriginalOffsetToView : public testing::TestWithParam<ToViewCase> {};

TEST_P(OriginalOffsetToView, MapsToTheFoldedCharacter) {
  const ToViewCase& c = GetParam();
  TextView view = TextView::build(c.original);
  EXPECT_EQ(view.to_view(c.original_offset), c.view_offset)
      << "original: «" << c.original << "», offset " << c.original_offset;
}

const ToViewCase kToViewCases[] = {
    {"Start", "A l’Économie", 0, 0},
    {"TheApostrophe", "A l’Économie", 3, 3},
    {"AfterTheApostrophe", "A l’Économie", 6, 4},
    {"AfterTheCapitalE", "A l’Économie", 8, 5},
    {"TheEnd", "A l’Économie", 15, 12},
    {"AfterOe", "cœur", 3, 3},
    {"AfterNoBreakSpace", "40\u00A0000", 4, 3},
    {"AfterCombiningAccent", "e\u0301t", 3, 1},
    {"AfterSoftHyphen", "inter\u00ADnational", 7, 5},
    {"StartBeforeByteOrderMark", "\uFEFFBonjour", 0, 0},
    {"AfterByteOrderMark", "\uFEFFBonjour", 3, 0},
    {"EndOfTextOfIgnoredCharacters", "\u00AD", 2, 0},
    {"StartOfTextOfIgnoredCharacters", "\u00AD", 0, 0},
};

INSTANTIATE_TEST_SUITE_P(Offsets, OriginalOffsetToView, testing::ValuesIn(kToViewCases),
                         [](const testing::TestParamInfo<ToViewCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// Properties over random texts made of the pieces that make offsets hard.

const std::vector<std::string> kPieces = {
    "Toulouse", "la", "R", " ", " ", "É", "’", "\u00A0", "\u202F", "œ", "e\u0301", "€",
    "🚀",       "東京", "–", "\u00AD", ".", "3,7",
};

std::string random_text(std::mt19937& rng) {
  std::uniform_int_distribution<size_t> count(0, 12), piece(0, kPieces.size() - 1);
  std::string text;
  for (size_t n = count(rng); n > 0; --n) text += kPieces[piece(rng)];
  return text;
}

std::vector<size_t> code_point_boundaries(std::string_view text) {
  std::vector<size_t> out;
  for (size_t pos = 0; pos < text.size(); pos += utf8_sequence_length(static_cast<unsigned char>(text[pos])))
    out.push_back(pos);
  out.push_back(text.size());
  return out;
}

// True when the code point at `pos` folds to nothing (a combining accent, a soft hyphen...).
bool ignored_at(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  return fold_code_point(decode_utf8(text, pos)).empty();
}

// `pos` moved past the ignored code points that follow it: they belong with what precedes them.
size_t past_ignored(std::string_view text, size_t pos) {
  while (ignored_at(text, pos)) decode_utf8(text, pos);
  return pos;
}

// A printable form of a random text for failure messages: the text and its bytes.
std::string show(std::string_view text) {
  std::string out = "«" + std::string(text) + "» bytes:";
  for (unsigned char c : text) {
    static const char* hex = "0123456789ABCDEF";
    out += ' ';
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return out;
}

TEST(TextViewProperty, RandomOriginalSpansRoundTrip) {
  std::mt19937 rng(42);
  for (int iteration = 0; iteration < 3000; ++iteration) {
    const std::string original = random_text(rng);
    const TextView view = TextView::build(original);
    const std::vector<size_t> boundaries = code_point_boundaries(original);
    std::uniform_int_distribution<size_t> pick(0, boundaries.size() - 1);
    size_t a = boundaries[pick(rng)], b = boundaries[pick(rng)];
    const size_t begin = std::min(a, b), end = std::max(a, b);

    const size_t view_begin = view.to_view(begin), view_end = view.to_view(end);
    ASSERT_LE(view_begin, view_end) << show(original) << " span [" << begin << "," << end << ")";
    ASSERT_LE(view_end, view.text().size()) << show(original) << " span [" << begin << "," << end << ")";

    // Back to the original: the same span. A boundary just before code points that fold to
    // nothing cannot be told apart from the boundary after them; it comes back after them.
    EXPECT_EQ(view.to_original_start(view_begin), past_ignored(original, begin))
        << show(original) << " span [" << begin << "," << end << ") → view [" << view_begin << "," << view_end
        << ")";
    EXPECT_EQ(view.to_original_end(view_end), past_ignored(original, end))
        << show(original) << " span [" << begin << "," << end << ") → view [" << view_begin << "," << view_end
        << ")";

    // The view text of the mapped span is the fold of the original span.
    const std::string_view span = std::string_view(original).substr(begin, end - begin);
    EXPECT_EQ(view.text().substr(view_begin, view_end - view_begin), fold_naively(span))
        << show(original) << " span [" << begin << "," << end << ") = «" << span << "»";
  }
}

TEST(TextViewProperty, RandomSpansStartingAtACharacterRoundTripExactly) {
  std::mt19937 rng(42);
  for (int iteration = 0; iteration < 3000; ++iteration) {
    const std::string original = random_text(rng);
    const TextView view = TextView::build(original);
    std::vector<size_t> boundaries;  // where a character that matching sees starts, and the end
    for (size_t pos : code_point_boundaries(original))
      if (!ignored_at(original, pos)) boundaries.push_back(pos);
    std::uniform_int_distribution<size_t> pick(0, boundaries.size() - 1);
    size_t a = boundaries[pick(rng)], b = boundaries[pick(rng)];
    const size_t begin = std::min(a, b), end = std::max(a, b);
    const size_t view_begin = view.to_view(begin), view_end = view.to_view(end);
    EXPECT_EQ(view.to_original_start(view_begin), begin) << show(original) << " span [" << begin << "," << end << ")";
    EXPECT_EQ(view.to_original_end(view_end), end) << show(original) << " span [" << begin << "," << end << ")";
  }
}

TEST(TextViewProperty, RandomViewSpansMapToWholeCharacters) {
  std::mt19937 rng(42);
  for (int iteration = 0; iteration < 3000; ++iteration) {
    const std::string original = random_text(rng);
    const TextView view = TextView::build(original);
    // Any code-point boundary of the view, including one inside the fold of "œ" ("o|e").
    const std::vector<size_t> boundaries = code_point_boundaries(view.text());
    std::uniform_int_distribution<size_t> pick(0, boundaries.size() - 1);
    size_t a = boundaries[pick(rng)], b = boundaries[pick(rng)];
    const size_t view_begin = std::min(a, b), view_end = std::max(a, b);

    const size_t begin = view.to_original_start(view_begin), end = view.to_original_end(view_end);
    const std::string where = show(original) + " view span [" + std::to_string(view_begin) + "," +
                              std::to_string(view_end) + ") → original [" + std::to_string(begin) + "," +
                              std::to_string(end) + ")";
    ASSERT_LE(begin, end) << where;
    ASSERT_LE(end, original.size()) << where;
    const std::vector<size_t> original_boundaries = code_point_boundaries(original);
    EXPECT_TRUE(std::binary_search(original_boundaries.begin(), original_boundaries.end(), begin)) << where;
    EXPECT_TRUE(std::binary_search(original_boundaries.begin(), original_boundaries.end(), end)) << where;
    // The original span covers the view span: its fold contains it.
    EXPECT_LE(view.to_view(begin), view_begin) << where;
    EXPECT_GE(view.to_view(end), view_end) << where;
  }
}

}  // namespace
}  // namespace glaneur::text
