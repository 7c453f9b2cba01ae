// One relationship as `dyad relation`, `dyad commitments`, /api/relation and
// /api/commitments give it: the reviewed facts of data/relations/ (level of
// ties over time, mechanisms, frameworks) and, from a store, what the pair's
// stories add: changes of level they tell, the events held in each mechanism
// and invoking each framework with the stories that name them, and the
// commitments followed across stories.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/records.h"
#include "dyad/status.h"
#include "relations/commitment_threads.h"
#include "relations/relations_dictionary.h"
#include "store/database.h"

namespace dyad {

// A change of level a stored event's sentence tells ("elevated ties to …").
struct CodedLevelChange {
  std::string date, level, event_id, cameo, source, target, doc;
  int rank = 0;
};

// The stored events of the pair on one mechanism or framework, and the
// stories of the pair that name it or report those events.
struct InstitutionUse {
  std::vector<EventRecord> events;
  std::vector<std::string> docs;
};

struct RelationReport {
  std::string a, b, pair;  // the pair as asked, and sorted ("CHN-VNM")
  std::string on;          // the day asked, "" for the latest
  const PartnershipChange* level = nullptr;  // on that day, designations aside; nullptr when none is known
  std::vector<const PartnershipChange*> history;
  bool stored = false;  // a store was read
  std::vector<CodedLevelChange> coded;  // oldest first
  // The change of `coded` that moved the level on the day asked: the latest
  // one up to then, when it is later than the data's own last change (the
  // stories know of an upgrade the data does not yet); -1 when none.
  int level_told = -1;
  std::vector<const Mechanism*> mechanisms;
  std::vector<InstitutionUse> mechanism_uses;  // one per mechanism
  std::vector<const Framework*> frameworks;    // the pair's, then others its stories invoke
  std::vector<InstitutionUse> framework_uses;
  std::vector<Commitment> commitments;
};

// `db` may be null (the data only). `on` is a day or "".
Result<RelationReport> BuildRelationReport(const RelationsDictionary& relations, const CommitmentFinder& stages,
                                           Database* db, std::string_view a, std::string_view b, std::string_view on);

// The pair's commitments from a store (see FollowCommitments); `pair` sorted.
Result<std::vector<Commitment>> ReadCommitments(Database* db, const std::string& pair, const CommitmentFinder& stages);

// One JSON object per fact, each with "dyad" and "kind": level,
// level_change, coded_change, mechanism, framework, commitment (open ones).
std::vector<nlohmann::ordered_json> RelationFacts(const RelationReport& report, const RelationsDictionary& relations);

// A commitment with its key, topic, project, name (the object as first
// written), status, dates, docs and timeline.
nlohmann::ordered_json CommitmentJson(const std::string& pair, const Commitment& c);

}  // namespace dyad
