#include "native/native_dates.h"

#include <cstdlib>
#include <string_view>

namespace dyad {
namespace {

using Tokens = std::vector<NativeToken>;

int Number(const NativeToken& t) {
  if (t.kind != NativeTokenKind::kNumber || t.key.size() > 4) return -1;
  return std::atoi(t.key.c_str());
}

bool Is(const Tokens& t, size_t i, size_t end, std::string_view key) { return i < end && t[i].key == key; }
bool IsAny(const Tokens& t, size_t i, size_t end, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    if (Is(t, i, end, k)) return true;
  }
  return false;
}

// Month `m`, day `d` in the year that puts it nearest `anchor`.
Day NearestYear(int m, int d, Day anchor) {
  int y = YearOf(anchor);
  Day best = 0;
  long best_gap = 0;
  for (int year : {y - 1, y, y + 1}) {
    if (!IsValidDay(year, m, d)) continue;
    long gap = std::labs(DaysFromCivil(year, m, d) - DaysFromCivil(y, MonthOf(anchor), DayOfMonth(anchor)));
    if (best == 0 || gap < best_gap) best = MakeDay(year, m, d), best_gap = gap;
  }
  return best;
}

// Day `d` of the anchor's month, or of the month before when that is more
// than two days after the anchor.
Day DayOfAnchorMonth(int d, Day anchor) {
  int y = YearOf(anchor), m = MonthOf(anchor);
  if (IsValidDay(y, m, d) && MakeDay(y, m, d) <= AddDays(anchor, 2)) return MakeDay(y, m, d);
  if (--m == 0) m = 12, --y;
  return IsValidDay(y, m, d) ? MakeDay(y, m, d) : 0;
}

NativeDate Span(size_t b, size_t e, Day first, Day last, NativeDate::Precision p) {
  NativeDate d;
  d.begin = b, d.end = e, d.first = first, d.last = last, d.precision = p;
  return d;
}

NativeDate MonthSpan(size_t b, size_t e, int y, int m) {
  return Span(b, e, MakeDay(y, m, 1), MakeDay(y, m, DaysInMonth(y, m)), NativeDate::kMonth);
}

bool PlausibleYear(int y) { return y >= 1900 && y <= 2100; }

// One Chinese date at token i, or false.
bool ChineseAt(const Tokens& t, size_t i, size_t end, Day anchor, NativeDate* out) {
  static const std::pair<std::string_view, int> kRelative[] = {
      {"昨", -1}, {"今", 0}, {"前", -2}, {"明", 1}};
  // 昨天 昨日 今天 今日 前天 明天
  for (const auto& [word, offset] : kRelative) {
    if (Is(t, i, end, word) && IsAny(t, i + 1, end, {"天", "日"}) && anchor != 0) {
      if (word == "前" && !Is(t, i + 1, end, "天")) continue;   // 前日 is rare; 前天 is the day before yesterday
      if (word == "明" && !Is(t, i + 1, end, "天")) continue;
      Day d = AddDays(anchor, offset);
      *out = Span(i, i + 2, d, d, NativeDate::kDay);
      return true;
    }
  }
  // 昨（18）日, 今（19）日: Taiwan's papers give the day of the month too; the
  // story's day decides, the number confirms it.
  for (const auto& [word, offset] : kRelative) {
    if (!Is(t, i, end, word) || !IsAny(t, i + 1, end, {"(", "（"}) || !IsAny(t, i + 3, end, {")", "）"}) ||
        !Is(t, i + 4, end, "日") || anchor == 0) {
      continue;
    }
    const Day d = AddDays(anchor, offset);
    if (Number(t[i + 2]) != DayOfMonth(d)) continue;
    *out = Span(i, i + 5, d, d, NativeDate::kDay);
    return true;
  }
  if (IsAny(t, i, end, {"同", "当"}) && IsAny(t, i + 1, end, {"日", "天", "晚"})) {
    *out = NativeDate();
    out->begin = i, out->end = i + 2, out->same_day = true;
    return true;
  }
  // 次日 翌日 第二天 隔天; 前一天 前一日 (此前一天)
  struct Relative {
    std::string_view first, second, third;
    int offset;
  };
  static const Relative kRelativeDays[] = {{"次", "日", "", 1}, {"翌", "日", "", 1}, {"隔", "天", "", 1},
                                           {"第", "二", "天", 1}, {"前", "一", "天", -1}, {"前", "一", "日", -1}};
  for (const Relative& r : kRelativeDays) {
    if (Is(t, i, end, r.first) && Is(t, i + 1, end, r.second) && (r.third.empty() || Is(t, i + 2, end, r.third))) {
      *out = NativeDate();
      out->begin = i, out->end = i + (r.third.empty() ? 2 : 3), out->same_day = true, out->offset = r.offset;
      return true;
    }
  }
  int n = Number(t[i]);
  if (n < 0) return false;
  // [Y年] M月 [D日|D号]; "去年2月5日": the year before the story's
  size_t k = i;
  int year = 0;
  size_t begin = i;
  if (i >= 2 && anchor != 0 && Is(t, i - 1, end, "年") && IsAny(t, i - 2, end, {"去", "今", "前"})) {
    year = YearOf(anchor) - (Is(t, i - 2, end, "去") ? 1 : Is(t, i - 2, end, "前") ? 2 : 0);
    begin = i - 2;
  }
  if (year == 0 && Is(t, k + 1, end, "年") && PlausibleYear(n)) {
    year = n;
    k += 2;
    if (k >= end || Number(t[k]) < 0 || !Is(t, k + 1, end, "月")) {
      *out = Span(i, i + 2, MakeDay(year, 1, 1), MakeDay(year, 12, 31), NativeDate::kYear);
      return true;
    }
  }
  int month = k < end ? Number(t[k]) : -1;
  if (month >= 1 && month <= 12 && Is(t, k + 1, end, "月")) {
    size_t after = k + 2;
    int day = after < end ? Number(t[after]) : -1;
    if (day >= 1 && IsAny(t, after + 1, end, {"日", "号"})) {
      Day d = year != 0 ? (IsValidDay(year, month, day) ? MakeDay(year, month, day) : 0)
                        : (anchor != 0 ? NearestYear(month, day, anchor) : 0);
      if (d == 0) return false;
      *out = Span(begin, after + 2, d, d, NativeDate::kDay);
      return true;
    }
    if (year == 0 && anchor == 0) return false;
    if (year == 0) year = YearOf(NearestYear(month, 1, anchor));
    *out = MonthSpan(begin, k + 2, year, month);
    return true;
  }
  if (year != 0) return false;
  // D日 alone (not 日本, Japan)
  if (n >= 1 && n <= 31 && IsAny(t, i + 1, end, {"日", "号"}) && !Is(t, i + 2, end, "本") && anchor != 0) {
    if (i > 0 && t[i - 1].kind == NativeTokenKind::kHan && t[i - 1].key == "月") return false;
    // "顺益兴6号", "海洋石油981号": a number a name runs into is a vessel's, no day.
    if (Is(t, i + 1, end, "号") && i > 0 && t[i - 1].kind == NativeTokenKind::kHan && t[i - 1].end == t[i].begin &&
        !IsAny(t, i - 1, end, {"于", "在", "至", "到", "从", "即"})) {
      return false;
    }
    Day d = DayOfAnchorMonth(n, anchor);
    if (d == 0) return false;
    *out = Span(i, i + 2, d, d, NativeDate::kDay);
    out->month_unwritten = true;
    return true;
  }
  return false;
}

bool IsTimeOfDay(const NativeToken& t) {
  static const std::string_view kWords[] = {"sáng", "chiều", "tối", "trưa", "đêm", "khuya", "ngày", "hôm", "rạng"};
  for (std::string_view w : kWords) {
    if (t.key == w) return true;
  }
  return false;
}

// One Vietnamese date at token i, or false.
bool VietnameseAt(const Tokens& t, size_t i, size_t end, Day anchor, NativeDate* out) {
  const NativeToken& w = t[i];
  if (w.kind == NativeTokenKind::kWord) {
    // hôm nay / sáng nay / hôm qua / tối qua / ngày mai / hôm kia / cùng ngày
    if (i + 1 < end && anchor != 0) {
      std::string_view next = t[i + 1].key;
      bool today_word = w.key == "hôm" || (IsTimeOfDay(w) && w.key != "ngày" && w.key != "rạng");
      if (today_word && (next == "nay" || next == "qua")) {
        Day d = AddDays(anchor, next == "nay" ? 0 : -1);
        size_t e = i + 2;
        // "Hôm qua (3/10)": the day the outlet writes out is the day.
        if (Is(t, e, end, "(") && e + 4 < end && Number(t[e + 1]) >= 1 && Number(t[e + 1]) <= 31 &&
            Is(t, e + 2, end, "/") && Number(t[e + 3]) >= 1 && Number(t[e + 3]) <= 12 && Is(t, e + 4, end, ")")) {
          d = NearestYear(Number(t[e + 3]), Number(t[e + 1]), anchor);
          e += 5;
        }
        if (d == 0) return false;
        *out = Span(i, e, d, d, NativeDate::kDay);
        return true;
      }
      if (w.key == "hôm" && next == "kia") {
        Day d = AddDays(anchor, -2);
        *out = Span(i, i + 2, d, d, NativeDate::kDay);
        return true;
      }
      if (w.key == "ngày" && next == "mai") {
        Day d = AddDays(anchor, 1);
        *out = Span(i, i + 2, d, d, NativeDate::kDay);
        return true;
      }
    }
    if (w.key == "cùng" && Is(t, i + 1, end, "ngày")) {
      *out = NativeDate();
      out->begin = i, out->end = i + 2, out->same_day = true;
      return true;
    }
    // "hôm sau", "ngày hôm sau"; "hôm trước", "ngày hôm trước", "một ngày trước đó"
    if (w.key == "hôm" && IsAny(t, i + 1, end, {"sau", "trước"})) {
      *out = NativeDate();
      out->begin = i, out->end = i + 2, out->same_day = true, out->offset = t[i + 1].key == "sau" ? 1 : -1;
      return true;
    }
    if (w.key == "một" && Is(t, i + 1, end, "ngày") && Is(t, i + 2, end, "trước") && Is(t, i + 3, end, "đó")) {
      *out = NativeDate();
      out->begin = i, out->end = i + 4, out->same_day = true, out->offset = -1;
      return true;
    }
    // ngày D tháng M [năm Y]; tháng M năm Y; tháng M/Y; năm Y
    if (w.key == "ngày" && i + 3 < end && Number(t[i + 1]) > 0 && t[i + 2].key == "tháng" && Number(t[i + 3]) > 0) {
      int day = Number(t[i + 1]), month = Number(t[i + 3]);
      size_t e = i + 4;
      int year = 0;
      if (Is(t, e, end, "năm") && e + 1 < end && PlausibleYear(Number(t[e + 1]))) year = Number(t[e + 1]), e += 2;
      Day d = year != 0 ? (IsValidDay(year, month, day) ? MakeDay(year, month, day) : 0)
                        : (anchor != 0 && month <= 12 ? NearestYear(month, day, anchor) : 0);
      if (d == 0) return false;
      *out = Span(i, e, d, d, NativeDate::kDay);
      return true;
    }
    if (w.key == "tháng" && i + 1 < end && Number(t[i + 1]) >= 1 && Number(t[i + 1]) <= 12) {
      int month = Number(t[i + 1]);
      if (Is(t, i + 2, end, "năm") && i + 3 < end && PlausibleYear(Number(t[i + 3]))) {
        *out = MonthSpan(i, i + 4, Number(t[i + 3]), month);
        return true;
      }
      if (IsAny(t, i + 2, end, {"/", "-"}) && i + 3 < end && PlausibleYear(Number(t[i + 3]))) {
        *out = MonthSpan(i, i + 4, Number(t[i + 3]), month);
        return true;
      }
      return false;
    }
    if (w.key == "năm" && i + 1 < end && PlausibleYear(Number(t[i + 1]))) {
      int y = Number(t[i + 1]);
      *out = Span(i, i + 2, MakeDay(y, 1, 1), MakeDay(y, 12, 31), NativeDate::kYear);
      return true;
    }
    return false;
  }
  // D/M[/Y] or D-M: a full date anywhere; a day and month only after a time
  // of day or "ngày", after "(", or opening the sentence ("1/3" alone is
  // also a fraction).
  int day = Number(w);
  if (day < 1 || day > 31 || !IsAny(t, i + 1, end, {"/", "-"}) || i + 2 >= end) return false;
  int month = Number(t[i + 2]);
  if (month < 1 || month > 12) return false;
  std::string_view sep = t[i + 1].key;
  if (Is(t, i + 3, end, sep) && i + 4 < end && PlausibleYear(Number(t[i + 4]))) {
    int year = Number(t[i + 4]);
    if (!IsValidDay(year, month, day)) return false;
    *out = Span(i, i + 5, MakeDay(year, month, day), MakeDay(year, month, day), NativeDate::kDay);
    return true;
  }
  bool introduced = i == 0 || IsTimeOfDay(t[i - 1]) || t[i - 1].key == "(" ||
                    (t[i - 1].kind == NativeTokenKind::kPunct && t[i - 1].key == "," && i >= 2 &&
                     t[i - 2].capitalized);  // a dateline: "Hà Nội, 26/1 (TTXVN)"
  if (!introduced || anchor == 0) return false;
  Day d = NearestYear(month, day, anchor);
  if (d == 0) return false;
  *out = Span(i, i + 3, d, d, NativeDate::kDay);
  return true;
}

}  // namespace

std::vector<NativeDate> FindNativeDates(const std::vector<NativeToken>& tokens, size_t begin, size_t end, Day anchor,
                                        bool chinese) {
  std::vector<NativeDate> out;
  for (size_t i = begin; i < end;) {
    NativeDate d;
    bool found = chinese ? ChineseAt(tokens, i, end, anchor, &d) : VietnameseAt(tokens, i, end, anchor, &d);
    if (!found) {
      ++i;
      continue;
    }
    // A dateline: the day followed by 电/電 (Chinese agencies), or by an
    // agency's name in parentheses opening the story (Vietnamese).
    if (chinese) {
      size_t k = d.end;
      // "26日电", "26日上午电", "30日专电", "5日综合外电报导"
      while (k < end && k < d.end + 4 && tokens[k].kind == NativeTokenKind::kHan &&
             (tokens[k].key == "上" || tokens[k].key == "下" || tokens[k].key == "午" || tokens[k].key == "专" ||
              tokens[k].key == "综" || tokens[k].key == "合" || tokens[k].key == "外")) {
        ++k;
      }
      d.dateline = k < end && tokens[k].key == "电";
    } else {
      d.dateline = d.end < end && tokens[d.end].key == "(" && d.begin <= begin + 6;
    }
    i = d.end;
    out.push_back(d);
  }
  return out;
}

}  // namespace dyad
