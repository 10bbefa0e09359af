// Tested by tests/text/sentences_test.cc
#include "text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>

#include "text/sentence_breaks.h"
#include "text/utf8.h"

namespace glaneur::text {
namespace {

// Unicode White_Space, so that NBSP and narrow NBSP (French typography: "M.\u00A0Dupont") count.
bool is_space(char32_t cp) { return u_isUWhiteSpace(cp); }
bool is_inline_space(char32_t cp) { return cp != U'\n' && cp != U'\r' && is_space(cp); }

// The code point before `pos` (pos > 0) and its start.
char32_t code_point_before(std::string_view s, size_t pos, size_t& start) {
  start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  size_t p = start;
  return decode_utf8(s, p);
}

char32_t code_point_at(std::string_view s, size_t pos) {
  return pos < s.size() ? decode_utf8(s, pos) : U'\0';
}

size_t skip_inline_spaces(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    size_t next = pos;
    if (!is_inline_space(decode_utf8(s, next))) break;
    pos = next;
  }
  return pos;
}

// The word that ends at `end` (spaces before `end` skipped): from the previous space or line start.
std::string_view word_before(std::string_view s, size_t end) {
  while (end > 0) {
    size_t start;
    if (!is_inline_space(code_point_before(s, end, start))) break;
    end = start;
  }
  // Abbreviations and initials are short: past 64 bytes the word is none of them, and a text
  // without spaces but full of "?!" would otherwise be scanned back again at every break.
  constexpr size_t kLongestWord = 64;
  size_t begin = end;
  while (begin > 0) {
    if (end - begin > kLongestWord) return {};
    size_t start;
    char32_t cp = code_point_before(s, begin, start);
    if (is_space(cp) || cp == U'(' || cp == U'«' || cp == U'"') break;
    begin = start;
  }
  return s.substr(begin, end - begin);
}

// The word that starts at `begin` (spaces skipped), up to the next space.
std::string_view word_after(std::string_view s, size_t begin) {
  begin = skip_inline_spaces(s, begin);
  size_t end = begin;
  while (end < s.size()) {
    size_t next = end;
    if (is_space(decode_utf8(s, next))) break;
    end = next;
  }
  return s.substr(begin, end - begin);
}

// Where a sentence that ICU ends at `at` really ends: after closing quotes and brackets that
// follow it ("Le projet avance. » Puis…": the » belongs to the first sentence).
size_t after_closing_marks(std::string_view s, size_t at) {
  while (true) {
    size_t p = skip_inline_spaces(s, at);
    if (p >= s.size()) return at;
    size_t next = p;
    char32_t cp = decode_utf8(s, next);
    if (cp != U'»' && cp != U')' && cp != U'\u201D' && cp != U']') return at;
    at = next;
  }
}

// "J." or "J.-L.": one or more capital initials, each followed by a dot.
bool is_initials(std::string_view word) {
  size_t pos = 0;
  bool any = false;
  while (pos < word.size()) {
    if (any && word[pos] == '-') ++pos;
    if (pos >= word.size() || !u_isupper(decode_utf8(word, pos))) return false;
    if (pos >= word.size() || word[pos] != '.') return false;
    ++pos;
    any = true;
  }
  return any;
}

// Where quotes open and close, and where lines end (a quote never spans lines).
struct QuoteMark {
  size_t at;
  char32_t kind;  // « » or \n
};

std::vector<QuoteMark> quote_marks(std::string_view s) {
  std::vector<QuoteMark> marks;
  // « is C2 AB and » is C2 BB in UTF-8. A loop over the bytes: find_first_of calls memchr on its
  // two bytes at every byte of the text.
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\n' && s[i] != '\xC2') continue;
    if (s[i] == '\n') marks.push_back({i, U'\n'});
    else if (i + 1 < s.size() && s[i + 1] == '\xAB') marks.push_back({i, U'«'});
    else if (i + 1 < s.size() && s[i + 1] == '\xBB') marks.push_back({i, U'»'});
  }
  return marks;
}

}  // namespace

struct SentenceSplitter::Impl {
  Abbreviations abbreviations;
  std::unique_ptr<icu::BreakIterator> sentences;

  std::vector<uint32_t> icu_breaks(std::string_view original);

  bool contains(const std::vector<std::string>& list, std::string_view word) const {
    return std::find(list.begin(), list.end(), word) != list.end();
  }
  bool is_abbreviation(std::string_view word) const {
    return contains(abbreviations.titles, word) || is_other(word);
  }
  // A sentence or a list item may start with one: "Oct. 2 : ouverture", "Env. 600 personnes".
  bool is_other(std::string_view word) const {
    if (contains(abbreviations.others, word)) return true;
    if (word.empty() || word[0] < 'A' || word[0] > 'Z') return false;
    std::string lowered(word);
    lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
    return contains(abbreviations.others, lowered);
  }

  // True when the break ICU put at `at` (original bytes) is not the end of a sentence.
  bool should_join(std::string_view s, size_t at, const std::vector<QuoteMark>& marks) const {
    if (at == 0 || at >= s.size()) return false;
    size_t before_start;
    if (code_point_before(s, at, before_start) == U'\n') return false;
    char32_t next = code_point_at(s, skip_inline_spaces(s, at));
    if (next == U'\n' || next == U'\r' || next == U'\0') return false;
    std::string_view word = word_before(s, at);
    if (contains(abbreviations.titles, word)) return true;
    if (is_other(word)) {
      // "52 av. J.-C. en Gaule": an abbreviation goes on before another one, a lower-case word or a digit.
      return u_islower(next) || u_isdigit(next) || is_abbreviation(word_after(s, at));
    }
    if (is_initials(word) && u_isupper(next)) return true;
    return inside_continued_quote(s, at, marks);
  }

  // « … » around `at` on the same line, with the sentence going on after the closing quote.
  static bool inside_continued_quote(std::string_view s, size_t at, const std::vector<QuoteMark>& marks) {
    auto after = std::lower_bound(marks.begin(), marks.end(), at, [](const QuoteMark& m, size_t a) { return m.at < a; });
    if (after == marks.begin() || after == marks.end()) return false;
    if ((after - 1)->kind != U'«' || after->kind != U'»') return false;
    char32_t next = code_point_at(s, skip_inline_spaces(s, after->at + std::string_view("»").size()));
    return next == U',' || next == U'-' || next == U'\u2013' || next == U'\u2014' || u_islower(next);
  }
};

SentenceSplitter::SentenceSplitter(Abbreviations abbreviations) : impl_(std::make_unique<Impl>()) {
  impl_->abbreviations = std::move(abbreviations);
  UErrorCode status = U_ZERO_ERROR;
  impl_->sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getFrench(), status));
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU sentence break iterator: ") + u_errorName(status));
}

SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;

// ICU's sentence boundaries in `original`: the simple rules' where they cover it (the same
// answer, without ICU's cost), ICU's otherwise.
std::vector<uint32_t> SentenceSplitter::Impl::icu_breaks(std::string_view original) {
  if (auto simple = simple_sentence_breaks(original)) return std::move(*simple);
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, original.data(), static_cast<int64_t>(original.size()), &status);
  sentences->setText(utext, status);
  std::vector<uint32_t> out;
  for (int32_t b = sentences->next(); b != icu::BreakIterator::DONE; b = sentences->next()) out.push_back(static_cast<uint32_t>(b));
  utext_close(utext);
  return out;
}

std::vector<Sentence> SentenceSplitter::split(const TextView& view) {
  std::string_view original = view.original();
  std::vector<QuoteMark> marks = quote_marks(original);
  std::vector<size_t> breaks;
  for (uint32_t b : impl_->icu_breaks(original)) {
    size_t at = after_closing_marks(original, b);
    if (!impl_->should_join(original, at, marks) && (breaks.empty() || at > breaks.back())) breaks.push_back(at);
  }

  std::string_view text = view.text();
  std::vector<Sentence> sentences;
  size_t begin = 0;
  for (size_t b : breaks) {
    size_t vb = view.to_view(begin), ve = view.to_view(b);
    while (vb < ve && std::isspace(static_cast<unsigned char>(text[vb]))) ++vb;
    while (ve > vb && std::isspace(static_cast<unsigned char>(text[ve - 1]))) --ve;
    if (vb < ve) sentences.push_back({static_cast<uint32_t>(vb), static_cast<uint32_t>(ve)});
    begin = b;
  }
  return sentences;
}

}  // namespace glaneur::text
