// Date parsing for HTML meta tags, JSON-LD and feeds. Everything here works on
// ASCII bytes only: the formats accepted are all ASCII, and anything else makes
// the parse fail rather than guess.
#include "ingest/published_date.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char ToLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

// Returns "" for out-of-range parts so every caller gets validation for free.
std::string Format(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear) return "";
  if (month < 1 || month > 12) return "";
  if (day < 1 || day > DaysInMonth(year, month)) return "";
  std::string out = "0000-00-00";
  auto put = [&out](size_t end, int value) {  // writes value's digits ending before `end`
    for (size_t i = end; value > 0; value /= 10) out[--i] = static_cast<char>('0' + value % 10);
  };
  put(4, year);
  put(7, month);
  put(10, day);
  return out;
}

// Parses exactly `width` digits at s[pos]; -1 when they are not all digits.
int FixedNumber(std::string_view s, size_t pos, size_t width) {
  if (pos + width > s.size()) return -1;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (!IsDigit(s[i])) return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

// "YYYY-MM-DD", optionally followed by a time ("T08:30:00Z", " 08:30").
// The time is not validated: the date is all dyad keeps, and feeds write
// every variant of time zone there is.
std::string ParseIso(std::string_view s) {
  int year = FixedNumber(s, 0, 4);
  if (year < 0 || s.size() < 10 || s[4] != '-' || s[7] != '-') return "";
  int month = FixedNumber(s, 5, 2);
  int day = FixedNumber(s, 8, 2);
  if (month < 0 || day < 0) return "";
  if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && !IsSpace(s[10])) return "";
  return Format(year, month, day);
}

// A word of the input: a run of letters or a run of digits. Separators
// (spaces, commas, periods) are dropped, so "Oct. 12, 2024" reads as
// {Oct, 12, 2024} and "12th" as {12, th}.
struct Token {
  std::string_view text;
  bool numeric = false;
};

// Reads up to `max` tokens; stops early at the first character that is neither
// a letter, a digit nor a separator (e.g. ':' of a time), because what
// follows the date is never needed.
std::vector<Token> Tokenize(std::string_view s, size_t max) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < s.size() && tokens.size() < max) {
    char c = s[i];
    if (IsSpace(c) || c == ',' || c == '.') {
      ++i;
      continue;
    }
    size_t start = i;
    if (IsDigit(c)) {
      while (i < s.size() && IsDigit(s[i])) ++i;
      tokens.push_back({s.substr(start, i - start), true});
    } else if (IsAlpha(c)) {
      while (i < s.size() && IsAlpha(s[i])) ++i;
      tokens.push_back({s.substr(start, i - start), false});
    } else {
      break;
    }
  }
  return tokens;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ToLower(a[i]) != ToLower(b[i])) return false;
  }
  return true;
}

// 1-12 for a full English month name or its abbreviation ("Oct", "Sept"), else 0.
int MonthNumber(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (EqualsIgnoreCase(word, kMonths[i]) || EqualsIgnoreCase(word, kMonths[i].substr(0, 3))) {
      return static_cast<int>(i) + 1;
    }
  }
  if (EqualsIgnoreCase(word, "sept")) return 9;
  return 0;
}

bool IsWeekday(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (std::string_view day : kDays) {
    if (EqualsIgnoreCase(word, day) || EqualsIgnoreCase(word, day.substr(0, 3))) return true;
  }
  return false;
}

bool IsOrdinalSuffix(std::string_view word) {
  return EqualsIgnoreCase(word, "st") || EqualsIgnoreCase(word, "nd") ||
         EqualsIgnoreCase(word, "rd") || EqualsIgnoreCase(word, "th");
}

// A day of the month: one or two digits (a longer run is a year or garbage).
int DayNumber(const Token& token) {
  if (!token.numeric || token.text.size() > 2) return -1;
  return FixedNumber(token.text, 0, token.text.size());
}

int YearNumber(const Token& token) {
  if (!token.numeric || token.text.size() != 4) return -1;
  return FixedNumber(token.text, 0, 4);
}

// RFC 822 ("Sat, 12 Oct 2024 08:30:00 +0700") and English long forms
// ("October 12, 2024", "12 October 2024", "Saturday, Oct. 12th, 2024").
std::string ParseWords(std::string_view s) {
  std::vector<Token> tokens = Tokenize(s, 6);
  size_t i = 0;
  if (i < tokens.size() && !tokens[i].numeric && IsWeekday(tokens[i].text)) ++i;
  auto skip_ordinal = [&]() {
    if (i < tokens.size() && !tokens[i].numeric && IsOrdinalSuffix(tokens[i].text)) ++i;
  };
  int day = -1;
  int month = 0;
  if (i < tokens.size() && tokens[i].numeric) {  // 12 Oct 2024
    day = DayNumber(tokens[i++]);
    skip_ordinal();
    if (i < tokens.size() && !tokens[i].numeric) month = MonthNumber(tokens[i++].text);
  } else if (i < tokens.size()) {  // Oct 12, 2024
    month = MonthNumber(tokens[i++].text);
    if (i < tokens.size()) day = DayNumber(tokens[i++]);
    skip_ordinal();
  }
  if (day < 0 || month == 0 || i >= tokens.size()) return "";
  int year = YearNumber(tokens[i]);
  if (year < 0) return "";
  // "2024abc" is not a year followed by more words: it is not a date.
  size_t year_end = static_cast<size_t>(tokens[i].text.data() - s.data()) + tokens[i].text.size();
  if (year_end < s.size() && IsAlpha(s[year_end])) return "";
  return Format(year, month, day);
}

}  // namespace

std::string ParsePublishedDate(std::string_view text) {
  std::string_view s = Trim(text);
  if (s.empty()) return "";
  if (IsDigit(s[0]) && s.size() >= 10 && s[4] == '-') return ParseIso(s);
  return ParseWords(s);
}

}  // namespace dyad
