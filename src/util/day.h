// Calendar days as integers (yyyymmdd), enough for offices and event dates.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// yyyymmdd, e.g. 20241012; 0 means unknown.
using Day = int;

// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY". A partial date becomes its first
// day (`as_end` false) or its last day (`as_end` true). Returns 0 when invalid.
Day ParseDay(std::string_view text, bool as_end);

// True when `text` is "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real year,
// month or calendar day: not 2024-13, 2024-02-30, 2023-02-29 or year 0000.
// For date filters given by users (the API's from/to, `dyad events --from`).
bool IsDateBound(std::string_view text);

// "YYYY-MM-DD" for a full day.
std::string FormatDay(Day day);

bool IsValidDay(int year, int month, int day);
int DaysInMonth(int year, int month);
int YearOf(Day d);
int MonthOf(Day d);
int DayOfMonth(Day d);
inline Day MakeDay(int y, int m, int d) { return y * 10000 + m * 100 + d; }

// Days since 1970-01-01 and back, for weekday and offset arithmetic.
long DaysFromCivil(int y, int m, int d);
Day CivilFromDays(long days);
// 0 = Monday ... 6 = Sunday.
int Weekday(Day d);
// Lower-case English names of the days of the week and of the months, as
// folded text spells them ("saturday", "may").
bool IsWeekdayName(std::string_view folded);
bool IsMonthName(std::string_view folded);
Day AddDays(Day d, long n);

}  // namespace dyad
