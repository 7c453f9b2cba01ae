// Date expressions in a sentence, resolved against the story's anchor day
// (its publication date, or its dateline with a known or inferred year):
// "on Monday", "October 9-12", "on Oct. 11, 2024", "last August", "earlier
// this month", "next year", "yesterday", "June 5 last year", and a year
// alone before the anchor's ("in 1995"). Unknown stays unknown: a relative
// expression without an anchor resolves to nothing.
#pragma once

#include <string>
#include <vector>

#include "actors/document_tokens.h"
#include "util/day.h"

namespace dyad {

struct DateMention {
  uint32_t begin = 0;  // token range
  uint32_t end = 0;
  Day first = 0;
  Day last = 0;                // == first for a day
  std::string precision;       // "day", "range", "month", "year"
  std::string text;            // the folded phrase, for notes
};

// REQUIRES: [begin, end) is a token range of `d`. `anchor` may be 0.
// `published`, when later than `anchor` (a story filed on one day and
// published the next), is where a weekday between the two falls.
std::vector<DateMention> FindDates(const DocumentTokens& d, uint32_t begin, uint32_t end, Day anchor,
                                   Day published = 0);

// FindDates against `anchor`, and in `extents` the mentions FindDates finds
// against `any_day`, without their text: for a story without a day, whose
// time phrases still have an extent. The tokens that may open a date are
// looked for once for both.
std::vector<DateMention> FindDatesAndExtents(const DocumentTokens& d, uint32_t begin, uint32_t end, Day anchor,
                                             Day any_day, std::vector<DateMention>* extents);

// "2024-10-11", "2024-10", "2024" for a mention's first day at its precision.
std::string FormatMention(const DateMention& m);

}  // namespace dyad
