// The Unicode blocks whose text glaneur breaks into words and sentences by itself
// (text/word_breaks.h, text/sentence_breaks.h): alphabets written with spaces between words,
// their accents, punctuation and symbols. Beyond them (CJK and the scripts ICU cuts with a
// dictionary, Hebrew, emoji…) ICU's break iterators answer.
#pragma once

#include <array>
#include <string_view>

#include "text/utf8.h"

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

// A class for each character of the covered blocks (a word-break or sentence-break class), worked
// out once for every code point below kPastCoveredBlocks, and read at a position of UTF-8 text.
//
//   static const CoveredClasses<WordClass> classes(class_of, WordClass::kUncovered);
//   WordClass c = classes.at(text, pos, next);   // `next`: where the next character starts
template <typename Class>
class CoveredClasses {
 public:
  template <typename ClassOf>
  CoveredClasses(ClassOf class_of, Class uncovered) : uncovered_(uncovered) {
    for (char32_t c = 0; c < kPastCoveredBlocks; ++c) table_[c] = class_of(c);
  }

  // The class of an ASCII byte.
  Class ascii(unsigned char byte) const { return table_[byte]; }

  // The class of the character that starts at `pos` of valid UTF-8 text, `uncovered` past the
  // covered blocks; `next` is where the next character starts.
  Class at(std::string_view text, size_t pos, size_t& next) const {
    auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 128) {
      next = pos + 1;
      return table_[byte];
    }
    next = pos;
    char32_t cp = decode_utf8(text, next);
    return cp < kPastCoveredBlocks ? table_[cp] : uncovered_;
  }

 private:
  std::array<Class, kPastCoveredBlocks> table_{};
  Class uncovered_;
};

}  // namespace glaneur::text
