// Tests of extract/date_resolve.h: what the text says (a symbolic date) and the article's date → the
// TIMEX3 value. Every expected value was worked out by hand from the header's rules; weekdays and ISO
// weeks were checked against a calendar (2024-05-22 is a Wednesday of week 21; 2024-12-30, a Monday,
// already belongs to 2025-W01; 2021-01-03, a Sunday, to 2020-W53).
#include "extract/date_resolve.h"

#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <ostream>
#include <string>

namespace glaneur::extract {
namespace {

constexpr std::nullopt_t kNoYear = std::nullopt;
constexpr int kNearest = 0, kNext = +1, kLast = -1;
constexpr int kPast = -1, kFuture = +1;
constexpr int kMonday = 1, kTuesday = 2, kWednesday = 3, kThursday = 4, kFriday = 5, kSaturday = 6, kSunday = 7;

// One resolution: the French it stands for, the anchor (article date), the call, and its value.
struct ResolveCase {
  std::string name;
  std::string text;    // what the article says, for the reader
  std::string anchor;  // the article's date, ISO
  std::function<std::string(const Day&)> resolve;
  std::string timex;
  friend void PrintTo(const ResolveCase& c, std::ostream* os) { *os << "«" << c.text << "» read on " << c.anchor; }
};

class ResolveDate : public testing::TestWithParam<ResolveCase> {};

TEST_P(ResolveDate, GivesTheTimex) {
  const ResolveCase& c = GetParam();
  std::optional<Day> anchor = parse_day(c.anchor);
  ASSERT_TRUE(anchor) << "bad anchor " << c.anchor;
  EXPECT_EQ(c.resolve(*anchor), c.timex) << "«" << c.text << "» read on " << c.anchor;
}

// ---------------------------------------------------------------------------------------------
// day_value: a day of a month, with or without its year.

INSTANTIATE_TEST_SUITE_P(
    Days, ResolveDate,
    testing::Values(
        ResolveCase{"later_this_month", "le 25 mai", "2024-05-22",
                    [](const Day& a) { return day_value(kNoYear, 5, 25, a); }, "2024-05-25"},
        ResolveCase{"earlier_this_year", "le 14 mars", "2024-05-22",
                    [](const Day& a) { return day_value(kNoYear, 3, 14, a); }, "2024-03-14"},
        ResolveCase{"explicit_year_is_kept", "le 14 mars 2019", "2024-05-22",
                    [](const Day& a) { return day_value(2019, 3, 14, a); }, "2019-03-14"},
        ResolveCase{"explicit_year_in_the_future_is_kept", "le 1er juillet 2030", "2024-05-22",
                    [](const Day& a) { return day_value(2030, 7, 1, a); }, "2030-07-01"},
        ResolveCase{"two_digit_year", "le 5 janvier 23", "2024-05-22",
                    [](const Day& a) { return day_value(23, 1, 5, a); }, "2023-01-05"},
        ResolveCase{"two_digit_year_of_the_last_century", "le 12 juillet 98", "2003-06-01",
                    [](const Day& a) { return day_value(98, 7, 12, a); }, "1998-07-12"},
        ResolveCase{"january_read_in_late_december_is_next_year", "le 3 janvier", "2024-12-28",
                    [](const Day& a) { return day_value(kNoYear, 1, 3, a); }, "2025-01-03"},
        ResolveCase{"december_read_in_early_january_is_last_year", "le 28 décembre", "2025-01-03",
                    [](const Day& a) { return day_value(kNoYear, 12, 28, a); }, "2024-12-28"},
        // 182 days ahead against 184 days back.
        ResolveCase{"nearest_by_a_few_days", "le 20 novembre", "2024-05-22",
                    [](const Day& a) { return day_value(kNoYear, 11, 20, a); }, "2024-11-20"},
        ResolveCase{"last_one_before_the_anchor", "le 6 mai dernier", "2024-05-22",
                    [](const Day& a) { return day_value(kNoYear, 5, 6, a, kLast); }, "2024-05-06"},
        ResolveCase{"last_one_when_this_year_is_still_ahead", "le 25 mai dernier", "2024-05-22",
                    [](const Day& a) { return day_value(kNoYear, 5, 25, a, kLast); }, "2023-05-25"},
        ResolveCase{"next_one_after_the_anchor", "le 25 mai prochain", "2024-05-22",
                    [](const Day& a) { return day_value(kNoYear, 5, 25, a, kNext); }, "2024-05-25"},
        ResolveCase{"next_one_when_this_year_is_past", "le 6 mai prochain", "2024-05-22",
                    [](const Day& a) { return day_value(kNoYear, 5, 6, a, kNext); }, "2025-05-06"},
        ResolveCase{"next_january_across_the_year_end", "le 3 janvier prochain", "2024-12-28",
                    [](const Day& a) { return day_value(kNoYear, 1, 3, a, kNext); }, "2025-01-03"},
        // 2002-09-14 is nearer, but a Saturday; 2003-09-14 is a Sunday.
        ResolveCase{"the_year_its_weekday_names", "le dimanche 14 septembre", "2003-01-02",
                    [](const Day& a) { return day_value(kNoYear, 9, 14, a, 0, kSunday); }, "2003-09-14"},
        ResolveCase{"the_nearest_when_its_weekday_is_that_one", "samedi 11 janvier", "2003-01-07",
                    [](const Day& a) { return day_value(kNoYear, 1, 11, a, 0, kSaturday); }, "2003-01-11"},
        // No year around 2024 has 4 April on a Saturday (2026 would): the weekday is left aside.
        ResolveCase{"the_nearest_when_no_year_has_its_weekday", "samedi 4 avril", "2024-05-22",
                    [](const Day& a) { return day_value(kNoYear, 4, 4, a, 0, kSaturday); }, "2024-04-04"},
        // 2004-12-11 is a Saturday, but 23 months away: a slip of the weekday, more likely.
        ResolveCase{"the_nearest_when_its_weekday_is_over_a_year_away", "samedi 11 décembre", "2003-01-09",
                    [](const Day& a) { return day_value(kNoYear, 12, 11, a, 0, kSaturday); }, "2002-12-11"},
        // The nearest, 2003-04-21, is three months ahead of a sentence in the past tense.
        ResolveCase{"the_past_tense_moves_a_day_far_ahead_back", "ils l'ont exprimé le 21 avril", "2003-01-10",
                    [](const Day& a) { return day_value(kNoYear, 4, 21, a, 0, 0, kPast); }, "2002-04-21"},
        ResolveCase{"the_future_tense_moves_a_day_far_back_ahead", "qui auront lieu le 2 octobre", "2003-01-10",
                    [](const Day& a) { return day_value(kNoYear, 10, 2, a, 0, 0, kFuture); }, "2003-10-02"},
        // A month ahead: too near for the tense to say otherwise.
        ResolveCase{"the_tense_leaves_a_near_day", "ils l'ont annoncé le 14 février", "2003-01-10",
                    [](const Day& a) { return day_value(kNoYear, 2, 14, a, 0, 0, kPast); }, "2003-02-14"},
        ResolveCase{"its_weekday_decides_before_the_tense", "ils ont couru le dimanche 14 septembre", "2003-01-02",
                    [](const Day& a) { return day_value(kNoYear, 9, 14, a, 0, kSunday, kPast); }, "2003-09-14"},
        ResolveCase{"a_written_year_whatever_its_weekday", "mardi 14 septembre 2002", "2003-01-02",
                    [](const Day& a) { return day_value(2002, 9, 14, a, 0, kTuesday); }, "2002-09-14"},
        ResolveCase{"leap_day_of_the_anchor_year", "le 29 février", "2024-01-15",
                    [](const Day& a) { return day_value(kNoYear, 2, 29, a); }, "2024-02-29"},
        // 2025 and 2026 have no 29 February: the nearest that exists is last year's.
        ResolveCase{"leap_day_read_the_year_after", "le 29 février", "2025-03-10",
                    [](const Day& a) { return day_value(kNoYear, 2, 29, a); }, "2024-02-29"},
        ResolveCase{"leap_day_read_the_year_before", "le 29 février", "2027-12-20",
                    [](const Day& a) { return day_value(kNoYear, 2, 29, a); }, "2028-02-29"},
        ResolveCase{"leap_day_with_its_year", "le 29 février 2024", "2024-05-22",
                    [](const Day& a) { return day_value(2024, 2, 29, a); }, "2024-02-29"}),
    [](const testing::TestParamInfo<ResolveCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// month_value and year_value.

INSTANTIATE_TEST_SUITE_P(
    MonthsAndYears, ResolveDate,
    testing::Values(
        ResolveCase{"month_earlier_this_year", "en mars", "2024-05-22",
                    [](const Day& a) { return month_value(kNoYear, 3, a); }, "2024-03"},
        ResolveCase{"month_later_this_year", "en octobre", "2024-05-22",
                    [](const Day& a) { return month_value(kNoYear, 10, a); }, "2024-10"},
        ResolveCase{"december_read_in_january_is_last_year", "en décembre", "2025-01-10",
                    [](const Day& a) { return month_value(kNoYear, 12, a); }, "2024-12"},
        ResolveCase{"january_read_in_november_is_next_year", "en janvier", "2024-11-15",
                    [](const Day& a) { return month_value(kNoYear, 1, a); }, "2025-01"},
        ResolveCase{"next_june", "juin prochain", "2024-05-22",
                    [](const Day& a) { return month_value(kNoYear, 6, a, kNext); }, "2024-06"},
        ResolveCase{"next_april_is_next_year", "avril prochain", "2024-05-22",
                    [](const Day& a) { return month_value(kNoYear, 4, a, kNext); }, "2025-04"},
        ResolveCase{"next_of_the_anchor_month_is_next_year", "mai prochain", "2024-05-22",
                    [](const Day& a) { return month_value(kNoYear, 5, a, kNext); }, "2025-05"},
        ResolveCase{"last_june_is_last_year", "juin dernier", "2024-05-22",
                    [](const Day& a) { return month_value(kNoYear, 6, a, kLast); }, "2023-06"},
        ResolveCase{"last_april", "avril dernier", "2024-05-22",
                    [](const Day& a) { return month_value(kNoYear, 4, a, kLast); }, "2024-04"},
        ResolveCase{"last_of_the_anchor_month_is_last_year", "mai dernier", "2024-05-22",
                    [](const Day& a) { return month_value(kNoYear, 5, a, kLast); }, "2023-05"},
        ResolveCase{"last_december_read_in_january", "décembre dernier", "2025-01-10",
                    [](const Day& a) { return month_value(kNoYear, 12, a, kLast); }, "2024-12"},
        ResolveCase{"month_with_its_year", "en septembre 2022", "2024-05-22",
                    [](const Day& a) { return month_value(2022, 9, a); }, "2022-09"},
        ResolveCase{"year_in_full", "en 2019", "2024-05-22", [](const Day& a) { return year_value(2019, a); }, "2019"},
        ResolveCase{"two_digit_year_98_read_in_2003", "en 98", "2003-06-01",
                    [](const Day& a) { return year_value(98, a); }, "1998"},
        ResolveCase{"two_digit_year_05_read_in_2003", "en 05", "2003-06-01",
                    [](const Day& a) { return year_value(5, a); }, "2005"},
        ResolveCase{"two_digit_year_ten_years_ahead_stays", "en 13", "2003-06-01",
                    [](const Day& a) { return year_value(13, a); }, "2013"},
        ResolveCase{"two_digit_year_eleven_years_ahead_is_last_century", "en 14", "2003-06-01",
                    [](const Day& a) { return year_value(14, a); }, "1914"},
        ResolveCase{"two_digit_year_fifteen_years_ahead_is_the_great_war", "en mars 18", "2003-01-03",
                    [](const Day& a) { return month_value(18, 3, a); }, "1918-03"},
        ResolveCase{"two_digit_year_99_read_in_2024", "en 99", "2024-05-22",
                    [](const Day& a) { return year_value(99, a); }, "1999"},
        ResolveCase{"two_digit_year_81_years_back_stays_in_its_century", "en mai 14", "1995-03-10",
                    [](const Day& a) { return month_value(14, 5, a); }, "1914-05"},
        ResolveCase{"two_digit_year_more_than_89_years_back_is_next_century", "en 05", "2099-01-01",
                    [](const Day& a) { return year_value(5, a); }, "2105"}),
    [](const testing::TestParamInfo<ResolveCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// weekday_value: 2024-05-22 is a Wednesday; 2024-12-30 a Monday.

INSTANTIATE_TEST_SUITE_P(
    Weekdays, ResolveDate,
    testing::Values(
        ResolveCase{"tuesday_is_yesterday", "mardi", "2024-05-22",
                    [](const Day& a) { return weekday_value(kTuesday, kNearest, a); }, "2024-05-21"},
        ResolveCase{"monday_two_days_back", "lundi", "2024-05-22",
                    [](const Day& a) { return weekday_value(kMonday, kNearest, a); }, "2024-05-20"},
        ResolveCase{"wednesday_is_the_anchor", "mercredi", "2024-05-22",
                    [](const Day& a) { return weekday_value(kWednesday, kNearest, a); }, "2024-05-22"},
        ResolveCase{"friday_two_days_ahead", "vendredi", "2024-05-22",
                    [](const Day& a) { return weekday_value(kFriday, kNearest, a); }, "2024-05-24"},
        ResolveCase{"saturday_three_days_ahead", "samedi", "2024-05-22",
                    [](const Day& a) { return weekday_value(kSaturday, kNearest, a); }, "2024-05-25"},
        ResolveCase{"sunday_three_days_back", "dimanche", "2024-05-22",
                    [](const Day& a) { return weekday_value(kSunday, kNearest, a); }, "2024-05-19"},
        ResolveCase{"thursday_three_days_ahead_across_the_year_end", "jeudi", "2024-12-30",
                    [](const Day& a) { return weekday_value(kThursday, kNearest, a); }, "2025-01-02"},
        ResolveCase{"tuesday_three_days_back_across_the_year_end", "mardi", "2025-01-03",
                    [](const Day& a) { return weekday_value(kTuesday, kNearest, a); }, "2024-12-31"},
        ResolveCase{"next_thursday_is_tomorrow", "jeudi prochain", "2024-05-22",
                    [](const Day& a) { return weekday_value(kThursday, kNext, a); }, "2024-05-23"},
        ResolveCase{"next_tuesday_is_next_week", "mardi prochain", "2024-05-22",
                    [](const Day& a) { return weekday_value(kTuesday, kNext, a); }, "2024-05-28"},
        ResolveCase{"next_of_the_anchor_weekday_is_a_week_later", "mercredi prochain", "2024-05-22",
                    [](const Day& a) { return weekday_value(kWednesday, kNext, a); }, "2024-05-29"},
        ResolveCase{"last_tuesday_is_yesterday", "mardi dernier", "2024-05-22",
                    [](const Day& a) { return weekday_value(kTuesday, kLast, a); }, "2024-05-21"},
        ResolveCase{"last_thursday_is_last_week", "jeudi dernier", "2024-05-22",
                    [](const Day& a) { return weekday_value(kThursday, kLast, a); }, "2024-05-16"},
        ResolveCase{"last_of_the_anchor_weekday_is_a_week_earlier", "mercredi dernier", "2024-05-22",
                    [](const Day& a) { return weekday_value(kWednesday, kLast, a); }, "2024-05-15"},
        ResolveCase{"past_tense_same_weekday_is_the_anchor", "a annoncé ce mercredi", "2024-05-22",
                    [](const Day& a) { return weekday_value(kWednesday, kNearest, a, kPast); }, "2024-05-22"},
        ResolveCase{"past_tense_friday_is_last_week", "a annoncé vendredi", "2024-05-22",
                    [](const Day& a) { return weekday_value(kFriday, kNearest, a, kPast); }, "2024-05-17"},
        ResolveCase{"past_tense_monday", "a annoncé lundi", "2024-05-22",
                    [](const Day& a) { return weekday_value(kMonday, kNearest, a, kPast); }, "2024-05-20"},
        ResolveCase{"future_tense_same_weekday_is_the_anchor", "se réunira ce mercredi", "2024-05-22",
                    [](const Day& a) { return weekday_value(kWednesday, kNearest, a, kFuture); }, "2024-05-22"},
        ResolveCase{"future_tense_monday_is_next_week", "se réunira lundi", "2024-05-22",
                    [](const Day& a) { return weekday_value(kMonday, kNearest, a, kFuture); }, "2024-05-27"},
        ResolveCase{"future_tense_saturday", "se réunira samedi", "2024-05-22",
                    [](const Day& a) { return weekday_value(kSaturday, kNearest, a, kFuture); }, "2024-05-25"},
        ResolveCase{"a_direction_overrides_the_tense", "a annoncé qu'il partira mardi prochain", "2024-05-22",
                    [](const Day& a) { return weekday_value(kTuesday, kNext, a, kPast); }, "2024-05-28"}),
    [](const testing::TestParamInfo<ResolveCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// counted_units_value: the n whole units before or after the anchor's own.

struct CountedUnitsCase {
  std::string name;
  std::string text;
  std::string anchor;
  Unit unit;
  int n, side;
  std::string first, last;
  friend void PrintTo(const CountedUnitsCase& c, std::ostream* os) { *os << "«" << c.text << "» read on " << c.anchor; }
};

class CountedUnits : public testing::TestWithParam<CountedUnitsCase> {};

TEST_P(CountedUnits, GivesTheFirstAndLastUnit) {
  const CountedUnitsCase& c = GetParam();
  auto [first, last] = counted_units_value(c.unit, c.n, c.side, *parse_day(c.anchor));
  EXPECT_EQ(first, c.first);
  EXPECT_EQ(last, c.last);
}

INSTANTIATE_TEST_SUITE_P(
    Blocks, CountedUnits,
    testing::Values(
        CountedUnitsCase{"last_ten_months", "les dix derniers mois", "2023-02-01", Unit::kMonth, 10, kLast, "2022-04", "2023-01"},
        CountedUnitsCase{"last_three_years", "ces trois dernières années", "2024-05-22", Unit::kYear, 3, kLast, "2021", "2023"},
        CountedUnitsCase{"last_two_weeks_across_the_year_end", "les deux dernières semaines", "2025-01-08", Unit::kWeek, 2, kLast,
                         "2024-W52", "2025-W01"},
        CountedUnitsCase{"next_three_years", "les trois prochaines années", "2024-05-22", Unit::kYear, 3, kNext, "2025", "2027"},
        CountedUnitsCase{"next_two_months_across_the_year_end", "les deux prochains mois", "2024-11-30", Unit::kMonth, 2, kNext,
                         "2024-12", "2025-01"},
        CountedUnitsCase{"last_fifteen_days_across_a_leap_day", "ces 15 derniers jours", "2024-03-05", Unit::kDay, 15, kLast,
                         "2024-02-19", "2024-03-04"}),
    [](const testing::TestParamInfo<CountedUnitsCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// offset_value and weekend_value: the anchor moved by n units.

INSTANTIATE_TEST_SUITE_P(
    Offsets, ResolveDate,
    testing::Values(
        ResolveCase{"yesterday", "hier", "2024-05-22", [](const Day& a) { return offset_value(Unit::kDay, -1, a); },
                    "2024-05-21"},
        ResolveCase{"tomorrow_across_the_year_end", "demain", "2024-12-31",
                    [](const Day& a) { return offset_value(Unit::kDay, 1, a); }, "2025-01-01"},
        ResolveCase{"tomorrow_is_a_leap_day", "demain", "2024-02-28",
                    [](const Day& a) { return offset_value(Unit::kDay, 1, a); }, "2024-02-29"},
        ResolveCase{"ten_days_ago_across_a_month", "il y a dix jours", "2024-05-05",
                    [](const Day& a) { return offset_value(Unit::kDay, -10, a); }, "2024-04-25"},
        ResolveCase{"this_week", "cette semaine", "2024-05-22",
                    [](const Day& a) { return offset_value(Unit::kWeek, 0, a); }, "2024-W21"},
        ResolveCase{"last_week", "la semaine dernière", "2024-05-22",
                    [](const Day& a) { return offset_value(Unit::kWeek, -1, a); }, "2024-W20"},
        ResolveCase{"monday_30_december_is_in_week_1", "cette semaine", "2024-12-30",
                    [](const Day& a) { return offset_value(Unit::kWeek, 0, a); }, "2025-W01"},
        ResolveCase{"last_week_back_across_the_year_end", "la semaine dernière", "2025-01-02",
                    [](const Day& a) { return offset_value(Unit::kWeek, -1, a); }, "2024-W52"},
        ResolveCase{"sunday_3_january_is_in_week_53", "cette semaine", "2021-01-03",
                    [](const Day& a) { return offset_value(Unit::kWeek, 0, a); }, "2020-W53"},
        ResolveCase{"next_week_into_week_53", "la semaine prochaine", "2026-12-24",
                    [](const Day& a) { return offset_value(Unit::kWeek, 1, a); }, "2026-W53"},
        ResolveCase{"last_month", "le mois dernier", "2024-05-22",
                    [](const Day& a) { return offset_value(Unit::kMonth, -1, a); }, "2024-04"},
        ResolveCase{"next_month_across_the_year_end", "le mois prochain", "2024-12-15",
                    [](const Day& a) { return offset_value(Unit::kMonth, 1, a); }, "2025-01"},
        ResolveCase{"five_months_ago_across_the_year_end", "il y a cinq mois", "2024-05-22",
                    [](const Day& a) { return offset_value(Unit::kMonth, -5, a); }, "2023-12"},
        ResolveCase{"thirteen_months_ago", "il y a treize mois", "2024-05-22",
                    [](const Day& a) { return offset_value(Unit::kMonth, -13, a); }, "2023-04"},
        ResolveCase{"last_quarter", "le trimestre dernier", "2024-05-22",
                    [](const Day& a) { return offset_value(Unit::kQuarter, -1, a); }, "2024-Q1"},
        ResolveCase{"this_quarter", "ce trimestre", "2024-05-22",
                    [](const Day& a) { return offset_value(Unit::kQuarter, 0, a); }, "2024-Q2"},
        ResolveCase{"next_quarter_across_the_year_end", "le trimestre prochain", "2024-11-05",
                    [](const Day& a) { return offset_value(Unit::kQuarter, 1, a); }, "2025-Q1"},
        ResolveCase{"two_quarters_ago_across_the_year_end", "il y a deux trimestres", "2024-02-10",
                    [](const Day& a) { return offset_value(Unit::kQuarter, -2, a); }, "2023-Q3"},
        ResolveCase{"last_year", "l'an dernier", "2024-05-22",
                    [](const Day& a) { return offset_value(Unit::kYear, -1, a); }, "2023"},
        ResolveCase{"in_two_years", "dans deux ans", "2024-05-22",
                    [](const Day& a) { return offset_value(Unit::kYear, 2, a); }, "2026"},
        ResolveCase{"this_weekend", "ce week-end", "2024-05-22", [](const Day& a) { return weekend_value(0, a); },
                    "2024-W21-WE"},
        ResolveCase{"next_weekend", "le week-end prochain", "2024-05-22",
                    [](const Day& a) { return weekend_value(1, a); }, "2024-W22-WE"},
        ResolveCase{"last_weekend", "le week-end dernier", "2024-05-22",
                    [](const Day& a) { return weekend_value(-1, a); }, "2024-W20-WE"},
        ResolveCase{"next_weekend_across_the_year_end", "le week-end prochain", "2024-12-27",
                    [](const Day& a) { return weekend_value(1, a); }, "2025-W01-WE"}),
    [](const testing::TestParamInfo<ResolveCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// Seasons, quarters, halves, decades, centuries. A winter is named after the year it starts in:
// 2023-WI runs from December 2023 to February 2024.

INSTANTIATE_TEST_SUITE_P(
    Periods, ResolveDate,
    testing::Values(
        ResolveCase{"autumn_ahead", "à l'automne", "2024-05-22",
                    [](const Day& a) { return season_value(kNoYear, "FA", kNearest, a); }, "2024-FA"},
        ResolveCase{"spring_we_are_in", "au printemps", "2024-05-22",
                    [](const Day& a) { return season_value(kNoYear, "SP", kNearest, a); }, "2024-SP"},
        ResolveCase{"spring_read_in_december_is_next_year", "au printemps", "2024-12-20",
                    [](const Day& a) { return season_value(kNoYear, "SP", kNearest, a); }, "2025-SP"},
        ResolveCase{"summer_read_in_october_is_the_last_one", "cet été", "2024-10-20",
                    [](const Day& a) { return season_value(kNoYear, "SU", kNearest, a); }, "2024-SU"},
        ResolveCase{"winter_read_in_may_is_the_one_just_over", "cet hiver", "2024-05-22",
                    [](const Day& a) { return season_value(kNoYear, "WI", kNearest, a); }, "2023-WI"},
        ResolveCase{"winter_read_in_january_is_the_one_we_are_in", "cet hiver", "2025-01-15",
                    [](const Day& a) { return season_value(kNoYear, "WI", kNearest, a); }, "2024-WI"},
        ResolveCase{"next_summer", "l'été prochain", "2024-05-22",
                    [](const Day& a) { return season_value(kNoYear, "SU", kNext, a); }, "2024-SU"},
        ResolveCase{"next_spring_read_in_spring", "le printemps prochain", "2024-05-22",
                    [](const Day& a) { return season_value(kNoYear, "SP", kNext, a); }, "2025-SP"},
        ResolveCase{"next_winter", "l'hiver prochain", "2024-05-22",
                    [](const Day& a) { return season_value(kNoYear, "WI", kNext, a); }, "2024-WI"},
        ResolveCase{"last_autumn", "l'automne dernier", "2024-05-22",
                    [](const Day& a) { return season_value(kNoYear, "FA", kLast, a); }, "2023-FA"},
        ResolveCase{"last_summer", "l'été dernier", "2024-05-22",
                    [](const Day& a) { return season_value(kNoYear, "SU", kLast, a); }, "2023-SU"},
        ResolveCase{"last_winter", "l'hiver dernier", "2024-05-22",
                    [](const Day& a) { return season_value(kNoYear, "WI", kLast, a); }, "2023-WI"},
        ResolveCase{"last_winter_read_in_winter", "l'hiver dernier", "2025-01-15",
                    [](const Day& a) { return season_value(kNoYear, "WI", kLast, a); }, "2023-WI"},
        ResolveCase{"season_with_its_year", "l'été 2025", "2024-05-22",
                    [](const Day& a) { return season_value(2025, "SU", kNearest, a); }, "2025-SU"},
        ResolveCase{"winter_with_its_year", "l'hiver 2023", "2024-05-22",
                    [](const Day& a) { return season_value(2023, "WI", kNearest, a); }, "2023-WI"},
        ResolveCase{"first_quarter_just_over", "au premier trimestre", "2024-05-22",
                    [](const Day& a) { return quarter_value(kNoYear, 1, a); }, "2024-Q1"},
        ResolveCase{"third_quarter_ahead", "au troisième trimestre", "2024-05-22",
                    [](const Day& a) { return quarter_value(kNoYear, 3, a); }, "2024-Q3"},
        ResolveCase{"fourth_quarter_read_in_february_is_last_year", "au quatrième trimestre", "2025-02-10",
                    [](const Day& a) { return quarter_value(kNoYear, 4, a); }, "2024-Q4"},
        ResolveCase{"first_quarter_read_in_november_is_next_year", "au premier trimestre", "2024-11-20",
                    [](const Day& a) { return quarter_value(kNoYear, 1, a); }, "2025-Q1"},
        ResolveCase{"quarter_with_its_year", "au deuxième trimestre 2022", "2024-05-22",
                    [](const Day& a) { return quarter_value(2022, 2, a); }, "2022-Q2"},
        ResolveCase{"first_half_we_are_in", "au premier semestre", "2024-05-22",
                    [](const Day& a) { return half_value(kNoYear, 1, a); }, "2024-H1"},
        ResolveCase{"second_half_ahead", "au second semestre", "2024-05-22",
                    [](const Day& a) { return half_value(kNoYear, 2, a); }, "2024-H2"},
        ResolveCase{"second_half_read_in_february_is_last_year", "au second semestre", "2025-02-10",
                    [](const Day& a) { return half_value(kNoYear, 2, a); }, "2024-H2"},
        ResolveCase{"half_with_its_year", "au second semestre 2023", "2024-05-22",
                    [](const Day& a) { return half_value(2023, 2, a); }, "2023-H2"},
        ResolveCase{"decade_in_full", "les années 1990", "2024-05-22",
                    [](const Day& a) { return decade_value(1990, a); }, "199"},
        ResolveCase{"decade_in_two_digits", "les années 90", "2024-05-22",
                    [](const Day& a) { return decade_value(90, a); }, "199"},
        ResolveCase{"decade_sixties", "les années 60", "2024-05-22",
                    [](const Day& a) { return decade_value(60, a); }, "196"},
        ResolveCase{"decade_two_thousands", "les années 2000", "2024-05-22",
                    [](const Day& a) { return decade_value(2000, a); }, "200"},
        ResolveCase{"twentieth_century", "le XXe siècle", "2024-05-22",
                    [](const Day&) { return century_value(20); }, "19"},
        ResolveCase{"twenty_first_century", "le XXIe siècle", "2024-05-22",
                    [](const Day&) { return century_value(21); }, "20"},
        ResolveCase{"nineteenth_century", "le XIXe siècle", "2024-05-22",
                    [](const Day&) { return century_value(19); }, "18"}),
    [](const testing::TestParamInfo<ResolveCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------------------------
// parse_day: ISO dates that exist, and nothing else.

struct ParseDayCase {
  std::string name;
  std::string iso;
  std::optional<Day> day;
  friend void PrintTo(const ParseDayCase& c, std::ostream* os) { *os << "«" << c.iso << "»"; }
};

class ParseDay : public testing::TestWithParam<ParseDayCase> {};

TEST_P(ParseDay, ReadsOnlyRealDates) {
  const ParseDayCase& c = GetParam();
  std::optional<Day> got = parse_day(c.iso);
  if (!c.day) {
    EXPECT_FALSE(got) << "«" << c.iso << "» read as " << got->year << "-" << got->month << "-" << got->day;
    return;
  }
  ASSERT_TRUE(got) << "«" << c.iso << "» not read";
  EXPECT_EQ(got->year, c.day->year);
  EXPECT_EQ(got->month, c.day->month);
  EXPECT_EQ(got->day, c.day->day);
}

INSTANTIATE_TEST_SUITE_P(
    Dates, ParseDay,
    testing::Values(ParseDayCase{"ordinary_day", "2024-05-22", Day{2024, 5, 22}},
                    ParseDayCase{"leap_day", "2024-02-29", Day{2024, 2, 29}},
                    ParseDayCase{"last_day_of_the_year", "2024-12-31", Day{2024, 12, 31}},
                    ParseDayCase{"no_leap_day_in_2023", "2023-02-29", std::nullopt},
                    ParseDayCase{"no_leap_day_in_1900", "1900-02-29", std::nullopt},
                    ParseDayCase{"no_31_april", "2024-04-31", std::nullopt},
                    ParseDayCase{"no_month_13", "2024-13-01", std::nullopt},
                    ParseDayCase{"no_month_0", "2024-00-10", std::nullopt},
                    ParseDayCase{"no_day_0", "2024-05-00", std::nullopt},
                    ParseDayCase{"french_order_is_not_iso", "22/05/2024", std::nullopt},
                    ParseDayCase{"not_a_date", "mercredi", std::nullopt},
                    ParseDayCase{"empty", "", std::nullopt}),
    [](const testing::TestParamInfo<ParseDayCase>& info) { return info.param.name; });

// Days named inside a week or a month, ISO weeks, two-digit years. 2024-07-01 and 2025-06-30 are
// Mondays; February 2024 has four Mondays; 2020 has 53 ISO weeks, 2021 has 52.

INSTANTIATE_TEST_SUITE_P(
    Ranked, ResolveDate,
    testing::Values(
        ResolveCase{"day_of_this_month", "le 4 de ce mois", "2024-05-22",
                    [](const Day& a) { return month_day_value(0, 4, a); }, "2024-05-04"},
        ResolveCase{"day_of_next_month_across_the_year", "le 4 du mois prochain", "2024-12-10",
                    [](const Day& a) { return month_day_value(1, 4, a); }, "2025-01-04"},
        ResolveCase{"no_31_of_this_april", "le 31 de ce mois", "2024-04-10",
                    [](const Day& a) { return month_day_value(0, 31, a); }, ""},
        ResolveCase{"period_of_months_nearest", "d'avril à novembre", "2003-01-08",
                    [](const Day& a) { return std::to_string(period_start_year(4, 11, a)); }, "2002"},
        ResolveCase{"period_of_months_in_the_future", "sera ouverte d'avril à novembre", "2003-01-08",
                    [](const Day& a) { return std::to_string(period_start_year(4, 11, a, kFuture)); }, "2003"},
        ResolveCase{"period_of_months_in_the_past", "avait doublé de janvier à juin", "2003-01-08",
                    [](const Day& a) { return std::to_string(period_start_year(1, 6, a, kPast)); }, "2002"},
        ResolveCase{"period_across_new_year", "de décembre à mars", "2024-01-10",
                    [](const Day& a) { return std::to_string(period_start_year(12, 3, a)); }, "2023"},
        ResolveCase{"weekday_period_ends_after_it_starts", "du lundi au vendredi", "2003-01-03",
                    [](const Day&) { return end_after_start("2003-01-06", "2003-01-03"); }, "2003-01-10"},
        ResolveCase{"day_period_ends_the_next_year", "du 8 mars au 21 septembre", "2003-01-03",
                    [](const Day&) { return end_after_start("2003-03-08", "2002-09-21"); }, "2003-09-21"},
        ResolveCase{"month_period_ends_the_next_year", "de mars à octobre", "2003-01-03",
                    [](const Day&) { return end_after_start("2003-03", "2002-10"); }, "2003-10"},
        ResolveCase{"ordered_period_is_kept", "du 3 au 12 mai", "2024-05-22",
                    [](const Day&) { return end_after_start("2024-05-03", "2024-05-12"); }, "2024-05-12"},
        ResolveCase{"years_are_kept", "2000-1269", "2003-01-03",
                    [](const Day&) { return end_after_start("2000", "1269"); }, "1269"},
        ResolveCase{"bare_day_this_month", "le 17 à 20 h", "2024-05-22",
                    [](const Day& a) { return nearest_month_day_value(17, a); }, "2024-05-17"},
        ResolveCase{"bare_day_next_month", "le 2 à 20 h", "2024-05-28",
                    [](const Day& a) { return nearest_month_day_value(2, a); }, "2024-06-02"},
        ResolveCase{"bare_day_31_skips_june", "le 31 à midi", "2024-06-20",
                    [](const Day& a) { return nearest_month_day_value(31, a); }, "2024-05-31"},
        ResolveCase{"weekday_and_day_this_month", "samedi 18", "2003-01-05",
                    [](const Day& a) { return weekday_month_day_value(kSaturday, 18, a); }, "2003-01-18"},
        ResolveCase{"weekday_and_day_months_ahead_not_behind", "jeudi 29", "2003-01-05",
                    [](const Day& a) { return weekday_month_day_value(kThursday, 29, a); }, "2003-05-29"},
        ResolveCase{"weekday_and_day_the_nearest_of_two", "vendredi 7", "2003-01-09",
                    [](const Day& a) { return weekday_month_day_value(kFriday, 7, a); }, "2003-02-07"},
        ResolveCase{"weekday_and_day_last_month", "dimanche 29", "2003-01-05",
                    [](const Day& a) { return weekday_month_day_value(kSunday, 29, a); }, "2002-12-29"},
        ResolveCase{"friday_of_next_week", "vendredi de la semaine prochaine", "2024-05-22",
                    [](const Day& a) { return week_day_value(1, kFriday, a); }, "2024-05-31"},
        ResolveCase{"sunday_of_last_week", "dimanche de la semaine dernière", "2024-05-22",
                    [](const Day& a) { return week_day_value(-1, kSunday, a); }, "2024-05-19"},
        ResolveCase{"first_friday_of_july", "le premier vendredi de juillet", "2024-05-22",
                    [](const Day&) { return nth_weekday_value(2024, 7, 1, kFriday); }, "2024-07-05"},
        ResolveCase{"first_monday_is_the_first", "le premier lundi de juillet", "2024-05-22",
                    [](const Day&) { return nth_weekday_value(2024, 7, 1, kMonday); }, "2024-07-01"},
        ResolveCase{"last_saturday_of_june", "le dernier samedi de juin 2025", "2024-05-22",
                    [](const Day&) { return nth_weekday_value(2025, 6, -1, kSaturday); }, "2025-06-28"},
        ResolveCase{"no_fifth_monday", "le cinquième lundi de février", "2024-01-10",
                    [](const Day&) { return nth_weekday_value(2024, 2, 5, kMonday); }, ""},
        ResolveCase{"third_week", "la troisième semaine de 2027", "2024-05-22",
                    [](const Day&) { return iso_week_value(2027, 3); }, "2027-W03"},
        ResolveCase{"week_53_exists_in_2020", "la 53e semaine de 2020", "2024-05-22",
                    [](const Day&) { return iso_week_value(2020, 53); }, "2020-W53"},
        ResolveCase{"no_week_53_in_2021", "la 53e semaine de 2021", "2024-05-22",
                    [](const Day&) { return iso_week_value(2021, 53); }, ""},
        ResolveCase{"two_digit_year_ahead", "3-7-26", "2016-11-07",
                    [](const Day& a) { return day_value(26, 7, 3, a); }, "2026-07-03"},
        ResolveCase{"two_digit_year_behind", "1er avril 78", "2016-11-07",
                    [](const Day& a) { return day_value(78, 4, 1, a); }, "1978-04-01"},
        ResolveCase{"past_tense_month_three_months_ahead_is_last_year", "il a été sanctionné en mai", "2003-02-23",
                    [](const Day& a) { return month_value(kNoYear, 5, a, kNearest, kPast); }, "2002-05"},
        ResolveCase{"future_tense_june_read_in_december_is_next_year", "le compte sera présenté en juin", "2024-12-13",
                    [](const Day& a) { return month_value(kNoYear, 6, a, kNearest, kFuture); }, "2025-06"},
        ResolveCase{"past_tense_next_month_stays_nearest", "il a annoncé une hausse en juin", "2024-05-22",
                    [](const Day& a) { return month_value(kNoYear, 6, a, kNearest, kPast); }, "2024-06"},
        ResolveCase{"may_68_is_in_the_past", "mai 68", "2024-05-22",
                    [](const Day& a) { return month_value(68, 5, a); }, "1968-05"},
        ResolveCase{"decade_not_begun_is_the_last_century", "les années 30", "2024-05-22",
                    [](const Day& a) { return decade_value(30, a); }, "193"}),
    [](const testing::TestParamInfo<ResolveCase>& info) { return info.param.name; });

// parse_unit: the names rules/tables/unites_temps.tsv uses.
TEST(ParseUnit, KnowsTheFiveUnits) {
  EXPECT_EQ(parse_unit("day"), Unit::kDay);
  EXPECT_EQ(parse_unit("week"), Unit::kWeek);
  EXPECT_EQ(parse_unit("month"), Unit::kMonth);
  EXPECT_EQ(parse_unit("quarter"), Unit::kQuarter);
  EXPECT_EQ(parse_unit("year"), Unit::kYear);
  EXPECT_FALSE(parse_unit("jour"));
  EXPECT_FALSE(parse_unit(""));
}

}  // namespace
}  // namespace glaneur::extract
