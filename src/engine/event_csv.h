// A flat, GDELT-like CSV form of event records: one row per event with the
// columns analysts know from GDELT's event table where dyad has the value.
#pragma once

#include <string>

#include "dyad/records.h"

namespace dyad {

std::string EventCsvHeader();
std::string EventToCsv(const EventRecord& e);

}  // namespace dyad
