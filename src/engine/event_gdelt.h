// GDELT 2.0's event table (`dyad events --format gdelt`): its 61 columns in
// order, tab-separated, no quoting, so a script written for GDELT's own
// files reads dyad's. A column dyad has no value for is empty (docs/export.md
// lists which).
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "dyad/records.h"
#include "dyad/status.h"
#include "util/string_hash.h"

namespace dyad {

inline constexpr size_t kGdeltColumns = 61;

// The column names, in GDELT's order.
const std::array<std::string_view, kGdeltColumns>& GdeltColumnNames();

// The names joined by tabs (for --header; GDELT's files have none).
std::string GdeltHeader();

// GDELT names a place's country by its FIPS 10-4 code, not ISO 3166:
// ISO3 -> FIPS, from data/actors/fips_countries.tsv.
using FipsCodes = StringMap<std::string>;
Result<FipsCodes> LoadFipsCodes(const std::string& path);

// One row, without the line break. Tabs and line breaks inside a value
// become spaces: GDELT's format has no quoting.
std::string EventToGdelt(const EventRecord& e, const FipsCodes& fips);

}  // namespace dyad
