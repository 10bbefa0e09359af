// Tested by tests/eval/relation_scores_test.cc (the name folding cases)
#include "eval/name_fold.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>

namespace glaneur::eval {
namespace {

// str.isspace(): what str.split() splits on.
bool python_space(UChar32 c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// \w of Python's re on str: letters, anything with a numeric value, and _.
bool word_char(UChar32 c) {
  return c == '_' || u_isalpha(c) || u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

constexpr std::array<std::string_view, 22> kStopwords = {
    "le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et",
    "a", "au", "aux", "en", "sur", "pour", "son", "sa", "ses", "ce", "cette"};

}  // namespace

std::string folded(std::string_view name) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString(static_cast<UChar32>('\'')));
  text.toLower(icu::Locale::getRoot());
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_SUCCESS(status)) text = nfd->normalize(text, status);
  // Without combining marks, then the words joined by one space.
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 c = text.char32At(i);
    if (u_getCombiningClass(c) != 0) continue;
    if (python_space(c)) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(static_cast<UChar32>(' '));
    pending_space = false;
    out.append(c);
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

std::set<std::string> content_words(std::string_view name) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(folded(name));
  std::set<std::string> words;
  icu::UnicodeString word;
  auto flush = [&] {
    std::string utf8;
    word.toUTF8String(utf8);
    word.remove();
    if (utf8.empty()) return;
    for (std::string_view stop : kStopwords)
      if (utf8 == stop) return;
    words.insert(std::move(utf8));
  };
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 c = text.char32At(i);
    if (word_char(c)) word.append(c);
    else flush();
  }
  flush();
  return words;
}

}  // namespace glaneur::eval
