// Tested by tests/text/utf8_test.cc
#include "text/utf8.h"

#include <simdjson.h>

namespace glaneur::text {

std::optional<size_t> first_invalid_utf8(std::string_view text) {
  // On a long text (an article, a line), simdjson's vector check says at a fraction of a cycle a
  // byte whether it is valid, not where it is not: the bytes are walked only then. A short text
  // (a name, a value: most calls) is walked at once, since the call costs more than the walk.
  constexpr size_t kLongText = 256;
  if (text.size() >= kLongText && simdjson::validate_utf8(text.data(), text.size())) return std::nullopt;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Fast path: eight ASCII bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      __builtin_memcpy(&word, s + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = s[i];
    if (c < 0x80) { ++i; continue; }
    size_t len;
    char32_t min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
    else return i;
    if (i + len > n) return i;
    char32_t cp = c & (0xFF >> (len + 1));
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

char32_t decode_utf8(std::string_view text, size_t& pos) {
  auto c = static_cast<unsigned char>(text[pos]);
  size_t len = utf8_sequence_length(c);
  char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
  pos += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {
size_t count_code_points(std::string_view bytes) {
  size_t n = 0;
  for (char c : bytes) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}
}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 1);
  uint32_t count = 0;
  for (size_t start = 0; start <= text.size(); start += kStride) {
    checkpoints_.push_back(count);
    count += static_cast<uint32_t>(count_code_points(text.substr(start, kStride)));
  }
}

size_t CodePointIndex::code_point_at(size_t byte) const {
  size_t block = byte / kStride;
  size_t start = block * kStride;
  return checkpoints_[block] + count_code_points(text_.substr(start, byte - start));
}

size_t CodePointIndex::size() const { return code_point_at(text_.size()); }

}  // namespace glaneur::text
