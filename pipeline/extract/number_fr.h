// French numbers, as written in press text, read from the folded view (see text/text_view.h):
//   digits with French separators  "40 000", "1 250 000", "1.250.000", "3,7", "0,5"; no sign: the
//                                  sign of a change ("+2,5") is context, outside the span
//   powers                         "10^6", "1,1^23"
//   number words                   "deux", "vingt et un", "soixante-dix", "quatre-vingt-dix-neuf",
//                                  "deux cent mille", "mille cent", "un million deux cent mille"
// "un"/"une" alone is not a number. Scale abbreviations ("M€", "Md") belong to rule tables.
//
//   kFrenchNumberPattern     an RE2 fragment (no capture groups) that matches one number
//   parse_french_number("1 250 000") == 1250000.0
#pragma once

#include <optional>
#include <string_view>

namespace glaneur::extract {

// RE2 syntax over the folded view, without capture groups. Digits start on a word boundary and may
// be followed by letters ("50m€", "1er": tokens tell them apart); words are guarded on both sides.
extern const std::string_view kFrenchNumberPattern;

// True for one number word, folded: "deux", "vingt", "cent", "millions".
bool is_number_word(std::string_view folded);

// The value of a number matched by kFrenchNumberPattern, or nullopt when the text is not one.
std::optional<double> parse_french_number(std::string_view folded);

}  // namespace glaneur::extract
