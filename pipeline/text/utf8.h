// UTF-8 helpers: validation with the byte offset of the first bad sequence, decoding one code
// point, and CodePointIndex, which turns the byte offsets every stage works with into the code-point
// offsets the output contract wants (RE2 and ICU's UText report bytes; Python slices code points).
//
//   if (auto bad = first_invalid_utf8(text)) report("invalid UTF-8 at byte " + std::to_string(*bad));
//   CodePointIndex cps(text);
//   size_t cp = cps.code_point_at(byte_offset);
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glaneur::text {

// Byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are ill-formed), or nullopt when the text is valid.
std::optional<size_t> first_invalid_utf8(std::string_view text);

// Decodes the code point starting at text[pos] of valid UTF-8 and advances pos past it.
char32_t decode_utf8(std::string_view text, size_t& pos);

// Appends the UTF-8 encoding of cp.
void append_utf8(std::string& out, char32_t cp);

// Length in bytes of the sequence whose lead byte is `lead` (1 for ASCII and continuation bytes).
inline size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Byte offset → code-point offset in O(1) amortised: checkpoints every 64 bytes, then a short scan.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // `byte` must be a sequence boundary in [0, text.size()].
  size_t code_point_at(size_t byte) const;
  size_t size() const;  // number of code points in the text

 private:
  static constexpr size_t kStride = 64;
  std::string_view text_;
  std::vector<uint32_t> checkpoints_;  // code points before byte i * kStride
};

}  // namespace glaneur::text
