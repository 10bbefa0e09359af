// Tested by tests/extract/number_fr_test.cc and the examples of rules/*.rules.
// Registers the built-in patterns and value functions that rules can name.
#include "rules/vocabulary.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "extract/date_resolve.h"
#include "extract/lexicon_fr.h"
#include "extract/number_fr.h"

namespace glaneur::rules {
namespace {

constexpr std::string_view kWord = R"(\b[a-z](?:[a-z0-9']|-[a-z0-9])*\b)";

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

// Every argument of a date function (a year, a day, a count of units) is a small integer:
// "dans 2147483647 mois" is not a date. Past this bound there is no value, which also keeps the
// date arithmetic far from int overflow.
constexpr int64_t kLargestDateArgument = 100000;

std::optional<int64_t> to_int(const MaybeScalar& s) {
  if (!s) return std::nullopt;
  std::optional<int64_t> v;
  if (auto i = std::get_if<int64_t>(&*s)) v = *i;
  if (auto d = std::get_if<double>(&*s); d && std::floor(*d) == *d && std::fabs(*d) <= kLargestDateArgument)
    v = static_cast<int64_t>(*d);
  if (auto text = std::get_if<std::string>(&*s)) {
    int64_t parsed;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), parsed);
    if (ec == std::errc() && end == text->data() + text->size()) v = parsed;
  }
  if (v && (*v > kLargestDateArgument || *v < -kLargestDateArgument)) return std::nullopt;
  return v;
}

std::optional<std::string> to_text(const MaybeScalar& s) {
  if (!s) return std::nullopt;
  if (auto text = std::get_if<std::string>(&*s)) return *text;
  return std::nullopt;
}

bool in_range(std::optional<int64_t> v, int64_t low, int64_t high) { return v && *v >= low && *v <= high; }

std::optional<int> optional_int(const MaybeScalar& s) {
  auto v = to_int(s);
  return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

// A day of a period "du d1 m1 au d2 m2 y" (arguments y, m1, d1, m2, d2): its first or, `closing`,
// its last. The one year written serves both: a start that falls after the end is in y - 1, an
// end that falls before the start in y + 1.
MaybeScalar period_day(const std::vector<MaybeScalar>& a, const extract::Day& anchor, bool closing) {
  auto y = to_int(a[0]), m1 = to_int(a[1]), d1 = to_int(a[2]), m2 = to_int(a[3]), d2 = to_int(a[4]);
  if (!in_range(y, 0, 9999) || !in_range(m1, 1, 12) || !in_range(d1, 1, 31) || !in_range(m2, 1, 12) || !in_range(d2, 1, 31))
    return std::nullopt;
  bool crosses_new_year = *m1 * 100 + *d1 > *m2 * 100 + *d2;
  int year = extract::full_year(static_cast<int>(*y), anchor) + (crosses_new_year ? (closing ? 1 : -1) : 0);
  std::string v = closing ? extract::day_value(year, static_cast<int>(*m2), static_cast<int>(*d2), anchor)
                          : extract::day_value(year, static_cast<int>(*m1), static_cast<int>(*d1), anchor);
  if (!extract::parse_day(v)) return std::nullopt;
  return Scalar(v);
}

// A month of a period "de m1 à m2 (y)" (arguments y?, m1, m2): its first or, `closing`, its last.
// The year written is the end's; without one, the period nearest the article date or the tense.
MaybeScalar period_month(const std::vector<MaybeScalar>& a, const extract::Day& anchor, int tense, bool closing) {
  auto y = optional_int(a[0]);
  auto m1 = to_int(a[1]), m2 = to_int(a[2]);
  if (!in_range(m1, 1, 12) || !in_range(m2, 1, 12) || (y && (*y < 0 || *y > 9999))) return std::nullopt;
  bool crosses_new_year = *m1 > *m2;
  int start_year = y ? extract::full_year(*y, anchor) - (crosses_new_year ? 1 : 0)
                     : extract::period_start_year(static_cast<int>(*m1), static_cast<int>(*m2), anchor, tense);
  int year = start_year + (closing && crosses_new_year ? 1 : 0);
  return Scalar(extract::month_value(year, static_cast<int>(closing ? *m2 : *m1), anchor));
}

// One end of "les n derniers / prochains <unit>" (arguments unit, n, side): `last` picks the end.
MaybeScalar counted_units_end(const std::vector<MaybeScalar>& a, const extract::Day& anchor, bool last) {
  auto unit = to_text(a[0]);
  auto parsed = unit ? extract::parse_unit(*unit) : std::nullopt;
  auto n = to_int(a[1]), side = to_int(a[2]);
  if (!parsed || !in_range(n, 1, 1000) || !(side == -1 || side == 1)) return std::nullopt;
  auto [first, final] = extract::counted_units_value(*parsed, static_cast<int>(*n), static_cast<int>(*side), anchor);
  return Scalar(last ? final : first);
}

// Wraps a date function: no anchor, or an argument out of range, gives no value (no mention).
ValueFunction date_function(std::string name, std::string doc, size_t min_args, size_t max_args,
                            std::function<MaybeScalar(const std::vector<MaybeScalar>&, const extract::Day&, int tense)> body,
                            bool reads_tense = false) {
  return {std::move(name), std::move(doc), min_args, max_args,
          [body](const std::vector<MaybeScalar>& args, const EvalContext& context) -> MaybeScalar {
            auto anchor = extract::parse_day(context.anchor);
            if (!anchor) return std::nullopt;
            return body(args, *anchor, context.tense);
          },
          reads_tense};
}

MaybeScalar arg(const std::vector<MaybeScalar>& args, size_t i) { return i < args.size() ? args[i] : std::nullopt; }

std::vector<ValueFunction> date_functions() {
  using extract::Day;
  return {
      date_function("date", "date(y?, m, d, k?, w?) or date(m, d): a day; without a year, the nearest one (k = 1 the next, -1 the last) on ISO weekday w when one falls on it, unless the sentence's tense says otherwise", 2, 5,
                    [](const auto& given, const Day& anchor, int tense) -> MaybeScalar {
                      std::vector<MaybeScalar> a = given;
                      if (a.size() == 2) a.insert(a.begin(), std::nullopt);
                      auto m = to_int(a[1]), d = to_int(a[2]);
                      if (!in_range(m, 1, 12) || !in_range(d, 1, 31)) return std::nullopt;
                      int k = static_cast<int>(to_int(arg(a, 3)).value_or(0));
                      auto w = to_int(arg(a, 4));
                      if (w && !in_range(w, 1, 7)) return std::nullopt;
                      std::string v = extract::day_value(optional_int(a[0]), static_cast<int>(*m), static_cast<int>(*d), anchor, k,
                                                         static_cast<int>(w.value_or(0)), tense);
                      if (!extract::parse_day(v)) return std::nullopt;  // 31 avril
                      return Scalar(v);
                    }, true),
      date_function("month", "month(y?, m, k?): a month; without a year, the nearest one (k = 1 the next, -1 the last), unless the sentence's tense says otherwise", 2, 3,
                    [](const auto& a, const Day& anchor, int tense) -> MaybeScalar {
                      auto m = to_int(a[1]);
                      if (!in_range(m, 1, 12)) return std::nullopt;
                      int k = static_cast<int>(to_int(arg(a, 2)).value_or(0));
                      return Scalar(extract::month_value(optional_int(a[0]), static_cast<int>(*m), anchor, k, tense));
                    }, true),
      date_function("weekend", "weekend(n?): the weekend of the article's week, moved by n weeks", 0, 1,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      return Scalar(extract::weekend_value(static_cast<int>(to_int(arg(a, 0)).value_or(0)), anchor));
                    }),
      date_function("year", "year(y): a year (two digits are read in the article's century)", 1, 1,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      auto y = to_int(a[0]);
                      if (!in_range(y, 0, 9999)) return std::nullopt;
                      return Scalar(extract::year_value(static_cast<int>(*y), anchor));
                    }),
      date_function("weekday", "weekday(w, k?): ISO weekday w; k = 1 next, -1 last; else the sentence's tense, else the nearest", 1, 2,
                    [](const auto& a, const Day& anchor, int tense) -> MaybeScalar {
                      auto w = to_int(a[0]);
                      if (!in_range(w, 1, 7)) return std::nullopt;
                      int k = static_cast<int>(to_int(arg(a, 1)).value_or(0));
                      return Scalar(extract::weekday_value(static_cast<int>(*w), k, anchor, tense));
                    }, true),
      date_function("offset", "offset(unit, n): the article date moved by n units (day, week, month, quarter, year)", 2, 2,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      auto unit = to_text(a[0]);
                      auto parsed = unit ? extract::parse_unit(*unit) : std::nullopt;
                      auto n = to_int(a[1]);
                      if (!parsed || !n) return std::nullopt;
                      return Scalar(extract::offset_value(*parsed, static_cast<int>(*n), anchor));
                    }),
      date_function("units_start", "units_start(unit, n, side): the first of the n whole units before (side -1) or after (+1) the article's (\"les dix derniers mois\")", 3, 3,
                    [](const auto& a, const Day& anchor, int) { return counted_units_end(a, anchor, false); }),
      date_function("units_end", "units_end(unit, n, side): the last of the n whole units before (side -1) or after (+1) the article's (\"les trois prochaines années\")", 3, 3,
                    [](const auto& a, const Day& anchor, int) { return counted_units_end(a, anchor, true); }),
      date_function("week_of", "week_of(day): the ISO week a day (\"2024-06-10\") falls in (\"la semaine du 10 juin\")", 1, 1,
                    [](const auto& a, const Day&, int) -> MaybeScalar {
                      auto text = to_text(a[0]);
                      auto day = text ? extract::parse_day(*text) : std::nullopt;
                      if (!day) return std::nullopt;
                      return Scalar(extract::offset_value(extract::Unit::kWeek, 0, *day));
                    }),
      date_function("point", "point(unit, n): the point n units from the article date; weeks are counted in days, since \"il y a une semaine\" is a day", 2, 2,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      auto unit = to_text(a[0]);
                      auto parsed = unit ? extract::parse_unit(*unit) : std::nullopt;
                      auto n = to_int(a[1]);
                      if (!parsed || !n) return std::nullopt;
                      if (*parsed == extract::Unit::kWeek) return Scalar(extract::offset_value(extract::Unit::kDay, static_cast<int>(*n) * 7, anchor));
                      return Scalar(extract::offset_value(*parsed, static_cast<int>(*n), anchor));
                    }),
      date_function("season", "season(s) or season(y?, s, k?): SP, SU, FA, WI; k = 1 the next one, -1 the last one", 1, 3,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      bool alone = a.size() == 1;
                      auto s = to_text(alone ? a[0] : a[1]);
                      if (!s) return std::nullopt;
                      std::optional<int> y = alone ? std::nullopt : optional_int(a[0]);
                      std::string v = extract::season_value(y, *s, static_cast<int>(to_int(arg(a, 2)).value_or(0)), anchor);
                      return v.empty() ? std::nullopt : MaybeScalar(Scalar(v));
                    }),
      date_function("quarter", "quarter(y?, q): a quarter, 1 to 4", 2, 2,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      auto q = to_int(a[1]);
                      if (!in_range(q, 1, 4)) return std::nullopt;
                      return Scalar(extract::quarter_value(optional_int(a[0]), static_cast<int>(*q), anchor));
                    }),
      date_function("half", "half(y?, h): a half-year, 1 or 2", 2, 2,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      auto h = to_int(a[1]);
                      if (!in_range(h, 1, 2)) return std::nullopt;
                      return Scalar(extract::half_value(optional_int(a[0]), static_cast<int>(*h), anchor));
                    }),
      date_function("decade", "decade(y): \"les années 1990\" or \"les années 90\" → 199", 1, 1,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      auto y = to_int(a[0]);
                      if (!y || *y % 10 != 0) return std::nullopt;
                      return Scalar(extract::decade_value(static_cast<int>(*y), anchor));
                    }),
      date_function("month_day", "month_day(k?, d): day d of the article's month moved by k months (\"le 4 de ce mois\")", 2, 2,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      auto k = std::optional<int64_t>(to_int(a[0]).value_or(0)), d = to_int(a[1]);
                      if (!in_range(k, -1200, 1200) || !in_range(d, 1, 31)) return std::nullopt;
                      std::string v = extract::month_day_value(static_cast<int>(*k), static_cast<int>(*d), anchor);
                      return v.empty() ? std::nullopt : MaybeScalar(Scalar(v));
                    }),
      date_function("date_before", "date_before(y, m1, d1, m2, d2): day d1 of m1 that opens a period closed by d2 of m2 in year y (year y - 1 when it falls after: \"du 28 décembre au 3 janvier 2025\")", 5, 5,
                    [](const auto& a, const Day& anchor, int) { return period_day(a, anchor, false); }),
      date_function("date_after", "date_after(y, m1, d1, m2, d2): day d2 of m2 that closes a period opened by d1 of m1 in year y (year y + 1 when it falls before: \"du 28 décembre 2024 au 3 janvier\")", 5, 5,
                    [](const auto& a, const Day& anchor, int) { return period_day(a, anchor, true); }),
      date_function("month_before", "month_before(y?, m1, m2): month m1 that opens a period closed by month m2 (of year y: y - 1 when m1 comes after m2, \"de décembre à mars 2025\"; without y, the period nearest the article date, or the one the tense says)", 3, 3,
                    [](const auto& a, const Day& anchor, int tense) { return period_month(a, anchor, tense, false); }, true),
      date_function("month_after", "month_after(y?, m1, m2): month m2 that closes a period opened by month m1 (of year y; without y, in the year of the period's start, or the next when m2 comes before m1)", 3, 3,
                    [](const auto& a, const Day& anchor, int tense) { return period_month(a, anchor, tense, true); }, true),
      date_function("end_after", "end_after(start, end): the end of a period moved after its start when it falls before (a week for weekdays, else a year): \"du 8 mars au 21 septembre\"", 2, 2,
                    [](const auto& a, const Day&, int) -> MaybeScalar {
                      auto start = to_text(a[0]), end = to_text(a[1]);
                      if (!end) return std::nullopt;
                      return Scalar(start ? extract::end_after_start(*start, *end) : *end);
                    }),
      date_function("month_day_nearest", "month_day_nearest(d): day d of the article's month, the one before or after, whichever is nearest (\"le 17 à 20 h\")", 1, 1,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      auto d = to_int(a[0]);
                      if (!in_range(d, 1, 31)) return std::nullopt;
                      std::string v = extract::nearest_month_day_value(static_cast<int>(*d), anchor);
                      return v.empty() ? std::nullopt : MaybeScalar(Scalar(v));
                    }),
      date_function("weekday_month_day", "weekday_month_day(w, d): day d of the month nearest the article date where it is ISO weekday w (\"samedi 18\")", 2, 2,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      auto w = to_int(a[0]), d = to_int(a[1]);
                      if (!in_range(w, 1, 7) || !in_range(d, 1, 31)) return std::nullopt;
                      std::string v = extract::weekday_month_day_value(static_cast<int>(*w), static_cast<int>(*d), anchor);
                      return v.empty() ? std::nullopt : MaybeScalar(Scalar(v));
                    }),
      date_function("week_day", "week_day(k?, w): ISO weekday w of the article's week moved by k weeks (\"vendredi de la semaine prochaine\")", 2, 2,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      auto k = std::optional<int64_t>(to_int(a[0]).value_or(0)), w = to_int(a[1]);
                      if (!in_range(k, -5000, 5000) || !in_range(w, 1, 7)) return std::nullopt;
                      return Scalar(extract::week_day_value(static_cast<int>(*k), static_cast<int>(*w), anchor));
                    }),
      date_function("nth_weekday", "nth_weekday(y?, m?, k?, n, w): the n-th (-1: last) weekday w of month m (year y, else the nearest), or, without m, of the article's month moved by k months", 5, 5,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      auto m = to_int(a[1]), n = to_int(a[3]), w = to_int(a[4]);
                      auto k = to_int(a[2]).value_or(0);
                      if (!n || !in_range(w, 1, 7) || k < -1200 || k > 1200) return std::nullopt;
                      if (a[0] && !in_range(to_int(a[0]), 0, 9999)) return std::nullopt;
                      if (m && !in_range(m, 1, 12)) return std::nullopt;
                      auto y = optional_int(a[0]);
                      Day month = m ? Day{y ? extract::full_year(*y, anchor) : extract::period_start_year(static_cast<int>(*m), static_cast<int>(*m), anchor),
                                          static_cast<int>(*m), 1}
                                    : extract::shifted_month(anchor, static_cast<int>(k));
                      std::string v = extract::nth_weekday_value(month.year, month.month, static_cast<int>(*n), static_cast<int>(*w));
                      return v.empty() ? std::nullopt : MaybeScalar(Scalar(v));
                    }),
      date_function("iso_week", "iso_week(y, n): ISO week n of year y (\"la troisième semaine de 2027\")", 2, 2,
                    [](const auto& a, const Day& anchor, int) -> MaybeScalar {
                      auto y = to_int(a[0]), n = to_int(a[1]);
                      if (!in_range(y, 0, 9999) || !in_range(n, 1, 53)) return std::nullopt;
                      std::string v = extract::iso_week_value(extract::full_year(static_cast<int>(*y), anchor), static_cast<int>(*n));
                      return v.empty() ? std::nullopt : MaybeScalar(Scalar(v));
                    }),
      date_function("century", "century(c): \"le XXe siècle\" → 19", 1, 1,
                    [](const auto& a, const Day&, int) -> MaybeScalar {
                      auto c = to_int(a[0]);
                      if (!in_range(c, 1, 30)) return std::nullopt;
                      return Scalar(extract::century_value(static_cast<int>(*c)));
                    }),
  };
}

Vocabulary make_vocabulary() {
  Vocabulary v;
  v.builtins = {
      {"nombre", "a number in digits or words: 40 000, 3,7, 1.250.000, vingt et un, deux cent mille",
       std::string(extract::kFrenchNumberPattern), parse_number, true},
      {"entier", "a whole number written in digits: 27, 2024", R"(\b\d+\b)", parse_integer, true},
      {"annee", "a year from 1000 to 2199: 1998, 2028", R"(\b(?:1\d{3}|2[01]\d{2})\b)", parse_integer, true},
      {"annee2", "a year in two digits, read in the nearest century: 98, 05, 27", R"(\b\d{2}\b)", parse_integer, true},
      {"mois_num", "a month in digits: 1 … 12, 01 … 09", R"(\b(?:0?[1-9]|1[0-2])\b)", parse_integer, true},
      {"mois_num0", "a month in two digits, 01 … 09 (\"22/04\": no fraction is written so)", R"(\b0[1-9]\b)", parse_integer, true},
      {"jour_haut", "a day of the month that no month number can be: 13 … 31", R"(\b(?:1[3-9]|2\d|3[01])\b)", parse_integer, true},
      {"jour", "a day of the month: 1er, premier, 2 … 31", R"(\b(?:1er|premier|[12]\d|3[01]|0?[1-9])\b)",
       parse_day_of_month, true},
      {"centimes", "two digits of cents after a currency, in units: \"3 euros [50]\" → 0.5", R"(\b\d{2}\b)",
       [](std::string_view s) -> MaybeScalar {
         auto cents = parse_integer(s);
         if (!cents) return std::nullopt;
         return number_value(static_cast<double>(std::get<int64_t>(*cents)) / 100);
       },
       true},
      {"mot", "one word: letters, then letters, digits or hyphens (\"habitants\", \"start-up\", \"ia-clusters\")",
       std::string(kWord), [](std::string_view s) -> MaybeScalar { return Scalar(std::string(s)); }},
      {"nom", "a noun of the French dictionary, or a hyphenated compound (\"habitants\", \"start-up\", \"IA-Clusters\")",
       std::string(kWord), [](std::string_view s) -> MaybeScalar {
         if (s.find('-') == std::string_view::npos && !extract::french_lexicon().is_noun(s)) return std::nullopt;
         return Scalar(std::string(s));
       }},
      {"adjectif", "an adjective of the French dictionary, in any gender and number (\"primitif\", \"régionaux\")",
       std::string(kWord), [](std::string_view s) -> MaybeScalar {
         if (!extract::french_lexicon().is_adjective(s)) return std::nullopt;
         return Scalar(std::string(s));
       }},
  };
  v.functions = date_functions();
  v.functions.push_back({"sum", "sum(a, b, …): numbers added: \"3 euros 50\" → sum(a, c)", 2, 8,
                         [](const std::vector<MaybeScalar>& args, const EvalContext&) -> MaybeScalar {
                           double total = 0;
                           for (const MaybeScalar& a : args) {
                             std::optional<double> n = a ? as_number(*a) : std::nullopt;
                             if (!n) return std::nullopt;
                             total += *n;
                           }
                           return number_value(total);
                         }});
  v.functions.push_back({"text", "text(): the span as the article writes it, without a determiner before it", 0, 0,
                         [](const std::vector<MaybeScalar>&, const EvalContext& context) -> MaybeScalar {
                           if (context.span_text.empty()) return std::nullopt;
                           return Scalar(std::string(context.span_text));
                         },
                         false, true});
  return v;
}

}  // namespace

std::optional<double> as_number(const Scalar& s) {
  if (auto i = std::get_if<int64_t>(&s)) return static_cast<double>(*i);
  if (auto d = std::get_if<double>(&s)) return *d;
  return std::nullopt;
}

Scalar number_value(double v) {
  // Most values are whole numbers that twelve significant digits hold as they are.
  if (std::floor(v) == v && std::fabs(v) < 1e12) return static_cast<int64_t>(v);
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
