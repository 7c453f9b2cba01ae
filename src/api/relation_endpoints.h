// /api/relation and /api/commitments: one relationship's architecture and its
// commitments (src/engine/relation_report.h), as `dyad relation --format
// jsonl` and `dyad commitments --format jsonl` give them, in one JSON body.
//
//   GET /api/relation?dyad=CHN-VNM[&on=YYYY-MM-DD]   {"dyad", "on", "facts": [{"kind": …}, …]}
//   GET /api/commitments?dyad=CHN-VNM[&topic=railways][&open=1]   {"dyad", "commitments": […]}
#pragma once

#include <memory>
#include <string>

#include "actors/actor_dictionary.h"
#include "api/api_service.h"
#include "relations/commitment_finder.h"
#include "relations/relations_dictionary.h"
#include "store/database.h"

namespace dyad {

// The reviewed relations data the two endpoints read, loaded once.
struct RelationsData {
  RelationsDictionary dictionary;
  CommitmentFinder stages;
  static Result<std::shared_ptr<const RelationsData>> Load(const std::string& data_dir, const ActorDictionary& dict);
};

// Answers `path` (one of the two) or nullopt-like 404 for another. Bad
// parameters are 400, an unknown country 404.
ApiResponse RelationEndpoint(Database* db, const ActorDictionary& dict, const RelationsData& data,
                             const std::string& path, const QueryParams& params);

}  // namespace dyad
