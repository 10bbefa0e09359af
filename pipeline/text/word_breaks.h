// Word boundaries (Unicode UAX #29) as ICU's word break iterator gives them, without ICU, for the
// text a French article folds to: the characters of text/covered_blocks.h.
//
// ICU's rule-based iterator walks a state table through UText one code point at a time: most of
// the tokens' time (a tenth of the whole analysis in 2026-12). For such text the rules reduce to
// comparing each character's class with the one or two around it (WB3-WB13b), one table lookup a
// character. A text with anything they do not cover (another block, combining marks, zero-width
// joiners, emoji) gets no answer: the caller then asks ICU. tests/text/word_breaks_test.cc compares
// both on every string of up to five characters of a sample of each class, on each character
// covered, and on real press.
//
//   if (auto segments = simple_word_breaks(view.text())) { /* the same as ICU's */ }
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace glaneur::text {

// One segment between two boundaries, with ICU's rule status: UBRK_WORD_NONE (0) for spaces,
// punctuation and symbols, UBRK_WORD_NUMBER (100) and UBRK_WORD_LETTER (200) as ICU's rules tag
// them ("a380" is a number to ICU: its last rule joined two digits).
struct WordSegment {
  uint32_t begin;
  uint32_t end;
  int32_t status;
};

// The segments of `text` (valid UTF-8), or nullopt when it holds a character these rules do not
// cover.
std::optional<std::vector<WordSegment>> simple_word_breaks(std::string_view text);

}  // namespace glaneur::text
