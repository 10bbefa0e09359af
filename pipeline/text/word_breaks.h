// Word boundaries (Unicode UAX #29) as ICU's word break iterator gives them, without ICU for the
// text a French article folds to: letters, digits, punctuation, symbols and spaces of alphabets
// written with spaces between words.
//
// ICU's rule-based iterator walks a state table through UText one code point at a time: most of
// the tokens' time (a sixth of the whole analysis in 2026-12). For such text the rules reduce to
// comparing each character's class with the one or two around it (WB3-WB13b), one table lookup a
// byte for ASCII. Text with anything those rules do not cover (combining marks, zero-width
// joiners, emoji sequences, Hebrew, Katakana, regional indicators, the scripts ICU cuts with a
// dictionary) gets no answer: the caller then asks ICU. tests/text/word_breaks_test.cc compares
// both on every string of up to five characters of a sample of each class, and on corpus/.
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
