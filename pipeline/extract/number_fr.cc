// Tested by tests/extract/number_fr_test.cc
#include "extract/number_fr.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <utility>

#include "text/text_set.h"

namespace glaneur::extract {
namespace {

// Number words in folded form ("zero", not "zéro") and what each does to the running value.
enum class Role { kAdd, kHundred, kThousand, kScale };
struct NumberWord {
  std::string_view word;
  double value;
  Role role;
};
constexpr std::array<NumberWord, 44> kNumberWords = {{
    {"zero", 0, Role::kAdd},        {"un", 1, Role::kAdd},          {"une", 1, Role::kAdd},
    {"deux", 2, Role::kAdd},        {"trois", 3, Role::kAdd},       {"quatre", 4, Role::kAdd},
    {"cinq", 5, Role::kAdd},        {"six", 6, Role::kAdd},         {"sept", 7, Role::kAdd},
    {"huit", 8, Role::kAdd},        {"neuf", 9, Role::kAdd},        {"dix", 10, Role::kAdd},
    {"onze", 11, Role::kAdd},       {"douze", 12, Role::kAdd},      {"treize", 13, Role::kAdd},
    {"quatorze", 14, Role::kAdd},   {"quinze", 15, Role::kAdd},     {"seize", 16, Role::kAdd},
    {"vingt", 20, Role::kAdd},      {"vingts", 20, Role::kAdd},     {"trente", 30, Role::kAdd},
    {"quarante", 40, Role::kAdd},   {"cinquante", 50, Role::kAdd},  {"soixante", 60, Role::kAdd},
    {"septante", 70, Role::kAdd},   {"octante", 80, Role::kAdd},    {"huitante", 80, Role::kAdd},
    {"nonante", 90, Role::kAdd},    {"cent", 100, Role::kHundred},  {"cents", 100, Role::kHundred},
    {"mille", 1e3, Role::kThousand}, {"mil", 1e3, Role::kThousand},
    {"million", 1e6, Role::kScale},  {"millions", 1e6, Role::kScale},
    {"milliard", 1e9, Role::kScale}, {"milliards", 1e9, Role::kScale},
    {"billion", 1e12, Role::kScale}, {"billions", 1e12, Role::kScale},
    {"dix-sept", 17, Role::kAdd},   {"dix-huit", 18, Role::kAdd},   {"dix-neuf", 19, Role::kAdd},
    {"et", 0, Role::kAdd},          {"quatre-vingt", 80, Role::kAdd}, {"quatre-vingts", 80, Role::kAdd},
}};

const NumberWord* find_word(std::string_view w) {
  for (const NumberWord& n : kNumberWords)
    if (n.word == w) return &n;
  return nullptr;
}

std::optional<double> parse_plain_digits(std::string_view s) {
  std::string plain;
  size_t i = 0;
  size_t commas = 0, dots = 0, digits_after_last_dot = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      plain += c;
      ++digits_after_last_dot;
    } else if (c == ',') {
      ++commas;
      plain += '.';
    } else if (c == '.') {
      ++dots;
      digits_after_last_dot = 0;
      plain += '\x01';  // decided below: a thousands separator or a decimal point
    } else if (c != ' ') {
      return std::nullopt;
    }
  }
  // "1.250.000" and "3.000" group thousands; "3.5" (one dot, not three digits after it) is a decimal.
  bool dots_group_thousands = commas > 0 || dots > 1 || (dots == 1 && digits_after_last_dot == 3);
  std::string number;
  for (char c : plain) {
    if (c == '\x01') {
      if (!dots_group_thousands) number += '.';
    } else {
      number += c;
    }
  }
  double value;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (ec != std::errc() || end != number.data() + number.size()) return std::nullopt;
  return value;
}

// "1,1^23": a power, as written where superscripts are not available.
std::optional<double> parse_digits(std::string_view s) {
  size_t caret = s.find('^');
  if (caret == std::string_view::npos) return parse_plain_digits(s);
  auto base = parse_plain_digits(s.substr(0, caret));
  auto exponent = parse_plain_digits(s.substr(caret + 1));
  if (!base || !exponent) return std::nullopt;
  double value = std::pow(*base, *exponent);
  if (!std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<double> parse_words(std::string_view s) {
  double total = 0, group = 0, current = 0;
  size_t words = 0;
  bool only_un = true;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find_first_of(" -", i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view w = s.substr(i, j - i);
    i = j + 1;
    if (w.empty()) continue;
    const NumberWord* n = find_word(w);
    if (!n) return std::nullopt;
    // "zéro" is a number alone: "un zéro pointé" is a mark, not one and zero.
    if (w == "zero" && (words > 0 || i < s.size())) return std::nullopt;
    // "millions de personnes": a scale word with no number before it counts nothing exactly.
    if (words == 0 && n->role == Role::kScale) return std::nullopt;
    ++words;
    if (w != "un" && w != "une" && w != "et") only_un = false;
    switch (n->role) {
      case Role::kAdd:
        // "quatre-vingt": four twenties, also after a hundred ("deux cent quatre-vingts").
        if (n->value == 20 && current < 1e15 && static_cast<long>(current) % 100 == 4) current += 76;
        else current += n->value;
        break;
      case Role::kHundred:
        current = (current == 0 ? 1 : current) * 100;
        break;
      case Role::kThousand:
        group = (group + current == 0 ? 1 : group + current) * 1000;
        current = 0;
        break;
      case Role::kScale:
        total += (group + current == 0 ? 1 : group + current) * n->value;
        group = current = 0;
        break;
    }
  }
  if (words == 0 || only_un) return std::nullopt;  // "un" or "une" alone is an article, not a number
  double value = total + group + current;
  if (!std::isfinite(value)) return std::nullopt;  // "cent cent cent…" a hundred and fifty times
  return value;
}

}  // namespace

bool is_number_word(std::string_view w) {
  // Asked of almost every token (rules' number trigger): a flat set, not a node per word.
  static const TextSet words = [] {
    TextSet out;
    for (const NumberWord& n : kNumberWords)
      if (n.word != "et") out.insert(n.word);
    return out;
  }();
  return words.count(w) > 0;
}

const std::string_view kFrenchNumberPattern =
    R"((?:\b(?:\d{1,3}(?: \d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?(?:\^\d{1,3})?)|)"
    R"(\b(?:(?:un|une|zero|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|)"
    R"(vingts?|trente|quarante|cinquante|soixante|septante|octante|huitante|nonante|cents?|mille|mil|millions?|)"
    R"(milliards?|billions?)(?:(?:-et-|-| et | )(?:un|une|zero|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|)"
    R"(douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|octante|huitante|)"
    R"(nonante|cents?|mille|mil|millions?|milliards?|billions?))*)\b))";

std::optional<double> parse_french_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  if (s[0] >= '0' && s[0] <= '9') return parse_digits(s);
  return parse_words(s);
}

}  // namespace glaneur::extract
