// The read-only JSON API over a dyad store, independent of sockets: a
// request path and its query parameters in, a status and a JSON body out.
// Every parameter is validated (4xx with {"error": …} otherwise), page and
// request sizes are bounded, and SQL is parameterised.
//
// Thread safety: Handle may run on many threads; each opens its own
// read-only connection.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "actors/actor_dictionary.h"

namespace dyad {

struct ApiResponse {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
};

using QueryParams = std::multimap<std::string, std::string>;

class ApiService {
 public:
  static constexpr int kMaxPage = 1000;

  ApiService(std::string db_path, std::shared_ptr<const ActorDictionary> dictionary)
      : db_path_(std::move(db_path)), dict_(std::move(dictionary)) {}

  // `path` starts with "/api/". Never throws.
  ApiResponse Handle(const std::string& path, const QueryParams& params) const;

 private:
  std::string db_path_;
  std::shared_ptr<const ActorDictionary> dict_;
};

}  // namespace dyad
