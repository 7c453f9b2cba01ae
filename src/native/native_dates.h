// Dates as Vietnamese and Chinese copy writes them: "ngày 26/1/2026",
// "chiều 3/8", "ngày 26 tháng 1 năm 2026", "hôm qua", "cùng ngày";
// "2026年1月26日", "1月26日", "26日", "4月14日下午", "昨天", "同日". A day
// without a year takes the year that puts it nearest the story's date; a
// day without a month ("26日") the story's month, or the one before when that
// would be after the story.
//
// Thread safety: reentrant.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "native/native_text.h"
#include "util/day.h"

namespace dyad {

struct NativeDate {
  size_t begin = 0;  // token range
  size_t end = 0;
  Day first = 0;     // first and last day of what is named (equal for a day)
  Day last = 0;
  enum Precision : uint8_t { kDay, kMonth, kYear } precision = kDay;
  // "cùng ngày", "同日" (offset 0), "次日", "hôm sau" (1), "此前一天", "hôm
  // trước" (-1): a day counted from the one the story last named (first/last
  // unset until the coder knows it).
  bool same_day = false;
  int offset = 0;
  bool dateline = false;  // "新华社河内1月26日电", "Hà Nội, 26/1 (TTXVN)": the day the story was filed
  // "8日" with no month: the story's month here, the coder's narrative month
  // when the story has just named another ("9月7日…，并于8日凌晨…").
  bool month_unwritten = false;
};

// The dates in tokens[begin, end) of one sentence, in order. `anchor` is the
// story's day (0: unknown, and then only dates with a year are read);
// `chinese` picks the language's forms.
std::vector<NativeDate> FindNativeDates(const std::vector<NativeToken>& tokens, size_t begin, size_t end, Day anchor,
                                        bool chinese);

}  // namespace dyad
