// Resolving symbolic dates against the article's date: pure functions, (what the text says,
// anchor) → TIMEX3 value, so that each can be tested by a table. Rules call them from their value
// lines (see rules/date.rules); pipeline/extract/vocabulary.cc registers them.
//
//   Day anchor{2024, 5, 22};                                   // Wednesday 22 May 2024
//   day_value(std::nullopt, 5, 25, anchor)  == "2024-05-25"    // "le 25 mai"
//   weekday_value(2, 0, anchor)             == "2024-05-21"    // "mardi": the nearest Tuesday
//   offset_value(Unit::kYear, -1, anchor)   == "2023"          // "l'an dernier"
//   season_value(std::nullopt, "FA", 0, anchor) == "2024-FA"   // "à l'automne"
//
// A date written without its year takes the year that puts it nearest to the anchor (news speaks of
// the recent past and the near future): "en décembre" read on 2025-01-10 is 2024-12.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace glaneur::extract {

struct Day {
  int year, month, day;
};

// "2024-05-22" → Day, or nullopt.
std::optional<Day> parse_day(const std::string& iso);

enum class Unit { kDay, kWeek, kMonth, kQuarter, kYear };
std::optional<Unit> parse_unit(const std::string& name);  // "day", "week", "month", "quarter", "year"

// A two-digit year read in the 100 years around the anchor, from 89 years before it to 10 after:
// the press writes two digits for the past ("en mars 18" read in 2003 is 1918, "mai 68" read in
// 2024 is 1968) far more than for the future. 98 → 1998 read in 2003, 05 → 2005, 13 → 2013.
int full_year(int year, const Day& anchor);

// direction as for months: "le 6 mai dernier" is the last 6 May before the anchor.
// A weekday written with the day (ISO `weekday`, 0: none) picks, of those years, one where the day
// falls on it ("dimanche 14 septembre" read on 2003-01-02 is 2003-09-14, a Sunday; the nearest
// would be 2002-09-14, a Saturday); when none within a year of the anchor does, the weekday is
// left aside. Without a direction nor a weekday that decided, the sentence's tense (-1 past, +1
// future) moves a day it contradicts by two months or more to the other side, as for months.
std::string day_value(std::optional<int> year, int month, int day, const Day& anchor, int direction = 0, int weekday = 0,
                      int tense = 0);
// direction: 0 the nearest; +1 the first such month after the anchor ("juin prochain"); -1 the
// last one before it ("juin dernier"). Without a direction, a tense (-1 past, +1 future) that the
// nearest month contradicts by two months or more picks the other side: "il a été sanctionné en
// mai" read in February is last May; the anchor's own month and its neighbours stay the nearest.
std::string month_value(std::optional<int> year, int month, const Day& anchor, int direction = 0, int tense = 0);
std::string year_value(int year, const Day& anchor);
// ISO weekday 1 (Monday) … 7. direction: 0 the nearest (±3 days), +1 the next one after the
// anchor ("prochain"), -1 the last one before it ("dernier"). Without a direction, the sentence's
// tense (-1 past, +1 future) picks the side, the anchor's own day included ("a annoncé ce mardi").
std::string weekday_value(int weekday, int direction, const Day& anchor, int tense = 0);
// The anchor moved by n units, at the unit's granularity: day → 2024-05-21, week → 2024-W20,
// month → 2024-04, quarter → 2024-Q1, year → 2023.
std::string offset_value(Unit unit, int n, const Day& anchor);
// The n whole units next to the anchor's own, on the side `side` says (-1 before, +1 after), as
// {first, last} at the unit's granularity: "les dix derniers mois" read on 2024-05-22 →
// {2023-07, 2024-04}, "les trois prochaines années" → {2025, 2027}. The anchor's unit is not one
// of them: it is not over, or already begun.
std::pair<std::string, std::string> counted_units_value(Unit unit, int n, int side, const Day& anchor);
// The weekend of the anchor's week moved by n weeks: "ce week-end" → 2024-W21-WE.
std::string weekend_value(int n, const Day& anchor);
// season: SP, SU, FA, WI. direction as for weekdays; with a year, that year.
std::string season_value(std::optional<int> year, const std::string& season, int direction, const Day& anchor);
std::string quarter_value(std::optional<int> year, int quarter, const Day& anchor);
std::string half_value(std::optional<int> year, int half, const Day& anchor);
// "les années 1990" → "199"; "les années 90" → "199".
std::string decade_value(int year, const Day& anchor);
// "le XXe siècle" → "19".
std::string century_value(int century);
// The year in which a period of months written without a year starts ("de décembre à mars",
// "entre mars et juin"): the one that puts the period nearest to the anchor, unless the tense
// says otherwise: in the past tense (-1) a period ending two months or more after the anchor is
// the year before's, in the future tense (+1) one that began two months or more before it the
// next year's. last_month may be smaller than first_month: the period then ends the next year.
int period_start_year(int first_month, int last_month, const Day& anchor, int tense = 0);
// The end of a period whose two ends were resolved one by one ("du 8 mars au 21 septembre", "du
// lundi au vendredi"), moved after its start when it falls before: by a week when it is less
// than a week before (weekdays: 2003-01-06 → 2003-01-03 ends 2003-01-10), else by a year
// (days and months). Other values, or an end already after the start, are returned unchanged.
std::string end_after_start(const std::string& start, const std::string& end);
// The first day of the anchor's month moved by `shift` months.
Day shifted_month(const Day& anchor, int shift);
// Day `day` of the anchor's month moved by `shift` months ("le 4 de ce mois", "le 23 du mois
// prochain"); empty when that month has no such day.
std::string month_day_value(int shift, int day, const Day& anchor);
// Day `day` of the anchor's month, the one before or the one after, whichever is nearest the
// anchor ("le 17 à 20 h" read on 2024-05-22 is 2024-05-17; "le 2 à 20 h" read on 2024-05-28 is
// 2024-06-02).
std::string nearest_month_day_value(int day, const Day& anchor);
// Day `day` of the month nearest the anchor where it falls on ISO weekday `weekday`, from the month
// before the anchor's to a year after it ("samedi 18" read on 2003-01-05 is 2003-01-18, "jeudi 29"
// 2003-05-29 and not 2002-08-29, "dimanche 29" 2002-12-29); empty when there is none.
std::string weekday_month_day_value(int weekday, int day, const Day& anchor);
// ISO weekday 1…7 of the anchor's week moved by `shift` weeks ("vendredi de la semaine prochaine").
std::string week_day_value(int shift, int weekday, const Day& anchor);
// The n-th (1…5, or -1 for the last) ISO weekday of a month ("le premier vendredi de juillet");
// empty when the month has no n-th such day.
std::string nth_weekday_value(int year, int month, int n, int weekday);
// ISO week `week` of `year` ("la troisième semaine de 2027" → 2027-W03); empty past the last week.
std::string iso_week_value(int year, int week);

}  // namespace glaneur::extract
