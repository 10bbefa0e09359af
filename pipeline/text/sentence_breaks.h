// Sentence boundaries (Unicode UAX #29) as ICU's sentence break iterator gives them, without ICU,
// for the characters of text/covered_blocks.h (text/word_breaks.h does the same for words).
//
// ICU walks a state table through UText one code point at a time, in a text where only the
// terminators (". ! ?"), paragraph ends and what comes right after them decide anything: here the
// rules SB3-SB11 run at each terminator and paragraph end, and the other characters are only
// looked up. A text with a character of another block gets no answer: the caller then asks ICU.
// tests/text/sentence_breaks_test.cc compares both on every string of up to six characters of a
// sample of each class, on each character covered, and on real press.
//
//   if (auto breaks = simple_sentence_breaks(original)) { /* the same as ICU's next() */ }
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace glaneur::text {

// The boundaries ICU's next() returns for `text` (valid UTF-8), in order, the text's end included
// (none for an empty text); nullopt when the text holds a character these rules do not cover.
std::optional<std::vector<uint32_t>> simple_sentence_breaks(std::string_view text);

}  // namespace glaneur::text
