#include "util/day.h"

#include <cctype>
#include <cstdio>

namespace dyad {

bool IsValidDay(int y, int m, int d) { return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m); }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

int YearOf(Day d) { return d / 10000; }
int MonthOf(Day d) { return d / 100 % 100; }
int DayOfMonth(Day d) { return d % 100; }

Day ParseDay(std::string_view t, bool as_end) {
  auto digits = [&](size_t from, size_t n) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (i >= t.size() || !std::isdigit(static_cast<unsigned char>(t[i]))) return -1;
      v = v * 10 + (t[i] - '0');
    }
    return v;
  };
  if (t.size() != 4 && t.size() != 7 && t.size() != 10) return 0;
  int y = digits(0, 4);
  if (y < 1) return 0;
  int m = as_end ? 12 : 1, d = 0;
  if (t.size() >= 7) {
    if (t[4] != '-') return 0;
    m = digits(5, 2);
  }
  if (t.size() == 10) {
    if (t[7] != '-') return 0;
    d = digits(8, 2);
  } else {
    d = as_end ? DaysInMonth(y, m) : 1;
  }
  return IsValidDay(y, m, d) ? MakeDay(y, m, d) : 0;
}

bool IsDateBound(std::string_view text) { return ParseDay(text, /*as_end=*/false) != 0; }

std::string FormatDay(Day day) {
  int y = YearOf(day), m = MonthOf(day), d = DayOfMonth(day);
  if (y >= 0 && y <= 9999 && m >= 0 && m <= 99 && d >= 0 && d <= 99) {
    // What "%04d-%02d-%02d" gives for these, without printf's parsing (it
    // runs for every coded event).
    char buf[10] = {static_cast<char>('0' + y / 1000),     static_cast<char>('0' + y / 100 % 10),
                    static_cast<char>('0' + y / 10 % 10),  static_cast<char>('0' + y % 10),
                    '-',                                   static_cast<char>('0' + m / 10),
                    static_cast<char>('0' + m % 10),       '-',
                    static_cast<char>('0' + d / 10),       static_cast<char>('0' + d % 10)};
    return std::string(buf, sizeof buf);
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Day CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return MakeDay(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

int Weekday(Day d) {
  long days = DaysFromCivil(YearOf(d), MonthOf(d), DayOfMonth(d));
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

Day AddDays(Day d, long n) { return CivilFromDays(DaysFromCivil(YearOf(d), MonthOf(d), DayOfMonth(d)) + n); }

bool IsWeekdayName(std::string_view w) {
  return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" || w == "friday" || w == "saturday" ||
         w == "sunday";
}

bool IsMonthName(std::string_view w) {
  return w == "january" || w == "february" || w == "march" || w == "april" || w == "may" || w == "june" || w == "july" ||
         w == "august" || w == "september" || w == "october" || w == "november" || w == "december";
}

}  // namespace dyad
