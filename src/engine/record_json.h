// JSON forms of dyad's records, one object per line, as `dyad events`,
// `dyad actors`, `dyad code` and the HTTP API write them.
#pragma once

#include <string>

#include "dyad/records.h"

namespace dyad {

// The event record: event_id, doc, docs, num_documents, date, date_precision, date_source, published, url, source,
// target, cameo, cameo_name, root, plover, goldstein, quad_class, location, num_evidence, evidence
// (plus date_end and date_note when set). No trailing newline.
std::string EventToJson(const EventRecord& e);
// The same, appended to `out` (no string of its own per record).
void AppendEventJson(const EventRecord& e, std::string* out);
// The same with at most `listed` sources and evidence sentences (the API's
// bounded payloads: a syndicated story's event has hundreds);
// num_documents and num_evidence still count them all.
void AppendEventJsonListing(const EventRecord& e, size_t listed, std::string* out);
// The same, written at `out`, which has room for EventJsonBound(e) bytes (a
// bound from the sizes of its strings); returns the end of what was written.
// For writers with memory of their own that need not be cleared first.
size_t EventJsonBound(const EventRecord& e);
char* WriteEventJson(const EventRecord& e, char* out);

// doc, sentence, start, end, text, actor_id, name, country, code, role, how.
std::string MentionToJson(const Mention& m);

}  // namespace dyad
