// The event rows of one story, read and written a set at a time for
// event_writer: which stored events its events report, their evidence, and
// the insertion of the new ones. On SQLite a statement per event costs
// nothing; on PostgreSQL each statement is a round trip to the server, so
// there each step is one statement for the whole story.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/document_store.h"

namespace dyad {

// For each event of `doc`, the stored event (rowid) of another story it is a
// report of: same countries and CAMEO root, overlapping dates, the earliest
// stored; 0 when none (undated, story-dated and one-sided events never merge).
Status FindMergeTargets(Database* db, const AnalyzedDocument& doc, std::vector<int64_t>* targets);

// The evidence JSON of each row in `rowids`, in that order.
Status ReadEvidence(Database* db, const std::vector<int64_t>& rowids, std::vector<std::string>* evidence);

// Inserts the events `which` (indexes into doc.events, in order) as new rows;
// `rowids` receives their rowids in the same order.
Status InsertEvents(Database* db, const AnalyzedDocument& doc, const std::vector<size_t>& which,
                    std::vector<int64_t>* rowids);

// Appends `e`'s evidence from `doc` to a JSON array being written.
void AppendEvidenceJson(const std::string& doc, const EventRecord& e, std::string* out);
// A JSON array of ids, "" (stored as NULL) when there are none.
std::string IdArrayJson(const std::vector<std::string>& ids);
// [[topic, project, object, stage], ...], "" (NULL) when none.
std::string CommitmentsJson(const std::vector<CommitmentMention>& commitments);

}  // namespace dyad
