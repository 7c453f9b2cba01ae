// Recovers metadata agency copy writes into the text itself: a leading
// "date YYYY-MM-DD" line, a "Provided by X" credit, a dateline ("HÀ NỘI —",
// "BEIJING, Feb.9 (Xinhua) –", "LHASA | Xinhua |", "MANILA (Reuters) -") and a
// trailing credit ("— VNA/VNS", a lone "Vietnamplus", "Reference(s): … cgtn.com").
#pragma once

#include <string_view>

#include "dyad/document.h"
#include "ingest/agency_table.h"

namespace dyad {

// Fills the fields of `doc` that its input left empty (published, dateline,
// dateline month/day, agency) and sets doc->body_begin/body_end around the
// story body. Never fails: text without such markers is all body.
void ExtractTextMetadata(const AgencyTable& agencies, Document* doc);

// Parses a month name or abbreviation ("Feb", "Feb.", "February", "Sept");
// returns 1-12, or 0 when `word` is not a month.
int ParseMonthName(std::string_view word);

}  // namespace dyad
