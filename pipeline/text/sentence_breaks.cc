// Tested by tests/text/sentence_breaks_test.cc (against ICU)
#include "text/sentence_breaks.h"

#include <unicode/uchar.h>

#include "text/covered_blocks.h"

namespace glaneur::text {
namespace {

constexpr int32_t kUncovered = U_SB_COUNT;

// The sentence-break class of each character below the last covered block; kUncovered for those
// of the blocks not covered.
const CoveredClasses<int8_t>& classes() {
  static const CoveredClasses<int8_t> table(
      [](char32_t c) {
        return static_cast<int8_t>(in_covered_block(c) ? u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK) : kUncovered);
      },
      static_cast<int8_t>(kUncovered));
  return table;
}

bool is_paragraph_end(int32_t c) { return c == U_SB_SEP || c == U_SB_CR || c == U_SB_LF; }
bool is_terminator(int32_t c) { return c == U_SB_ATERM || c == U_SB_STERM; }
bool is_letter(int32_t c) { return c == U_SB_UPPER || c == U_SB_LOWER || c == U_SB_OLETTER; }

// Reads the text a character at a time, with the combining marks and format characters after it
// (SB5: they take the class of what they follow, except after a paragraph's end).
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text), classes_(classes()) {}

  bool uncovered() const { return uncovered_; }

  // The class of the character at `pos` (inside the text), and where the next one starts.
  int32_t class_at(size_t pos, size_t& next) {
    int32_t c = one_at(pos, next);
    if (is_paragraph_end(c)) return c;
    while (next < text_.size()) {
      size_t after;
      int32_t mark = one_at(next, after);
      if (mark != U_SB_EXTEND && mark != U_SB_FORMAT) break;
      next = after;
    }
    return c;
  }

  // Whether the character before the one at `pos` (marks and format characters skipped) is a letter
  // in lower or upper case.
  bool cased_letter_before(size_t pos) {
    while (pos > 0) {
      size_t start = pos - 1;
      while (start > 0 && (static_cast<unsigned char>(text_[start]) & 0xC0) == 0x80) --start;
      size_t next;
      int32_t c = one_at(start, next);
      if (c != U_SB_EXTEND && c != U_SB_FORMAT) return c == U_SB_UPPER || c == U_SB_LOWER;
      pos = start;
    }
    return false;
  }

 private:
  int32_t one_at(size_t pos, size_t& next) {
    int32_t c = classes_.at(text_, pos, next);
    uncovered_ |= c == kUncovered;
    return c;
  }

  std::string_view text_;
  const CoveredClasses<int8_t>& classes_;
  bool uncovered_ = false;
};

}  // namespace

std::optional<std::vector<uint32_t>> simple_sentence_breaks(std::string_view text) {
  Reader reader(text);
  size_t n = text.size();
  std::vector<uint32_t> breaks;
  // The class at `pos`, or kUncovered at the end.
  auto class_at = [&](size_t pos, size_t& next) { return pos < n ? reader.class_at(pos, next) : (next = n, kUncovered); };
  // The boundary after a paragraph's end of class `c`, the next character at `next`: after the LF
  // of a CR and its LF (SB3, SB4).
  auto break_after_paragraph_end = [&](int32_t c, size_t& next) {
    size_t after;
    if (c == U_SB_CR && class_at(next, after) == U_SB_LF) next = after;
    breaks.push_back(static_cast<uint32_t>(next));
  };
  const auto& table = classes();
  auto plain = [&](unsigned char byte) { return byte < 128 && !is_terminator(table.ascii(byte)) && !is_paragraph_end(table.ascii(byte)); };
  for (size_t pos = 0, next; pos < n; pos = next) {
    // Most characters are no terminator and no line end: alone, they decide nothing.
    while (pos < n && plain(static_cast<unsigned char>(text[pos]))) ++pos;
    if (pos == n) break;
    int32_t c = reader.class_at(pos, next);
    if (is_paragraph_end(c)) {
      break_after_paragraph_end(c, next);
      continue;
    }
    if (!is_terminator(c)) continue;
    size_t after;
    int32_t following = class_at(next, after);
    if (c == U_SB_ATERM && (following == U_SB_NUMERIC ||                                     // SB6: "3.5"
                            (following == U_SB_UPPER && reader.cased_letter_before(pos))))  // SB7: "U.S."
      continue;
    // SB9, SB10: closing marks and spaces stay with the terminator.
    while (following == U_SB_CLOSE) following = class_at(next = after, after);
    while (following == U_SB_SP) following = class_at(next = after, after);
    if (next == n) break;
    if (is_paragraph_end(following)) {  // SB11, after the paragraph's end
      next = after;
      break_after_paragraph_end(following, next);
      continue;
    }
    if (c == U_SB_ATERM) {  // SB8: "etc. 3 ans", a lower-case letter before any other letter or terminator
      int32_t k = following;
      for (size_t at = after; k != kUncovered && !is_letter(k) && !is_paragraph_end(k) && !is_terminator(k);) k = class_at(at, at);
      if (k == U_SB_LOWER) continue;
    }
    // SB8a: "?!", ". ,": no break before another terminator or a continuing mark; else SB11.
    if (following != U_SB_SCONTINUE && !is_terminator(following)) breaks.push_back(static_cast<uint32_t>(next));
  }
  if (reader.uncovered()) return std::nullopt;
  if (n > 0 && (breaks.empty() || breaks.back() != n)) breaks.push_back(static_cast<uint32_t>(n));
  return breaks;
}

}  // namespace glaneur::text
