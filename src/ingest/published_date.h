// Parses the publication dates inputs carry into dyad's "YYYY-MM-DD".
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// Returns "YYYY-MM-DD" for: "YYYY-MM-DD", RFC 3339 / ISO 8601 date-times
// ("2024-10-12T08:30:00+07:00", "2024-10-12T08:30:00Z"), RFC 822/1123 dates as RSS
// writes them ("Sat, 12 Oct 2024 08:30:00 +0700", "12 Oct 2024"), and long-form
// English dates ("October 12, 2024", "12 October 2024", "Oct. 12, 2024").
// The calendar date is the one written (no time-zone shift). Returns "" for
// anything else, including impossible dates (2024-02-30).
std::string ParsePublishedDate(std::string_view text);

}  // namespace dyad
