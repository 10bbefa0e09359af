// Tested by tests/text/word_breaks_test.cc (against ICU)
#include "text/word_breaks.h"

#include <unicode/uchar.h>
#include <unicode/ubrk.h>

#include <array>

#include "text/covered_blocks.h"

namespace glaneur::text {
namespace {

// The Word_Break classes these rules read. Single_Quote is read as MidNumLet and Double_Quote as
// Other: they differ only next to Hebrew letters, which are not covered.
enum class WordClass : uint8_t {
  kOther,
  kCR,
  kLF,
  kNewline,
  kSpace,  // WSegSpace
  kLetter,  // ALetter
  kNumeric,
  kMidLetter,
  kMidNum,
  kMidNumLet,
  kExtendNumLet,
  kUncovered,
};

WordClass class_of_property(int32_t word_break) {
  switch (word_break) {
    case U_WB_OTHER: return WordClass::kOther;
    case U_WB_CR: return WordClass::kCR;
    case U_WB_LF: return WordClass::kLF;
    case U_WB_NEWLINE: return WordClass::kNewline;
    case U_WB_WSEGSPACE: return WordClass::kSpace;
    case U_WB_ALETTER: return WordClass::kLetter;
    case U_WB_NUMERIC: return WordClass::kNumeric;
    case U_WB_MIDLETTER: return WordClass::kMidLetter;
    case U_WB_MIDNUM: return WordClass::kMidNum;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE: return WordClass::kMidNumLet;
    case U_WB_EXTENDNUMLET: return WordClass::kExtendNumLet;
    case U_WB_DOUBLE_QUOTE: return WordClass::kOther;
    default: return WordClass::kUncovered;  // Extend, Format, ZWJ, Katakana, Hebrew, emoji, regional indicators
  }
}

// The class of a character of the covered blocks. ICU's rules differ from the property on two
// ASCII characters: '@' is a letter since ICU 72, so that e-mail addresses stay whole
// (CLDR-15767); ':' is no MidLetter (ICU leaves "a:b" joined to the Swedish and Finnish rules).
// An emoji ("©", "™") is left to ICU, as the joiners that may follow one are.
WordClass class_of(char32_t c) {
  if (c == U'@') return WordClass::kLetter;
  if (c == U':') return WordClass::kOther;
  if (!in_covered_block(c) || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EXTENDED_PICTOGRAPHIC)) return WordClass::kUncovered;
  return class_of_property(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_WORD_BREAK));
}

// The word-break class of each character below the last covered block.
const CoveredClasses<WordClass>& classes() {
  static const CoveredClasses<WordClass> table(class_of, WordClass::kUncovered);
  return table;
}

bool is_line_end(WordClass c) { return c == WordClass::kCR || c == WordClass::kLF || c == WordClass::kNewline; }
bool is_mid_letter(WordClass c) { return c == WordClass::kMidLetter || c == WordClass::kMidNumLet; }
bool is_mid_number(WordClass c) { return c == WordClass::kMidNum || c == WordClass::kMidNumLet; }
bool is_word_part(WordClass c) { return c == WordClass::kLetter || c == WordClass::kNumeric || c == WordClass::kExtendNumLet; }

// What UAX #29 (WB3-WB13b) says of two characters side by side, by their classes: kept together,
// broken apart, or it depends on the character after the second (WB6, WB12) or before the first
// (WB7, WB11).
enum class Pair : uint8_t { kBreak, kJoin, kAskAfter, kAskBefore };

Pair pair_rule(WordClass before, WordClass after) {
  using C = WordClass;
  if (before == C::kCR && after == C::kLF) return Pair::kJoin;             // WB3
  if (is_line_end(before) || is_line_end(after)) return Pair::kBreak;      // WB3a, WB3b
  if (before == C::kSpace && after == C::kSpace) return Pair::kJoin;       // WB3d
  if ((before == C::kLetter || before == C::kNumeric) && (after == C::kLetter || after == C::kNumeric))
    return Pair::kJoin;                                                     // WB5, WB8, WB9, WB10
  if (is_word_part(before) && after == C::kExtendNumLet) return Pair::kJoin;                      // WB13a
  if (before == C::kExtendNumLet && (after == C::kLetter || after == C::kNumeric)) return Pair::kJoin;  // WB13b
  if ((before == C::kLetter && is_mid_letter(after)) || (before == C::kNumeric && is_mid_number(after)))
    return Pair::kAskAfter;                                                 // WB6, WB12
  if ((is_mid_letter(before) && after == C::kLetter) || (is_mid_number(before) && after == C::kNumeric))
    return Pair::kAskBefore;                                                // WB7, WB11
  return Pair::kBreak;                                                      // WB999
}

// A middle character (".", "'", ",") joins only the same kind on both sides: two letters (WB6,
// WB7) or two digits (WB11, WB12).
bool middle_joins(WordClass side, WordClass middle, WordClass other_side) {
  if (side == WordClass::kLetter) return is_mid_letter(middle) && other_side == WordClass::kLetter;
  return side == WordClass::kNumeric && is_mid_number(middle) && other_side == WordClass::kNumeric;
}

constexpr size_t kClasses = static_cast<size_t>(WordClass::kUncovered) + 1;

const std::array<std::array<Pair, kClasses>, kClasses>& pair_rules() {
  static const auto rules = [] {
    std::array<std::array<Pair, kClasses>, kClasses> out{};
    for (size_t b = 0; b < kClasses; ++b)
      for (size_t a = 0; a < kClasses; ++a) out[b][a] = pair_rule(static_cast<WordClass>(b), static_cast<WordClass>(a));
    return out;
  }();
  return rules;
}

// ICU's status of a segment: that of the last of its rules to apply (ICU chains them). A letter
// ends a word, a digit a number; a final "_" keeps what it follows, unless another "_" ("__").
int32_t status_of(WordClass last, WordClass before_last, bool single) {
  using C = WordClass;
  if (last == C::kLetter) return UBRK_WORD_LETTER;
  if (last == C::kNumeric) return UBRK_WORD_NUMBER;
  if (last == C::kExtendNumLet && !single) return before_last == C::kNumeric ? UBRK_WORD_NUMBER : UBRK_WORD_LETTER;
  return UBRK_WORD_NONE;
}

}  // namespace

std::optional<std::vector<WordSegment>> simple_word_breaks(std::string_view text) {
  const auto& table = classes();
  const auto& rules = pair_rules();
  size_t n = text.size();
  auto class_at = [&](size_t pos, size_t& next) { return table.at(text, pos, next); };
  std::vector<WordSegment> segments;
  if (n == 0) return segments;
  segments.reserve(n / 4);
  size_t i;  // where the character after `before` starts
  // The last character read and the one before it in the same segment (kOther when none).
  WordClass before = class_at(0, i), before2 = WordClass::kOther;
  if (before == WordClass::kUncovered) return std::nullopt;
  size_t first = 0;  // where the current segment starts
  size_t chars = 1;  // its characters so far
  while (i < n) {
    // Most of a text is runs of letters or digits: read them at a byte a step.
    if (before == WordClass::kLetter || before == WordClass::kNumeric) {
      size_t run = i;
      while (run < n && static_cast<unsigned char>(text[run]) < 128 && table.ascii(static_cast<unsigned char>(text[run])) == before) ++run;
      if (run > i) {
        chars += run - i;
        before2 = before;
        i = run;
        if (i == n) break;
      }
    }
    size_t next;
    WordClass after = class_at(i, next);
    if (after == WordClass::kUncovered) return std::nullopt;
    size_t ignored;
    bool join = false;
    switch (rules[static_cast<size_t>(before)][static_cast<size_t>(after)]) {
      case Pair::kJoin: join = true; break;
      case Pair::kBreak: join = false; break;
      case Pair::kAskAfter: join = next < n && middle_joins(before, after, class_at(next, ignored)); break;
      case Pair::kAskBefore: join = middle_joins(after, before, before2); break;
    }
    if (join) {
      ++chars;
      before2 = before;
    } else {
      segments.push_back({static_cast<uint32_t>(first), static_cast<uint32_t>(i), status_of(before, before2, chars == 1)});
      first = i;
      chars = 1;
      before2 = WordClass::kOther;
    }
    before = after;
    i = next;
  }
  segments.push_back({static_cast<uint32_t>(first), static_cast<uint32_t>(n), status_of(before, before2, chars == 1)});
  return segments;
}

}  // namespace glaneur::text
