// dyad's own flat table of events (`dyad events --format csv`): one row per
// event, RFC 4180 quoting, a header of plain names (docs/export.md says what
// each column holds). GDELT's layout is event_gdelt.h.
#pragma once

#include <string>

#include "dyad/records.h"

namespace dyad {

std::string EventCsvHeader();
std::string EventToCsv(const EventRecord& e);

}  // namespace dyad
