// The Unicode blocks whose text glaneur breaks into words and sentences by itself
// (text/word_breaks.h, text/sentence_breaks.h): alphabets written with spaces between words,
// their accents, punctuation and symbols. Beyond them (CJK and the scripts ICU cuts with a
// dictionary, Hebrew, emoji…) ICU's break iterators answer.
#pragma once

namespace glaneur::text {

// Past the last covered block: a table by code point below it holds every covered character.
constexpr char32_t kPastCoveredBlocks = 0x2190;

constexpr bool in_covered_block(char32_t c) {
  return c <= 0x024F ||                    // Latin, Latin-1, Latin Extended-A and -B
         (c >= 0x0300 && c <= 0x036F) ||   // combining accents
         (c >= 0x0370 && c <= 0x04FF) ||   // Greek, Cyrillic
         (c >= 0x1E00 && c <= 0x1EFF) ||   // Latin Extended Additional
         (c >= 0x2000 && c < kPastCoveredBlocks);  // punctuation, super- and subscripts, currencies, letterlike, number forms
}

}  // namespace glaneur::text
