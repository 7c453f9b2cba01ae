// The read-only JSON API over a dyad store, independent of sockets: a
// request path and its query parameters in, a status and a JSON body out.
// Every parameter is validated (4xx with {"error": …} otherwise), page and
// request sizes are bounded, and SQL is parameterised.
//
// Thread safety: Handle may run on many threads; each opens its own
// read-only connection.
#pragma once

#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "actors/actor_dictionary.h"

namespace dyad {

struct RelationsData;  // api/relation_endpoints.h

struct ApiResponse {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
};

using QueryParams = std::multimap<std::string, std::string>;

class ApiService {
 public:
  static constexpr int kMaxPage = 1000;
  // Sources and evidence sentences an event lists in /api/events and
  // /api/actors: the rest are paged at /api/events/{id}/sources.
  static constexpr size_t kListedSources = 5;

  // `relations` may be null: /api/relation and /api/commitments then answer 503.
  ApiService(std::string db_path, std::shared_ptr<const ActorDictionary> dictionary,
             std::shared_ptr<const RelationsData> relations = nullptr)
      : db_path_(std::move(db_path)), dict_(std::move(dictionary)), relations_(std::move(relations)) {}

  // `path` starts with "/api/". Never throws. Answers are cached (a read-only
  // store answers the same question the same way) until the store's files
  // change on disk.
  ApiResponse Handle(const std::string& path, const QueryParams& params) const;

 private:
  ApiResponse Compute(const std::string& path, const QueryParams& params) const;
  std::string StoreVersion() const;

  std::string db_path_;
  std::shared_ptr<const ActorDictionary> dict_;
  std::shared_ptr<const RelationsData> relations_;
  static constexpr size_t kCacheEntries = 512;
  mutable std::mutex cache_mu_;
  mutable std::string cache_version_;
  mutable std::list<std::pair<std::string, ApiResponse>> cache_;  // most recent first
  mutable std::unordered_map<std::string, std::list<std::pair<std::string, ApiResponse>>::iterator> cache_index_;
  // One computation per question at a time: thirty clients asking the same
  // slow question wait for one answer instead of computing thirty.
  mutable std::unordered_map<std::string, std::shared_ptr<std::mutex>> in_flight_;
};

}  // namespace dyad
