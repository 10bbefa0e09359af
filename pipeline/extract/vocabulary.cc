// Tested by tests/extract/number_fr_test.cc and the examples of rules/*.rules.
// Registers the built-in patterns and value functions that rules can name.
#include "rules/vocabulary.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "extract/number_fr.h"

namespace glaneur::rules {
namespace {

MaybeScalar parse_number(std::string_view s) {
  auto v = extract::parse_french_number(s);
  if (!v) return std::nullopt;
  return number_value(*v);
}

MaybeScalar parse_integer(std::string_view s) {
  int64_t v;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

MaybeScalar parse_day_of_month(std::string_view s) {
  if (s == "1er" || s == "premier") return int64_t{1};
  return parse_integer(s);
}

Vocabulary make_vocabulary() {
  Vocabulary v;
  v.builtins = {
      {"nombre", "a number in digits or words: 40 000, 3,7, 1.250.000, vingt et un, deux cent mille",
       std::string(extract::kFrenchNumberPattern), parse_number},
      {"entier", "a whole number written in digits: 27, 2024", R"(\b\d+\b)", parse_integer},
      {"annee", "a year from 1000 to 2199: 1998, 2028", R"(\b(?:1\d{3}|2[01]\d{2})\b)", parse_integer},
      {"jour", "a day of the month: 1er, premier, 2 … 31", R"(\b(?:1er|premier|[12]\d|3[01]|0?[1-9])\b)",
       parse_day_of_month},
  };
  return v;
}

}  // namespace

Scalar number_value(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.12g", v);
  double rounded = std::strtod(buffer, nullptr);
  if (std::floor(rounded) == rounded && std::fabs(rounded) < 9e15) return static_cast<int64_t>(rounded);
  return rounded;
}

const BuiltinPattern* Vocabulary::builtin(std::string_view name) const {
  for (const auto& b : builtins)
    if (b.name == name) return &b;
  return nullptr;
}

const ValueFunction* Vocabulary::function(std::string_view name) const {
  for (const auto& f : functions)
    if (f.name == name) return &f;
  return nullptr;
}

const Vocabulary& builtin_vocabulary() {
  static const Vocabulary vocabulary = make_vocabulary();
  return vocabulary;
}

}  // namespace glaneur::rules
