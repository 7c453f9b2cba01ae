// JSON forms of dyad's records, one object per line, as `dyad events`,
// `dyad actors`, `dyad code` and the HTTP API write them.
#pragma once

#include <string>

#include "dyad/records.h"

namespace dyad {

// The event record: event_id, doc, docs, date, date_precision, date_source, published, url, source, target,
// cameo, cameo_name, root, plover, goldstein, quad_class, location, evidence
// (plus date_end and date_note when set). No trailing newline.
std::string EventToJson(const EventRecord& e);
// The same, appended to `out` (no string of its own per record).
void AppendEventJson(const EventRecord& e, std::string* out);
// The same, written at `out`, which has room for EventJsonBound(e) bytes (a
// bound from the sizes of its strings); returns the end of what was written.
// For writers with memory of their own that need not be cleared first.
size_t EventJsonBound(const EventRecord& e);
char* WriteEventJson(const EventRecord& e, char* out);

// doc, sentence, start, end, text, actor_id, name, country, code, role, how.
std::string MentionToJson(const Mention& m);

}  // namespace dyad
