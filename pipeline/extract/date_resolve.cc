// Tested by tests/extract/date_resolve_test.cc
#include "extract/date_resolve.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace glaneur::extract {
namespace {

using namespace std::chrono;

sys_days to_days(const Day& d) { return sys_days{year{d.year} / month{static_cast<unsigned>(d.month)} / day{static_cast<unsigned>(d.day)}}; }

Day from_days(sys_days days) {
  year_month_day ymd{days};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string format(const char* pattern, int a, int b = 0, int c = 0) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
  return buffer;
}

std::string day_string(const Day& d) { return format("%04d-%02d-%02d", d.year, d.month, d.day); }

int iso_weekday(sys_days d) { return static_cast<int>(std::chrono::weekday{d}.iso_encoding()); }

// Days between the anchor and the middle of [first, last] months of `year` (months may pass 12).
long distance_to_months(int year, int first_month, int last_month, const Day& anchor) {
  int middle = (first_month + last_month) / 2;
  int y = year + (middle - 1) / 12, m = (middle - 1) % 12 + 1;
  return std::labs((to_days({y, m, 15}) - to_days(anchor)).count());
}

// The year, among the anchor's and its neighbours, that puts months [first, last] nearest to it.
int nearest_year(int first_month, int last_month, const Day& anchor) {
  int best = anchor.year;
  long best_distance = distance_to_months(anchor.year, first_month, last_month, anchor);
  for (int y : {anchor.year - 1, anchor.year + 1}) {
    long d = distance_to_months(y, first_month, last_month, anchor);
    if (d < best_distance) best = y, best_distance = d;
  }
  return best;
}

// `year`, moved when the tense contradicts months [first, last] of it (months may pass 12): in
// the past tense, a period that ends two months or more after the anchor is last year's; in the
// future tense, one that began two months or more before it is next year's.
int year_the_tense_says(int year, int first_month, int last_month, const Day& anchor, int tense) {
  int anchor_months = anchor.year * 12 + anchor.month;
  if (tense < 0 && year * 12 + last_month - anchor_months >= 2) return year - 1;
  if (tense > 0 && anchor_months - (year * 12 + first_month) >= 2) return year + 1;
  return year;
}

struct Season {
  const char* code;
  int first_month, last_month;  // winter runs from December to February of the next year
};
constexpr Season kSeasons[] = {{"SP", 3, 5}, {"SU", 6, 8}, {"FA", 9, 11}, {"WI", 12, 14}};

}  // namespace

std::optional<Day> parse_day(const std::string& iso) {
  int y, m, d;
  if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nullopt;
  year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Day{y, m, d};
}

std::optional<Unit> parse_unit(const std::string& name) {
  if (name == "day") return Unit::kDay;
  if (name == "week") return Unit::kWeek;
  if (name == "month") return Unit::kMonth;
  if (name == "quarter") return Unit::kQuarter;
  if (name == "year") return Unit::kYear;
  return std::nullopt;
}

int full_year(int y, const Day& anchor) {
  if (y >= 100) return y;
  int candidate = anchor.year / 100 * 100 + y;
  if (candidate > anchor.year + 10) return candidate - 100;
  if (candidate < anchor.year - 89) return candidate + 100;
  return candidate;
}

std::string day_value(std::optional<int> y, int month, int day, const Day& anchor, int direction, int weekday, int tense) {
  int resolved = y ? full_year(*y, anchor) : anchor.year;
  if (!y) {
    // The nearest of last year's, this year's and next year's date, on the side `direction` says,
    // on the weekday written with it when one of them within a year falls on it.
    long best = -1;
    bool best_on_weekday = false;
    for (int candidate : {anchor.year - 1, anchor.year, anchor.year + 1}) {
      year_month_day ymd{year{candidate}, std::chrono::month{static_cast<unsigned>(month)}, std::chrono::day{static_cast<unsigned>(day)}};
      if (!ymd.ok()) continue;
      long signed_days = (sys_days{ymd} - to_days(anchor)).count();
      if ((direction > 0 && signed_days <= 0) || (direction < 0 && signed_days >= 0)) continue;
      long d = std::labs(signed_days);
      // A weekday more than a year away is more likely a slip of the writer's than that year.
      bool on_weekday = weekday != 0 && d <= 366 && iso_weekday(sys_days{ymd}) == weekday;
      if (best < 0 || (on_weekday && !best_on_weekday) || (on_weekday == best_on_weekday && d < best))
        best = d, resolved = candidate, best_on_weekday = on_weekday;
    }
    // As for months ("il est en poste depuis le 1er juillet" read in January is last July's).
    if (direction == 0 && !best_on_weekday) resolved = year_the_tense_says(resolved, month, month, anchor, tense);
  }
  return format("%04d-%02d-%02d", resolved, month, day);
}

std::string month_value(std::optional<int> y, int month, const Day& anchor, int direction, int tense) {
  // A month alone is a period of one month: the nearest, unless the tense says otherwise.
  int resolved = y ? full_year(*y, anchor) : period_start_year(month, month, anchor, direction == 0 ? tense : 0);
  if (!y && direction > 0) resolved = month > anchor.month ? anchor.year : anchor.year + 1;
  if (!y && direction < 0) resolved = month < anchor.month ? anchor.year : anchor.year - 1;
  return format("%04d-%02d", resolved, month);
}

std::string year_value(int y, const Day& anchor) { return format("%04d", full_year(y, anchor)); }

std::string weekday_value(int weekday, int direction, const Day& anchor, int tense) {
  sys_days a = to_days(anchor);
  int today = iso_weekday(a);
  int delta = weekday - today;  // in (-7, 7)
  if (direction > 0) delta = delta <= 0 ? delta + 7 : delta;
  else if (direction < 0) delta = delta >= 0 ? delta - 7 : delta;
  else if (tense > 0) delta = delta < 0 ? delta + 7 : delta;
  else if (tense < 0) delta = delta > 0 ? delta - 7 : delta;
  else if (delta > 3) delta -= 7;
  else if (delta < -3) delta += 7;
  return day_string(from_days(a + days{delta}));
}

std::string offset_value(Unit unit, int n, const Day& anchor) {
  switch (unit) {
    case Unit::kDay: return day_string(from_days(to_days(anchor) + days{n}));
    case Unit::kWeek: {
      sys_days d = to_days(anchor) + days{7 * n};
      // ISO week: the week of the Thursday of d's week.
      int iso_day = iso_weekday(d);
      sys_days thursday = d + days{4 - iso_day};
      Day t = from_days(thursday);
      int week = static_cast<int>((thursday - to_days({t.year, 1, 1})).count() / 7 + 1);
      return format("%04d-W%02d", t.year, week);
    }
    case Unit::kMonth: {
      int months = anchor.year * 12 + (anchor.month - 1) + n;
      return format("%04d-%02d", months / 12, months % 12 + 1);
    }
    case Unit::kQuarter: {
      int quarters = anchor.year * 4 + (anchor.month - 1) / 3 + n;
      return format("%04d-Q%d", quarters / 4, quarters % 4 + 1);
    }
    case Unit::kYear: return format("%04d", anchor.year + n);
  }
  return {};
}

std::pair<std::string, std::string> counted_units_value(Unit unit, int n, int side, const Day& anchor) {
  int near = side, far = side * n;
  return {offset_value(unit, std::min(near, far), anchor), offset_value(unit, std::max(near, far), anchor)};
}

std::string weekend_value(int n, const Day& anchor) { return offset_value(Unit::kWeek, n, anchor) + "-WE"; }

std::string season_value(std::optional<int> y, const std::string& code, int direction, const Day& anchor) {
  const Season* season = nullptr;
  for (const Season& s : kSeasons)
    if (code == s.code) season = &s;
  if (!season) return {};
  int resolved;
  if (y) {
    resolved = full_year(*y, anchor);
  } else if (direction == 0) {
    resolved = nearest_year(season->first_month, season->last_month, anchor);
  } else {
    // The first season of that name that starts after the anchor (or ends before it).
    int anchor_months = anchor.year * 12 + anchor.month;
    resolved = anchor.year;
    if (direction > 0) {
      while ((resolved * 12 + season->first_month) <= anchor_months) ++resolved;
    } else {
      while ((resolved * 12 + season->last_month) >= anchor_months) --resolved;
    }
  }
  return format("%04d-", resolved) + season->code;
}

std::string quarter_value(std::optional<int> y, int quarter, const Day& anchor) {
  int resolved = y ? full_year(*y, anchor) : nearest_year(quarter * 3 - 2, quarter * 3, anchor);
  return format("%04d-Q%d", resolved, quarter);
}

std::string half_value(std::optional<int> y, int half, const Day& anchor) {
  int resolved = y ? full_year(*y, anchor) : nearest_year(half * 6 - 5, half * 6, anchor);
  return format("%04d-H%d", resolved, half);
}

std::string decade_value(int y, const Day& anchor) {
  // A decade written in two digits has begun: "les années 30" read in 2024 are the 1930s.
  int full = y;
  if (y < 100) {
    full = anchor.year / 100 * 100 + y;
    if (full > anchor.year) full -= 100;
  }
  return format("%03d", full / 10);
}

std::string century_value(int century) { return format("%02d", century - 1); }

Day shifted_month(const Day& anchor, int shift) {
  int months = anchor.year * 12 + (anchor.month - 1) + shift;
  return {months / 12, months % 12 + 1, 1};
}

std::string month_day_value(int shift, int day, const Day& anchor) {
  Day first = shifted_month(anchor, shift);
  year_month_day ymd{year{first.year}, month{static_cast<unsigned>(first.month)}, std::chrono::day{static_cast<unsigned>(day)}};
  if (day < 1 || !ymd.ok()) return {};
  return day_string(from_days(sys_days{ymd}));
}

std::string end_after_start(const std::string& start, const std::string& end) {
  if (start.size() != end.size() || end >= start) return end;
  auto s = parse_day(start), e = parse_day(end);
  if (s && e) {
    long days_before = (to_days(*s) - to_days(*e)).count();
    if (days_before < 7) return day_string(from_days(to_days(*e) + days{7}));
    auto next = parse_day(format("%04d-%02d-%02d", e->year + 1, e->month, e->day));
    return next ? day_string(*next) : end;
  }
  int y, m;
  char tail;
  if (end.size() == 7 && std::sscanf(end.c_str(), "%4d-%2d%c", &y, &m, &tail) == 2) return format("%04d-%02d", y + 1, m);
  return end;
}

int period_start_year(int first_month, int last_month, const Day& anchor, int tense) {
  if (last_month < first_month) last_month += 12;
  return year_the_tense_says(nearest_year(first_month, last_month, anchor), first_month, last_month, anchor, tense);
}

namespace {

// Day `day` of the months the anchor's moved by `from` … `to`, the one nearest the anchor (the
// earlier of two as near), on ISO weekday `weekday` when it is not 0.
std::string nearest_day_of_month(int day, const Day& anchor, int from, int to, int weekday) {
  std::string best;
  long best_distance = -1;
  for (int shift = from; shift <= to; ++shift) {
    auto d = parse_day(month_day_value(shift, day, anchor));
    if (!d || (weekday != 0 && iso_weekday(to_days(*d)) != weekday)) continue;
    long distance = std::labs((to_days(*d) - to_days(anchor)).count());
    if (best_distance < 0 || distance < best_distance) best = day_string(*d), best_distance = distance;
  }
  return best;
}

}  // namespace

std::string nearest_month_day_value(int day, const Day& anchor) { return nearest_day_of_month(day, anchor, -1, 1, 0); }

std::string weekday_month_day_value(int weekday, int day, const Day& anchor) {
  // Programmes announce what comes: from the month before the anchor's to a year after it, where a
  // day of the month falls on a given weekday once in seven months at least.
  return nearest_day_of_month(day, anchor, -1, 12, weekday);
}

std::string week_day_value(int shift, int weekday, const Day& anchor) {
  if (weekday < 1 || weekday > 7) return {};
  sys_days a = to_days(anchor);
  int today = iso_weekday(a);
  return day_string(from_days(a + days{7 * shift + weekday - today}));
}

std::string nth_weekday_value(int y, int m, int n, int weekday) {
  if (m < 1 || m > 12 || weekday < 1 || weekday > 7 || n == 0 || n < -1 || n > 5) return {};
  std::chrono::weekday wd{static_cast<unsigned>(weekday % 7)};
  year_month ym = year{y} / month{static_cast<unsigned>(m)};
  if (n < 0) return day_string(from_days(sys_days{ym / wd[last]}));
  year_month_weekday nth = ym / wd[static_cast<unsigned>(n)];
  if (!nth.ok()) return {};  // no fifth Monday that month
  return day_string(from_days(sys_days{nth}));
}

std::string iso_week_value(int y, int week) {
  // 28 December always lies in the year's last ISO week (52 or 53).
  sys_days d = to_days({y, 12, 28});
  int iso_day = iso_weekday(d);
  sys_days thursday = d + days{4 - iso_day};
  int weeks = static_cast<int>((thursday - to_days({y, 1, 1})).count() / 7 + 1);
  if (week < 1 || week > weeks) return {};
  return format("%04d-W%02d", y, week);
}

}  // namespace glaneur::extract
