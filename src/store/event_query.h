// Reading events and mentions back out of the store, filtered.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dyad/records.h"
#include "store/database.h"

namespace dyad {

struct EventFilter {
  std::string dyad;          // "CHN-VNM" (either order), "" for all
  std::string from;          // first date, "YYYY[-MM[-DD]]", inclusive
  std::string to;            // last date, inclusive
  std::string cameo_prefix;  // "04", "0421"
  std::string doc;           // only events with evidence from this document
  std::string event_id;      // one event
  std::string actor;         // an actor id, code or name (case and diacritics ignored) on either side
  std::string source_country;  // one direction only: the acting state ("" for either)
  std::string target_country;  // and the state acted upon
  std::string country;       // events with this state on either side
  std::string topic;         // events about this topic (data/relations/topics.tsv id)
  std::string mechanism;     // events held in this mechanism (data/relations/mechanisms.tsv id)
  int64_t limit = -1;
  int64_t offset = 0;
};

// Normalises "VNM-CHN" to "CHN-VNM"; InvalidArgument for anything that is not
// two alpha-3 codes.
Result<std::string> NormalizeDyad(const std::string& dyad);

// Sets `filter`'s dyad from `written` ("VNM-CHN") and, for `direction` "ab"
// (the first state as written acts on the second) or "ba", its source and
// target; "" or "both" keeps either way. InvalidArgument for a bad pair or
// direction.
Status SetDyadAndDirection(const std::string& written, const std::string& direction, EventFilter* filter);

// The SQL condition (starting " AND …") and its parameters for `filter`,
// over the events table aliased as `e`.
Status EventFilterSql(const EventFilter& filter, SqlDialect dialect, std::string* sql, std::vector<std::string>* params);

// Visits events in (date, event_id) order, undated last, each with its
// sources and evidence.
Status ReadEvents(Database* db, const EventFilter& filter, const std::function<void(const EventRecord&)>& visit);

// Visits the mentions of one document (all when `doc` is empty) in text order.
Status ReadMentions(Database* db, const std::string& doc, const std::function<void(const Mention&)>& visit);

}  // namespace dyad
