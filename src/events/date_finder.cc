#include "events/date_finder.h"

#include <array>
#include <cctype>
#include <cstdio>

#include "util/flat_map.h"

namespace dyad {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                       "friday", "saturday", "sunday"};

int MonthOf(std::string_view w) {
  if (w.size() < 3 || w.size() > 9 || std::string_view("adfjmnos").find(w[0]) == std::string_view::npos) return 0;
  static constexpr std::array<std::string_view, 12> kFull = {"january", "february", "march",     "april",
                                                             "may",     "june",     "july",      "august",
                                                             "september", "october", "november", "december"};
  for (size_t i = 0; i < kFull.size(); ++i) {
    if (w == kFull[i]) return static_cast<int>(i) + 1;
    if (w.size() == 3 && kFull[i].substr(0, 3) == w && w != "may" && w != "mar" && w != "jun" && w != "jul") {
      return static_cast<int>(i) + 1;
    }
  }
  if (w == "sept") return 9;
  return 0;
}

int Number(std::string_view w, int lo, int hi) {
  if (w.empty() || w.size() > 4) return 0;
  int v = 0;
  for (char c : w) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
    v = v * 10 + (c - '0');
  }
  return v >= lo && v <= hi ? v : 0;
}

// "this morning", "last night": a part of the story's day.
bool IsPartOfDay(std::string_view w) {
  return w == "morning" || w == "afternoon" || w == "evening" || w == "night";
}

// The words (other than numbers) a date may open with; MonthOf's words too.
constexpr std::array<std::string_view, 34> kOpenerWords = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "last",
    "this", "next", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "apr", "aug", "sep", "oct", "nov", "dec", "sept"};

const FlatStringMap<char>& Openers() {
  static const auto* words = [] {
    auto* set = new FlatStringMap<char>();
    for (std::string_view w : kOpenerWords) set->TryEmplace(w, 1);
    return set;
  }();
  return *words;
}

// Per first letter, one bit per length of the openers with that letter: most
// words ("the", "said", "minister") fail it and are never hashed.
const std::array<uint16_t, 26>& OpenerShapes() {
  static const std::array<uint16_t, 26> shapes = [] {
    std::array<uint16_t, 26> s{};
    for (std::string_view w : kOpenerWords) s[static_cast<size_t>(w[0] - 'a')] |= static_cast<uint16_t>(1u << w.size());
    return s;
  }();
  return shapes;
}

class Finder {
 public:
  Finder(const DocumentTokens& d, uint32_t begin, uint32_t end, Day anchor, Day published = 0)
      : d_(d), begin_(begin), end_(end), anchor_(anchor), published_(published) {}

  std::vector<DateMention> Run() {
    std::vector<DateMention> out;
    for (uint32_t i = begin_; i < end_;) {
      // Most tokens open no date: leave before building a mention (two
      // strings) for them.
      if (!MayOpen(d_.text(i))) {
        ++i;
        continue;
      }
      DateMention m;
      if (Try(i, &m)) {
        i = m.end;
        AddText(&m);
        out.push_back(std::move(m));
      } else {
        ++i;
      }
    }
    return out;
  }

  // The tokens Run would try, in order.
  std::vector<uint32_t> OpenerTokens() const {
    std::vector<uint32_t> out;
    for (uint32_t i = begin_; i < end_; ++i) {
      if (MayOpen(d_.text(i))) out.push_back(i);
    }
    return out;
  }

  // Run, on the openers a scan found before: the same mentions.
  std::vector<DateMention> RunAt(const std::vector<uint32_t>& openers, bool text) {
    std::vector<DateMention> out;
    uint32_t next = begin_;  // a token inside a mention found opens none
    for (uint32_t i : openers) {
      if (i < next) continue;
      DateMention m;
      if (!Try(i, &m)) continue;
      next = m.end;
      if (text) AddText(&m);
      out.push_back(std::move(m));
    }
    return out;
  }

 private:
  // Every date Try finds opens with a number, a weekday, a word MonthOf
  // knows, "yesterday", "today", "tonight", "last", "this" or "next" (three to nine
  // letters).
  static bool MayOpen(std::string_view w) {
    if (w.empty()) return false;
    if (w[0] >= '0' && w[0] <= '9') return true;
    if (w.size() < 3 || w.size() > 9 || w[0] < 'a' || w[0] > 'z') return false;
    if ((OpenerShapes()[static_cast<size_t>(w[0] - 'a')] & (1u << w.size())) == 0) return false;
    return Openers().Find(w) != nullptr;
  }

  std::string_view T(uint32_t i) const { return i < end_ ? d_.text(i) : std::string_view(); }

  // The clause before token `i` tells what is to come: "will travel to
  // Addis Ababa on", "is due to visit Seoul on", "is to hold talks on"
  // (within six words, not past a comma or a verb of saying: "said on").
  bool FutureBefore(uint32_t i) const {
    for (uint32_t k = i, n = 0; k > begin_ && n < 6; --k, ++n) {
      const std::string_view w = d_.text(k - 1);
      if (w == "," || w == ";" || w == ":" || w == "." || w == "said" || w == "says" || w == "told" ||
          w == "announced" || w == "did" || w == "was" || w == "were") {
        return false;
      }
      if (w == "will" || w == "shall" || w == "'ll") return true;
      if (w == "to" && k - 1 > begin_) {
        const std::string_view v = d_.text(k - 2);
        if (v == "is" || v == "are" || v == "due" || v == "scheduled" || v == "expected" || v == "set" || v == "plans" ||
            v == "planned" || v == "plan" || v == "intends" || v == "going") {
          return true;
        }
      }
    }
    return false;
  }
  std::string_view Prev(uint32_t i) const { return i > begin_ ? d_.text(i - 1) : std::string_view(); }

  // A month-day without year at token `at`: the year that puts it nearest
  // the anchor, leaning to the past as news does, unless the words before
  // it tell of what is to come ("will arrange reunions around Aug. 15").
  Day Resolve(int month, int day, int year, uint32_t at) const {
    if (year == 0) year = context_year_;
    if (year != 0) return IsValidDay(year, month, day) ? MakeDay(year, month, day) : 0;
    if (anchor_ == 0) return 0;
    int y = YearOf(anchor_);
    if (!IsValidDay(y, month, day)) return 0;
    Day d = MakeDay(y, month, day);
    if (d > AddDays(anchor_, 45) && !ToCome(at)) d = IsValidDay(y - 1, month, day) ? MakeDay(y - 1, month, day) : 0;
    return d;
  }
  bool ToCome(uint32_t at) const {
    for (uint32_t k = at; k > begin_ && at - k < 8; --k) {
      std::string_view w = d_.text(k - 1);
      if (w == "will" || w == "shall" || w == "scheduled" || w == "due" || w == "planned" || w == "expected") {
        return true;
      }
    }
    return false;
  }

  bool Try(uint32_t i, DateMention* m) {
    // REQUIRES: MayOpen(w), checked by Run.
    std::string_view w = T(i);
    // Weekdays: "on Monday", "last Friday", "next Tuesday".
    for (size_t k = 0; k < kWeekdays.size(); ++k) {
      if (w != kWeekdays[k]) continue;
      if (anchor_ == 0) return false;
      int back = (Weekday(anchor_) - static_cast<int>(k) + 7) % 7;
      std::string_view prev = Prev(i);
      Day day = AddDays(anchor_, -back);
      // Filed on Friday, published on Saturday: "on Saturday" is the day
      // after the dateline's, not a week before it.
      if (published_ > anchor_ && prev != "last" && prev != "next" && prev != "coming") {
        const Day late = AddDays(published_, -((Weekday(published_) - static_cast<int>(k) + 7) % 7));
        if (late > anchor_) day = late;
      }
      uint32_t b = i;
      const int ahead = (static_cast<int>(k) - Weekday(anchor_) + 7) % 7;
      if (prev == "last") {
        if (back == 0) day = AddDays(anchor_, -7);
        b = i - 1;
      } else if (prev != "next" && prev != "coming" && FutureBefore(i)) {
        // "Sisi will travel to Addis Ababa on Tuesday": the Tuesday to come.
        day = AddDays(anchor_, ahead);
      } else if (prev == "next" || prev == "coming") {
        day = AddDays(anchor_, ahead == 0 ? 7 : ahead);
        b = i - 1;
      }
      Set(m, b, i + 1, day, day, "day");
      return true;
    }
    if (w == "yesterday" && anchor_ != 0) {
      Day day = AddDays(anchor_, -1);
      Set(m, i, i + 1, day, day, "day");
      return true;
    }
    if ((w == "today" || w == "tonight") && anchor_ != 0 && Prev(i) != "'s") {
      Set(m, i, i + 1, anchor_, anchor_, "day");
      return true;
    }
    // The parts of the story's day: "this afternoon"; "last night" is the
    // night before the day the story was filed.
    if ((w == "this" || w == "last") && IsPartOfDay(T(i + 1)) && anchor_ != 0) {
      if (w == "last" && T(i + 1) != "night") return false;
      Day day = w == "last" ? AddDays(anchor_, -1) : anchor_;
      Set(m, i, i + 2, day, day, "day");
      return true;
    }
    // Weeks: "last week" is the previous Monday-Sunday, "this week" and
    // "earlier this week" run from Monday to the anchor.
    if ((w == "last" || w == "this") && T(i + 1) == "week") {
      if (anchor_ == 0) return false;
      Day monday = AddDays(anchor_, -Weekday(anchor_));
      uint32_t b = Prev(i) == "earlier" ? i - 1 : i;
      if (w == "last") {
        Set(m, b, i + 2, AddDays(monday, -7), AddDays(monday, -1), "range");
      } else {
        Set(m, b, i + 2, monday, anchor_, "range");
      }
      return true;
    }
    if (w == "this" && T(i + 1) == "month" && Prev(i) == "earlier" && anchor_ != 0) {
      Set(m, i - 1, i + 2, MakeDay(YearOf(anchor_), dyad::MonthOf(anchor_), 1), anchor_, "range");
      return true;
    }
    // Relative months and years.
    if ((w == "this" || w == "last" || w == "next") && (T(i + 1) == "month" || T(i + 1) == "year")) {
      if (anchor_ == 0) return false;
      int y = YearOf(anchor_), mo = dyad::MonthOf(anchor_);
      int delta = w == "last" ? -1 : w == "next" ? 1 : 0;
      if (T(i + 1) == "year") {
        Set(m, i, i + 2, MakeDay(y + delta, 1, 1), MakeDay(y + delta, 12, 31), "year");
        context_year_ = y + delta;
      } else {
        mo += delta;
        if (mo == 0) mo = 12, --y;
        if (mo == 13) mo = 1, ++y;
        Set(m, i, i + 2, MakeDay(y, mo, 1), MakeDay(y, mo, DaysInMonth(y, mo)), "month");
      }
      return true;
    }
    // A year alone, before the anchor's: "fought a war in 1995", "clashed
    // in early 2020". The story's own day would be wrong for it, and no
    // finer day is given; a year to come ("in 2030") is a plan's, not an
    // act's, and this year's is left to the finer dates of the story.
    if (int y = Number(w, 1900, 2100); y != 0 && anchor_ != 0 && y < YearOf(anchor_)) {
      uint32_t b = i;
      if (Prev(b) == "early" || Prev(b) == "late") --b;
      if (Prev(b) == "in" && T(i + 1) != "-") {
        Set(m, b - 1, i + 1, MakeDay(y, 1, 1), MakeDay(y, 12, 31), "year");
        context_year_ = y;
        return true;
      }
    }
    // ISO dates: 2024 - 10 - 11.
    if (int y = Number(w, 1900, 2100); y != 0 && T(i + 1) == "-" && Number(T(i + 2), 1, 12) && T(i + 3) == "-" &&
                                       Number(T(i + 4), 1, 31)) {
      int mo = Number(T(i + 2), 1, 12), day = Number(T(i + 4), 1, 31);
      if (!IsValidDay(y, mo, day)) return false;
      Set(m, i, i + 5, MakeDay(y, mo, day), MakeDay(y, mo, day), "day");
      return true;
    }
    int month = MonthOf(w);
    // "May" is a month only with a capital and a number or a year near it.
    if (w == "may" && !(d_.capitalized[i] && (Number(T(i + 1), 1, 31) || Number(T(i + 1), 1900, 2100)))) month = 0;
    if (month != 0) return TryMonthFirst(i, month, m);
    if (int day = Number(w, 1, 31); day != 0) {
      // "9 February 2021", "9-12 October".
      uint32_t j = i + 1;
      int day2 = 0;
      if ((T(j) == "-" || T(j) == "to") && Number(T(j + 1), 1, 31)) day2 = Number(T(j + 1), 1, 31), j += 2;
      int mo = MonthOf(T(j));
      if (mo == 0) return false;
      uint32_t e = j + 1;
      if (T(e) == ".") ++e;
      int year = Number(T(e), 1900, 2100);
      if (year) ++e;
      if (!year) year = RelativeYear(&e);
      if (year != 0) context_year_ = year;
      Day first = Resolve(mo, day, year, i);
      Day last = day2 ? Resolve(mo, day2, year, i) : first;
      if (first == 0 || last == 0 || last < first) return false;
      Set(m, i, e, first, last, day2 ? "range" : "day");
      return true;
    }
    return false;
  }

  // "June 5 last year", "on 3 March of next year": the year the words after
  // a day name, read from the anchor; 0 (and `*e` kept) when none follows.
  int RelativeYear(uint32_t* e) const {
    uint32_t k = T(*e) == "of" ? *e + 1 : *e;
    std::string_view w = T(k);
    if (anchor_ == 0 || T(k + 1) != "year" || (w != "last" && w != "this" && w != "next")) return 0;
    *e = k + 2;
    return YearOf(anchor_) + (w == "last" ? -1 : w == "next" ? 1 : 0);
  }

  bool TryMonthFirst(uint32_t i, int month, DateMention* m) {
    uint32_t j = i + 1;
    if (T(j) == ".") ++j;
    int day = Number(T(j), 1, 31);
    if (day != 0 && T(j + 1) != ":") {
      uint32_t e = j + 1;
      int day2 = 0, month2 = month;
      // "October 9-12", "October 9 to 12", "October 30 to November 2".
      if ((T(e) == "-" || T(e) == "to" || T(e) == "and") && Number(T(e + 1), 1, 31)) {
        day2 = Number(T(e + 1), 1, 31);
        e += 2;
      } else if ((T(e) == "-" || T(e) == "to") && MonthOf(T(e + 1))) {
        uint32_t d2 = T(e + 2) == "." ? e + 3 : e + 2;
        if (Number(T(d2), 1, 31)) {
          month2 = MonthOf(T(e + 1));
          day2 = Number(T(d2), 1, 31);
          e = d2 + 1;
        }
      }
      int year = 0;
      if (T(e) == "," && Number(T(e + 1), 1900, 2100)) {
        year = Number(T(e + 1), 1900, 2100);
        e += 2;
      } else if (Number(T(e), 1900, 2100)) {
        year = Number(T(e), 1900, 2100);
        e += 1;
      } else {
        year = RelativeYear(&e);
      }
      if (year != 0) context_year_ = year;
      Day first = Resolve(month, day, year, i);
      Day last = day2 ? Resolve(month2, day2, year, i) : first;
      if (first == 0 || last == 0) return false;
      if (last < first) last = MakeDay(YearOf(first) + 1, month2, day2);
      uint32_t b = Prev(i) == "from" ? i - 1 : i;
      Set(m, b, e, first, last, day2 ? "range" : "day");
      return true;
    }
    // A month alone: "last August", "in March 2023", "next June".
    std::string_view prev = Prev(i);
    int year = Number(T(j), 1900, 2100);
    uint32_t e = year ? j + 1 : i + 1;
    // "in April last year"
    if (year == 0 && prev != "last" && prev != "next") year = RelativeYear(&e);
    if (year == 0 && prev != "last" && prev != "next" && prev != "in" && prev != "early" && prev != "late" &&
        prev != "mid" && prev != "since") {
      return false;
    }
    if (year == 0 && prev != "last" && prev != "next") year = context_year_;
    if (year != 0) context_year_ = year;
    if (year == 0) {
      if (anchor_ == 0) return false;
      int y = YearOf(anchor_), am = dyad::MonthOf(anchor_);
      if (prev == "last") {
        year = month < am ? y : y - 1;
      } else if (prev == "next") {
        year = month > am ? y : y + 1;
      } else {
        year = month <= am + 1 ? y : y - 1;
      }
    }
    uint32_t b = (prev == "last" || prev == "next") ? i - 1 : i;
    Set(m, b, e, MakeDay(year, month, 1), MakeDay(year, month, DaysInMonth(year, month)), "month");
    return true;
  }

  void AddText(DateMention* m) const {
    m->text.clear();
    for (uint32_t k = m->begin; k < m->end; ++k) {
      if (k > m->begin) m->text += ' ';
      m->text += d_.text(k);
    }
  }

  static void Set(DateMention* m, uint32_t b, uint32_t e, Day first, Day last, const char* precision) {
    m->begin = b;
    m->end = e;
    m->first = first;
    m->last = last;
    m->precision = precision;
  }

  const DocumentTokens& d_;
  uint32_t begin_, end_;
  Day anchor_;
  // The year a mention of the span wrote out ("in April last year", "in
  // 1988", "March 3, 2014"): a later day or month without one ("… signed a
  // treaty on April 28") is of that year.
  int context_year_ = 0;
  Day published_ = 0;  // the publication day, when later than the anchor (the dateline's)
};

}  // namespace

std::vector<DateMention> FindDates(const DocumentTokens& d, uint32_t begin, uint32_t end, Day anchor, Day published) {
  return Finder(d, begin, end, anchor, published).Run();
}

std::vector<DateMention> FindDatesAndExtents(const DocumentTokens& d, uint32_t begin, uint32_t end, Day anchor,
                                             Day any_day, std::vector<DateMention>* extents) {
  Finder dated(d, begin, end, anchor), any(d, begin, end, any_day);
  const std::vector<uint32_t> openers = dated.OpenerTokens();
  *extents = any.RunAt(openers, /*text=*/false);
  return dated.RunAt(openers, /*text=*/true);
}

std::string FormatMention(const DateMention& m) {
  std::string day = FormatDay(m.first);
  if (m.precision == "month") return day.substr(0, 7);
  if (m.precision == "year") return day.substr(0, 4);
  return day;
}

}  // namespace dyad
