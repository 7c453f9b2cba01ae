// Writing events: each event of a document either joins an event already
// stored from another story (same countries, same CAMEO root, overlapping
// dates) or becomes a new event; its evidence is kept either way, as JSON on
// the event's row ([[doc, sentence, start, end], ...], schema migration 2).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/document_store.h"
#include "store/database.h"

namespace dyad {

// Writes the events of `doc`; `event_rowids` receives the rowids of the
// stored events it gave evidence to (new or merged into), each once, in order.
// REQUIRES: inside a transaction, after the document row is written.
Status WriteEvents(Database* db, const AnalyzedDocument& doc, std::vector<int64_t>* event_rowids);

// Removes the evidence `doc` gave to the events in `event_rowids_json` (its
// annotations' list); events left with no evidence are deleted, and events
// it was the first source of move to their next source.
Status DeleteEventsOf(Database* db, const std::string& doc, const std::string& event_rowids_json);

// The [first, last] days a date covers ("2024-10" -> 2024-10-01..2024-10-31);
// false for year-only and unknown dates, which never merge across stories.
bool DateInterval(const std::string& date, const std::string& date_end, std::string* first, std::string* last);

}  // namespace dyad
