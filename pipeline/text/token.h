// Token: one word, number, symbol or punctuation mark of an article, in view byte offsets
// (see text_view.h). Tokens never copy text: read it through the view.
#pragma once

#include <cstdint>
#include <string_view>

namespace glaneur::text {

enum class TokenKind : uint8_t {
  kWord,         // letters, possibly with digits, hyphens, apostrophes: "vice-president", "a380"
  kNumber,       // digits with French separators: "3,7", "40 000", "1.250.000", "2024-2028"
  kElision,      // an elided article or particle, apostrophe included: "l'", "qu'", "jusqu'"
  kSymbol,       // currency and percent signs, alone or with a scale: "%", "€", "m€"
  kPunctuation,  // everything else that is not space
  kUrl,          // web addresses and e-mail addresses, kept whole
};

std::string_view token_kind_name(TokenKind kind);

struct Token {
  uint32_t begin;  // view bytes, half-open
  uint32_t end;
  TokenKind kind;
};

}  // namespace glaneur::text
