// Tested by tests/text/tokenizer_test.cc
#include "text/tokenizer.h"

#include <re2/re2.h>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

#include "text/utf8.h"
#include "text/word_breaks.h"

namespace glaneur::text {

std::string_view token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kElision: return "elision";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kPunctuation: return "punct";
    case TokenKind::kUrl: return "url";
  }
  return "?";
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return c >= 'a' && c <= 'z'; }
bool is_number_char(char c) { return is_digit(c) || c == ',' || c == '.'; }

// Words French elides before a vowel or a mute h. Only a token's first elision is split, so a
// compound such as "saint-jean-d'angely" stays whole.
constexpr std::array<std::string_view, 14> kElidedWords = {
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"};

bool is_elided_word(std::string_view w) {
  return std::find(kElidedWords.begin(), kElidedWords.end(), w) != kElidedWords.end();
}

TokenKind classify_segment(std::string_view segment, int32_t rule_status) {
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) {
    // ICU calls "a380" and "co2" numbers; a token with a letter is a word.
    bool letters = std::any_of(segment.begin(), segment.end(), [](char c) { return !is_number_char(c) && c != '-' && c != '+'; });
    return letters ? TokenKind::kWord : TokenKind::kNumber;
  }
  if (rule_status >= UBRK_WORD_LETTER) return TokenKind::kWord;
  size_t pos = 0;
  char32_t cp = decode_utf8(segment, pos);
  if (cp == U'%' || cp == U'\u2030' || u_charType(cp) == U_CURRENCY_SYMBOL) return TokenKind::kSymbol;
  return TokenKind::kPunctuation;
}

bool is_space_segment(std::string_view segment) {
  if (segment == " ") return true;  // most of them
  size_t pos = 0;
  while (pos < segment.size()) {
    if (!u_isWhitespace(decode_utf8(segment, pos))) return false;
  }
  return true;
}

using Tokens = std::vector<Token>;

// "50m" → "50" "m"; "14h30" → "14" "h" "30". Only tokens that start with a digit.
Tokens split_digits_from_letters(const Tokens& in, std::string_view text) {
  Tokens out;
  out.reserve(in.size());
  for (const Token& t : in) {
    if ((t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) || !is_digit(text[t.begin])) {
      out.push_back(t);
      continue;
    }
    uint32_t piece = t.begin;
    bool in_number = true;
    for (uint32_t i = t.begin; i < t.end; ++i) {
      bool number_char = is_number_char(text[i]);
      // Letters → number only at a digit, so a trailing separator stays with the letters' side.
      if (number_char != in_number && (is_digit(text[i]) || !number_char)) {
        out.push_back({piece, i, in_number ? TokenKind::kNumber : TokenKind::kWord});
        piece = i;
        in_number = number_char;
      }
    }
    out.push_back({piece, t.end, in_number ? TokenKind::kNumber : TokenKind::kWord});
  }
  return out;
}

bool is_digit_group(std::string_view text, const Token& t, size_t min_len, size_t max_len) {
  size_t len = t.end - t.begin;
  if (len < min_len || len > max_len) return false;
  for (uint32_t i = t.begin; i < t.end; ++i)
    if (!is_digit(text[i])) return false;
  return true;
}

// A group of exactly three digits, possibly with a decimal part: "000", "500,75".
bool is_thousands_group(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kNumber || t.end - t.begin < 3) return false;
  for (uint32_t i = t.begin; i < t.begin + 3; ++i)
    if (!is_digit(text[i])) return false;
  if (t.end - t.begin == 3) return true;
  if (text[t.begin + 3] != ',' || t.end - t.begin < 5) return false;
  for (uint32_t i = t.begin + 4; i < t.end; ++i)
    if (!is_digit(text[i])) return false;
  return true;
}

// "40 000", "1 250 000": the view has already turned NBSP and narrow NBSP into plain spaces.
Tokens join_thousands(const Tokens& in, std::string_view text) {
  Tokens out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    Token t = in[i];
    if (t.kind == TokenKind::kNumber && is_digit_group(text, t, 1, 3)) {
      while (i + 1 < in.size() && in[i + 1].begin == t.end + 1 && text[t.end] == ' ' &&
             is_thousands_group(text, in[i + 1])) {
        bool last = in[i + 1].end - in[i + 1].begin > 3;  // a decimal part ends the number
        t.end = in[++i].end;
        if (last) break;
      }
    }
    out.push_back(t);
  }
  return out;
}

bool is_compound_part(const Token& t) { return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber; }

// "Moscovici—qui accompagnait": a dash (en, em; the view reads it "-") glued to a word in lower case
// opens an aside; a hyphen, or a dash between numbers or names ("2024–2028", "Paris–Roubaix"),
// joins a compound.
bool opens_an_aside(const TextView& view, size_t dash, const Token& next) {
  size_t at = view.to_original_start(dash);
  std::string_view original = view.original();
  if (at >= original.size() || original[at] == '-' || next.kind != TokenKind::kWord) return false;
  size_t pos = at;
  char32_t mark = decode_utf8(original, pos);
  if (mark != U'\u2013' && mark != U'\u2014' && mark != U'\u2015') return false;
  pos = view.to_original_start(next.begin);
  return pos < original.size() && u_islower(decode_utf8(original, pos));
}

// Whether in[i] and in[i + 2] are parts glued by a hyphen or an ampersand, no space around it.
bool glued_to_next_part(const Tokens& in, size_t i, std::string_view text) {
  return i + 2 < in.size() && in[i + 1].begin == in[i].end && in[i + 1].end == in[i].end + 1 &&
         (text[in[i].end] == '-' || text[in[i].end] == '&') && in[i + 2].begin == in[i].end + 1 && is_compound_part(in[i + 2]);
}

// The words that open a clause or a phrase and never end a compound name, as written: "là" (in
// "celui-là") is no "la", nor "à" an "a".
bool opens_a_clause(std::string_view folded, std::string_view written) {
  static constexpr std::array<std::string_view, 11> kWords = {"qui", "que", "dont", "le", "la", "les", "ne", "se", "en", "a", "et"};
  for (std::string_view elided : {"n'", "s'", "qu'", "l'"})
    if (folded.starts_with(elided) && folded.size() > elided.size()) return true;
  return std::find(kWords.begin(), kWords.end(), written) != kWords.end();
}

// Whether the view's text before `at` ends a sentence or opens a quote: the capital after it says
// nothing of a name.
bool opens_a_sentence(std::string_view text, size_t at) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  if (at == 0) return true;
  char c = text[at - 1];
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' || text.substr(0, at).ends_with("«");
}

// "Moscovici-qui accompagnait", "Chirac-n'a pas": the dash of an aside typed or read back (OCR) as a
// hyphen, between a capitalised word and a word that opens a clause and ends the compound. Not
// "Bar-le-Duc" or "Aix-en-Provence" (a part follows), "Blainville-sur-l'eau" (after a lower-case
// part), "Faut-il" or "Vingt-et-un" (no such word last), "Parlons-en" or "Faites-le" opening a
// sentence (a verb, not a name).
bool hyphen_opens_an_aside(const TextView& view, const Tokens& in, size_t next) {
  std::string_view text = view.text();
  const Token& before = in[next - 2];
  if (text[before.end] != '-' || in[next].kind != TokenKind::kWord) return false;
  if (glued_to_next_part(in, next, text)) return false;  // a part follows
  std::string_view original = view.original();
  size_t first = view.to_original_start(before.begin);
  size_t word_begin = view.to_original_start(in[next].begin), word_end = view.to_original_end(in[next].end);
  if (!opens_a_clause(text.substr(in[next].begin, in[next].end - in[next].begin), original.substr(word_begin, word_end - word_begin)))
    return false;
  if (first >= original.size() || opens_a_sentence(text, before.begin) || !u_isupper(decode_utf8(original, first))) return false;
  // In lower case throughout: "Raon-l'Etape" is a town.
  for (size_t pos = word_begin; pos < word_end;)
    if (u_isupper(decode_utf8(original, pos))) return false;
  return true;
}

// "ile-de-france", "vice-president", "2024-2028", "r&d": parts glued by a hyphen or an ampersand,
// no space around it.
Tokens join_compounds(const Tokens& in, const TextView& view) {
  std::string_view text = view.text();
  Tokens out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    Token t = in[i];
    if (is_compound_part(t)) {
      while (glued_to_next_part(in, i, text) && !opens_an_aside(view, t.end, in[i + 2]) && !hyphen_opens_an_aside(view, in, i + 2)) {
        if (in[i + 2].kind == TokenKind::kWord) t.kind = TokenKind::kWord;
        t.end = in[i + 2].end;
        i += 2;
      }
    }
    out.push_back(t);
  }
  return out;
}

bool starts_uppercase(std::string_view original, size_t at) {
  size_t pos = at;
  return at < original.size() && u_isupper(decode_utf8(original, pos));
}

// "l'occitanie" → "l'" "occitanie". Names such as "N'Diaye" (an uppercase letter after "N'") and
// "presqu'ile" stay whole. Before a quote ("d'« Espace-beauté »") ICU leaves the elided word and
// its apostrophe apart: they make one elision.
Tokens split_elisions(const Tokens& in, const TextView& view) {
  std::string_view text = view.text();
  auto text_of = [&](size_t k) { return text.substr(in[k].begin, in[k].end - in[k].begin); };
  Tokens out;
  out.reserve(in.size() + in.size() / 8);
  for (size_t k = 0; k < in.size(); ++k) {
    const Token& t = in[k];
    std::string_view word = text_of(k);
    if (t.kind == TokenKind::kWord && k + 2 < in.size() && in[k + 1].begin == t.end && text_of(k + 1) == "'" &&
        is_elided_word(word) && (text_of(k + 2) == "\u00ab" || text_of(k + 2) == "\u201c" || text_of(k + 2) == "\"")) {
      out.push_back({t.begin, in[k + 1].end, TokenKind::kElision});
      ++k;
      continue;
    }
    size_t apostrophe = word.find('\'');
    if (t.kind != TokenKind::kWord || apostrophe == std::string_view::npos || apostrophe + 1 == word.size() ||
        !is_elided_word(word.substr(0, apostrophe)) || word.starts_with("presqu'il")) {
      out.push_back(t);
      continue;
    }
    uint32_t split = t.begin + static_cast<uint32_t>(apostrophe) + 1;
    if (word.starts_with("n'") && starts_uppercase(view.original(), view.to_original_start(t.begin)) &&
        starts_uppercase(view.original(), view.to_original_start(split))) {
      out.push_back(t);
      continue;
    }
    out.push_back({t.begin, split, TokenKind::kElision});
    out.push_back({split, t.end, t.kind});
  }
  return out;
}

// "m€", "md€", "k€": a scale glued to a currency sign reads as one symbol.
Tokens join_scaled_currency(const Tokens& in, std::string_view text) {
  Tokens out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    Token t = in[i];
    if (t.kind == TokenKind::kWord && t.end - t.begin <= 4 && i + 1 < in.size() && in[i + 1].begin == t.end &&
        in[i + 1].kind == TokenKind::kSymbol && text[in[i + 1].begin] != '%' &&
        std::all_of(text.begin() + t.begin, text.begin() + t.end, is_ascii_letter)) {
      t = {t.begin, in[++i].end, TokenKind::kSymbol};
    }
    out.push_back(t);
  }
  return out;
}

// "s.n.c.f" + "." → "s.n.c.f.": ICU leaves the final dot of a dotted acronym outside.
Tokens join_dotted_acronyms(const Tokens& in, std::string_view text) {
  Tokens out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    Token t = in[i];
    std::string_view w = text.substr(t.begin, t.end - t.begin);
    bool dotted = t.kind == TokenKind::kWord && w.size() >= 3 && w[1] == '.';
    for (size_t k = 0; dotted && k < w.size(); ++k) dotted = (k % 2 == 1) ? w[k] == '.' : is_ascii_letter(w[k]);
    if (dotted && i + 1 < in.size() && in[i + 1].begin == t.end && text[t.end] == '.') t.end = in[++i].end;
    out.push_back(t);
  }
  return out;
}

// Web and e-mail addresses replace the tokens they overlap.
Tokens keep_addresses_whole(const Tokens& in, std::string_view text, const RE2& address) {
  if (text.find("://") == std::string_view::npos && text.find("www.") == std::string_view::npos &&
      text.find('@') == std::string_view::npos) {
    return in;
  }
  Tokens out;
  out.reserve(in.size());
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t i = 0;
  while (RE2::FindAndConsume(&input, address, &match)) {
    auto begin = static_cast<uint32_t>(match.data() - text.data());
    auto end = static_cast<uint32_t>(begin + match.size());
    while (i < in.size() && in[i].end <= begin) out.push_back(in[i++]);
    while (i < in.size() && in[i].begin < end) ++i;
    out.push_back({begin, end, TokenKind::kUrl});
  }
  while (i < in.size()) out.push_back(in[i++]);
  return out;
}

}  // namespace

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  std::vector<WordSegment> segments(std::string_view text);

  RE2 address{R"(((?:https?://|www\.)[^\s<>"«»]*[^\s<>"«».,;:!?)\]]|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}))"};
};

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getFrench(), status));
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU word break iterator: ") + u_errorName(status));
}

Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

// The word segments of `text`: the simple rules' where they cover it (ICU's answer, without its
// cost), ICU's otherwise.
std::vector<WordSegment> Tokenizer::Impl::segments(std::string_view text) {
  if (auto simple = simple_word_breaks(text)) return std::move(*simple);
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  words->setText(utext, status);
  std::vector<WordSegment> out;
  int32_t start = words->first();
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next())
    out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), words->getRuleStatus()});
  utext_close(utext);
  return out;
}

std::vector<Token> Tokenizer::tokenize(const TextView& view) {
  std::string_view text = view.text();
  Tokens raw;
  raw.reserve(text.size() / 5);
  for (const WordSegment& s : impl_->segments(text)) {
    std::string_view segment = text.substr(s.begin, s.end - s.begin);
    if (s.status == UBRK_WORD_NONE && is_space_segment(segment)) continue;
    raw.push_back({s.begin, s.end, classify_segment(segment, s.status)});
  }

  Tokens tokens = keep_addresses_whole(raw, text, impl_->address);
  tokens = split_digits_from_letters(tokens, text);
  tokens = join_thousands(tokens, text);
  tokens = join_compounds(tokens, view);
  tokens = split_elisions(tokens, view);
  tokens = join_scaled_currency(tokens, text);
  return join_dotted_acronyms(tokens, text);
}

}  // namespace glaneur::text
