#include "api/relation_endpoints.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "engine/relation_report.h"
#include "store/event_query.h"

namespace dyad {
namespace {

using Json = nlohmann::ordered_json;

ApiResponse JsonBody(const Json& j, int status = 200) {
  return {status, j.dump(-1, ' ', false, Json::error_handler_t::replace), "application/json"};
}

ApiResponse Error(int status, const std::string& message) { return JsonBody(Json{{"error", message}}, status); }

std::string Param(const QueryParams& p, const std::string& key) {
  auto it = p.find(key);
  return it == p.end() ? "" : it->second;
}

}  // namespace

Result<std::shared_ptr<const RelationsData>> RelationsData::Load(const std::string& data_dir,
                                                                 const ActorDictionary& dict) {
  Result<RelationsDictionary> r = RelationsDictionary::Load(
      data_dir + "/relations", [&](std::string_view iso) { return dict.CountryByIso(iso) != nullptr; });
  if (!r.ok()) return r.status();
  Result<CommitmentFinder> stages = CommitmentFinder::Load(data_dir + "/relations/commitment_stages.tsv");
  if (!stages.ok()) return stages.status();
  return std::shared_ptr<const RelationsData>(new RelationsData{std::move(r).value(), std::move(stages).value()});
}

ApiResponse RelationEndpoint(Database* db, const ActorDictionary& dict, const RelationsData& data,
                             const std::string& path, const QueryParams& params) {
  for (const auto& [key, value] : params) {
    if (value.size() > 200) return Error(400, key + " is longer than 200 characters");
  }
  const std::string asked = Param(params, "dyad");
  if (asked.empty()) return Error(400, "dyad is required (ISO3-ISO3, as CHN-VNM)");
  Result<std::string> pair = NormalizeDyad(asked);
  if (!pair.ok()) return Error(400, pair.status().message());
  if (!dict.CountryByIso(pair->substr(0, 3)) || !dict.CountryByIso(pair->substr(4, 3))) {
    return Error(404, "unknown dyad " + asked + ": no such country code");
  }
  if (path == "/api/relation") {
    const std::string on = Param(params, "on");
    if (!on.empty() && (on.size() != 10 || !IsPartialDate(on))) {
      return Error(400, "on (" + on + ") is not a day: give YYYY-MM-DD with a real month and day");
    }
    Result<RelationReport> report =
        BuildRelationReport(data.dictionary, data.stages, db, pair->substr(0, 3), pair->substr(4, 3), on);
    if (!report.ok()) return Error(500, report.status().message());
    Json facts = Json::array();
    for (Json& f : RelationFacts(*report, data.dictionary)) facts.push_back(std::move(f));
    return JsonBody(Json{{"dyad", *pair}, {"on", on.empty() ? Json(nullptr) : Json(on)}, {"facts", facts}});
  }
  const std::string topic = Param(params, "topic");
  if (!topic.empty() && std::any_of(topic.begin(), topic.end(), [](char c) { return !(std::islower(static_cast<unsigned char>(c)) || c == '_'); })) {
    return Error(400, "topic (" + topic + ") is a topic id of data/relations/topics.tsv, as railways");
  }
  const std::string open = Param(params, "open");
  if (!open.empty() && open != "0" && open != "1") return Error(400, "open is 0 or 1");
  Result<std::vector<Commitment>> read = ReadCommitments(db, *pair, data.stages);
  if (!read.ok()) return Error(500, read.status().message());
  Json list = Json::array();
  for (const Commitment& c : *read) {
    if ((!topic.empty() && c.topic != topic) || (open == "1" && !c.open())) continue;
    list.push_back(CommitmentJson(*pair, c));
  }
  return JsonBody(Json{{"dyad", *pair}, {"commitments", list}});
}

}  // namespace dyad
