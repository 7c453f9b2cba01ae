#include "api/api_service.h"

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <cctype>
#include <exception>

#include "api/relation_endpoints.h"
#include "engine/record_json.h"
#include "store/analytics_query.h"
#include "store/document_store.h"
#include "store/event_query.h"
#include "util/day.h"

namespace dyad {
namespace {

using Json = nlohmann::ordered_json;

struct BadRequest {
  int status;
  std::string message;
};

ApiResponse JsonResponse(const Json& j, int status = 200) {
  return {status, j.dump(-1, ' ', false, Json::error_handler_t::replace), "application/json"};
}

ApiResponse Error(int status, const std::string& message) { return JsonResponse(Json{{"error", message}}, status); }

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

std::string Param(const QueryParams& p, const std::string& key) {
  auto it = p.find(key);
  if (it == p.end()) return "";
  if (it->second.size() > 200) throw BadRequest{400, key + " is longer than 200 characters"};
  return it->second;
}

// "" when absent; otherwise a real calendar year, month or day.
std::string DateParam(const QueryParams& p, const std::string& key) {
  std::string v = Param(p, key);
  if (!v.empty() && !IsDateBound(v)) {
    throw BadRequest{400, key + " (" + v + ") is not a date: give YYYY, YYYY-MM or YYYY-MM-DD with a real month and day"};
  }
  return v;
}

int64_t IntParam(const QueryParams& p, const std::string& key, int64_t fallback, int64_t lo, int64_t hi) {
  std::string v = Param(p, key);
  if (v.empty()) return fallback;
  if (v.size() > 12) throw BadRequest{400, key + " must be a number from " + std::to_string(lo) + " to " + std::to_string(hi)};
  for (char c : v) {
    if (!std::isdigit(static_cast<unsigned char>(c))) throw BadRequest{400, key + " must be a whole number"};
  }
  int64_t n = std::stoll(v);
  if (n < lo || n > hi) {
    throw BadRequest{400, key + " must be from " + std::to_string(lo) + " to " + std::to_string(hi)};
  }
  return n;
}

class Handler {
 public:
  Handler(Database* db, const ActorDictionary& dict) : db_(db), dict_(dict) {}

  EventFilter Filter(const QueryParams& p) const {
    EventFilter f;
    f.dyad = Param(p, "dyad");
    if (!f.dyad.empty()) {
      Result<std::string> d = NormalizeDyad(f.dyad);
      if (!d.ok()) throw BadRequest{400, d.status().message()};
      if (!dict_.CountryByIso(d->substr(0, 3)) || !dict_.CountryByIso(d->substr(4, 3))) {
        throw BadRequest{404, "unknown dyad " + f.dyad + ": no such country code"};
      }
      Status s = SetDyadAndDirection(f.dyad, Param(p, "direction"), &f);
      if (!s.ok()) throw BadRequest{400, s.message()};
    } else if (!Param(p, "direction").empty()) {
      throw BadRequest{400, "direction needs a dyad"};
    }
    f.from = DateParam(p, "from");
    f.to = DateParam(p, "to");
    if (!f.from.empty() && !f.to.empty() && f.to < f.from.substr(0, f.to.size())) {
      throw BadRequest{400, "to (" + f.to + ") is before from (" + f.from + ")"};
    }
    f.cameo_prefix = Param(p, "cameo");
    for (char c : f.cameo_prefix) {
      if (!std::isdigit(static_cast<unsigned char>(c)) || f.cameo_prefix.size() > 4) {
        throw BadRequest{400, "cameo takes a CAMEO code prefix of up to 4 digits"};
      }
    }
    f.actor = Param(p, "actor");
    f.doc = Param(p, "doc");
    // What events are about, and the mechanism they were held in: ids of data/relations/.
    for (auto [key, field] : {std::pair{"topic", &f.topic}, std::pair{"mechanism", &f.mechanism}}) {
      *field = Param(p, key);
      for (char c : *field) {
        if (!std::islower(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)) && c != '_') {
          throw BadRequest{400, std::string(key) + " takes an id of data/relations/ (lower-case letters, digits, _)"};
        }
      }
    }
    // One state's events, either side: a partners view's map and list.
    f.country = Param(p, "country");
    if (!f.country.empty() && dict_.CountryByIso(f.country) == nullptr) {
      throw BadRequest{404, "unknown country " + f.country + ": not an ISO-3166 alpha-3 code dyad knows"};
    }
    return f;
  }

  ApiResponse Events(const QueryParams& p) {
    EventFilter f = Filter(p);
    f.limit = IntParam(p, "limit", 100, 1, ApiService::kMaxPage);
    f.offset = IntParam(p, "offset", 0, 0, 1000000000);
    Result<int64_t> total = CountEvents(db_, f);
    if (!total.ok()) return Error(500, total.status().message());
    std::string body = "{\"total\":" + std::to_string(*total) + ",\"limit\":" + std::to_string(f.limit) +
                       ",\"offset\":" + std::to_string(f.offset) + ",\"events\":[";
    bool first = true;
    Status s = ReadEvents(db_, f, [&](const EventRecord& e) {
      if (!first) body += ',';
      first = false;
      AppendEventJsonListing(e, ApiService::kListedSources, &body);
    });
    if (!s.ok()) return Error(500, s.message());
    body += "]}";
    return {200, body, "application/json"};
  }

  // /api/events/{id}/sources: every story and sentence that reports the
  // event, a page at a time.
  ApiResponse Sources(const std::string& id, const QueryParams& p) {
    if (id.empty() || id.size() > 64) throw BadRequest{400, "event id missing or too long"};
    const int64_t limit = IntParam(p, "limit", 100, 1, ApiService::kMaxPage);
    const int64_t offset = IntParam(p, "offset", 0, 0, 1000000000);
    EventFilter f;
    f.event_id = id;
    bool found = false;
    Json sources = Json::array();
    size_t total = 0;
    Status s = ReadEvents(db_, f, [&](const EventRecord& e) {
      found = true;
      total = e.evidence.size();
      for (size_t i = static_cast<size_t>(offset); i < e.evidence.size() && i < static_cast<size_t>(offset + limit); ++i) {
        const Evidence& x = e.evidence[i];
        sources.push_back({{"doc", x.doc}, {"sentence", x.sentence}, {"start", x.start}, {"end", x.end}, {"text", x.text}});
      }
    });
    if (!s.ok()) return Error(500, s.message());
    if (!found) throw BadRequest{404, "unknown event " + id};
    return JsonResponse(
        Json{{"event_id", id}, {"total", total}, {"limit", limit}, {"offset", offset}, {"sources", sources}});
  }

  // All pairs, or with country=VNM (and from, to) one state's partners with
  // their stories and first and last dates.
  ApiResponse Dyads(const QueryParams& p) {
    std::string country = Param(p, "country");
    for (char& c : country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!country.empty() && dict_.CountryByIso(country) == nullptr) {
      throw BadRequest{404, "unknown country " + country + ": give an ISO-3166 alpha-3 code like VNM"};
    }
    const bool one_state = !country.empty() || !Param(p, "from").empty() || !Param(p, "to").empty();
    EventFilter f;
    f.country = country;
    f.from = DateParam(p, "from");
    f.to = DateParam(p, "to");
    Result<std::vector<DyadSummary>> dyads = one_state ? ListDyadsOf(db_, f) : ListDyads(db_);
    if (!dyads.ok()) return Error(500, dyads.status().message());
    Json list = Json::array();
    for (const DyadSummary& d : *dyads) {
      std::string a = d.dyad.substr(0, 3), b = d.dyad.size() >= 7 ? d.dyad.substr(4, 3) : "";
      const CountryEntry* ca = dict_.CountryByIso(a);
      const CountryEntry* cb = dict_.CountryByIso(b);
      Json j = {{"dyad", d.dyad},
                {"countries", {a, b}},
                {"names", {ca ? ca->name : a, cb ? cb->name : b}},
                {"events", d.events},
                {"mean_goldstein", d.mean_goldstein},
                {"first_date", OrNull(d.first_date)},
                {"last_date", OrNull(d.last_date)}};
      if (one_state) j["stories"] = d.stories;
      if (!country.empty()) j["partner"] = a == country ? b : a;
      list.push_back(std::move(j));
    }
    Json out = {{"dyads", list}};
    if (!country.empty()) {
      const CountryEntry* c = dict_.CountryByIso(country);
      out["country"] = country;
      out["name"] = c != nullptr ? c->name : country;
    }
    return JsonResponse(out);
  }

  ApiResponse TimelineView(const QueryParams& p) {
    EventFilter f = Filter(p);
    std::string bucket = Param(p, "bucket");
    if (bucket.empty()) bucket = "month";
    if (bucket != "month" && bucket != "week" && bucket != "year") throw BadRequest{400, "bucket must be month, week or year"};
    Result<std::vector<TimelinePoint>> points = Timeline(db_, f, bucket);
    if (!points.ok()) return Error(500, points.status().message());
    Json list = Json::array();
    for (const TimelinePoint& t : *points) {
      list.push_back({{"bucket", t.bucket},
                      {"events", t.events},
                      {"stories", t.stories},
                      {"quad", {t.quad[0], t.quad[1], t.quad[2], t.quad[3]}},
                      {"mean_goldstein", t.mean_goldstein},
                      {"total_goldstein", t.total_goldstein}});
    }
    return JsonResponse(Json{{"dyad", OrNull(f.dyad)}, {"bucket", bucket}, {"points", list}});
  }

  ApiResponse PlacesView(const QueryParams& p) {
    EventFilter f = Filter(p);
    Result<std::vector<PlaceCount>> places = Places(db_, f);
    if (!places.ok()) return Error(500, places.status().message());
    Json list = Json::array();
    for (const PlaceCount& c : *places) {
      const EventLocation& l = c.place;
      list.push_back({{"name", l.name},
                      {"country", OrNull(l.country)},
                      {"kind", OrNull(l.kind)},
                      {"lat", l.has_point ? Json(l.lat) : Json(nullptr)},
                      {"lon", l.has_point ? Json(l.lon) : Json(nullptr)},
                      {"events", c.events},
                      {"quad", {c.quad[0], c.quad[1], c.quad[2], c.quad[3]}},
                      {"mean_goldstein", c.mean_goldstein}});
    }
    return JsonResponse(Json{{"dyad", OrNull(f.dyad)}, {"places", list}});
  }

  ApiResponse NetworkView(const QueryParams& p) {
    EventFilter f = Filter(p);
    std::vector<NetworkNode> nodes;
    std::vector<NetworkEdge> edges;
    Status s = Network(db_, f, &nodes, &edges);
    if (!s.ok()) return Error(500, s.message());
    Json jn = Json::array(), je = Json::array();
    for (const NetworkNode& n : nodes) {
      jn.push_back({{"id", n.id}, {"name", n.name}, {"country", OrNull(n.country)}, {"code", n.code}, {"events", n.events}});
    }
    for (const NetworkEdge& e : edges) {
      je.push_back({{"source", e.source}, {"target", e.target}, {"events", e.events}, {"mean_goldstein", e.mean_goldstein}});
    }
    return JsonResponse(Json{{"nodes", jn}, {"edges", je}});
  }

  ApiResponse Actor(const std::string& id) {
    if (id.empty() || id.size() > 200) throw BadRequest{400, "actor id missing or too long"};
    Json j;
    j["actor_id"] = id;
    const PersonEntry* person = nullptr;
    for (const PersonEntry& pe : dict_.people()) {
      if (pe.id == id) person = &pe;
    }
    EventFilter f;
    f.actor = id;
    f.limit = 500;
    Json events = Json::array();
    std::string name, country, code;
    Status s = ReadEvents(db_, f, [&](const EventRecord& e) {
      std::string one;
      AppendEventJsonListing(e, ApiService::kListedSources, &one);
      events.push_back(Json::parse(one));
      // The side that is this actor: its id, or its code when it has no id
      // (a node "VNMGOV" is the government, not a person coded VNMGOV).
      auto is_this = [&](const EventActor& a) { return a.actor_id == id || (a.actor_id.empty() && a.code == id); };
      const EventActor* a = is_this(e.source) ? &e.source : is_this(e.target) ? &e.target : nullptr;
      if (a != nullptr && name.empty()) name = a->name, country = a->country, code = a->code;
    });
    if (!s.ok()) return Error(500, s.message());
    Json offices = Json::array();
    if (person != nullptr) {
      name = person->name;
      country = person->country;
      for (const OfficeEntry& o : person->offices) {
        offices.push_back({{"code", o.code},
                           {"role", o.role},
                           {"start", FormatDay(o.start)},
                           {"end", o.end ? Json(FormatDay(o.end)) : Json(nullptr)}});
      }
      const OfficeEntry* now = dict_.OfficeOn(*person, 0);
      if (now != nullptr) code = now->code;
    }
    if (person == nullptr && events.empty()) throw BadRequest{404, "unknown actor " + id};
    j["name"] = OrNull(name);
    j["country"] = OrNull(country);
    j["code"] = OrNull(code);
    j["offices"] = offices;
    j["events"] = events;
    return JsonResponse(j);
  }

  ApiResponse Doc(const std::string& id) {
    if (id.empty() || id.size() > 300) throw BadRequest{400, "document id missing or too long"};
    Result<StoredDocument> d = LoadDocument(db_, id);
    if (!d.ok()) {
      if (d.status().code() == Status::Code::kNotFound) throw BadRequest{404, d.status().message()};
      return Error(500, d.status().message());
    }
    Json j;
    j["id"] = d->id;
    j["title"] = OrNull(d->title);
    j["source"] = OrNull(d->source);
    j["url"] = OrNull(d->url);
    j["published"] = OrNull(d->published);
    j["dateline"] = OrNull(d->dateline);
    j["agency"] = OrNull(d->agency);
    j["lang"] = OrNull(d->lang);
    j["text"] = d->text;
    Json sentences = Json::array(), mentions = Json::array(), evidence = Json::array();
    for (const auto& [b, e] : d->sentences) sentences.push_back({{"start", b}, {"end", e}});
    for (const Mention& m : d->mentions) {
      mentions.push_back({{"start", m.start}, {"end", m.end}, {"text", m.text}, {"actor_id", OrNull(m.actor_id)},
                          {"name", OrNull(m.name)}, {"country", OrNull(m.country)}, {"code", OrNull(m.code)},
                          {"how", m.how}});
    }
    for (const StoredDocument::Span& x : d->evidence) {
      evidence.push_back({{"event_id", x.event_id}, {"cameo", x.cameo}, {"cameo_name", x.cameo_name},
                          {"sentence", x.sentence}, {"start", x.start}, {"end", x.end}});
    }
    j["sentences"] = sentences;
    j["mentions"] = mentions;
    j["evidence"] = evidence;
    return JsonResponse(j);
  }

  ApiResponse Search(DocumentStore* store, const QueryParams& p) {
    std::string q = Param(p, "q");
    if (q.empty()) throw BadRequest{400, "q is required"};
    int limit = static_cast<int>(IntParam(p, "limit", 20, 1, 100));
    Result<std::vector<SearchHit>> hits = store->Search(q, limit);
    if (!hits.ok()) return Error(500, hits.status().message());
    Json list = Json::array();
    for (const SearchHit& h : *hits) list.push_back({{"doc", h.doc}, {"title", OrNull(h.title)}, {"snippet", h.snippet}});
    return JsonResponse(Json{{"hits", list}});
  }

 private:
  Database* db_;
  const ActorDictionary& dict_;
};

// One read-only connection per server thread and database.
DocumentStore* ThreadStore(const std::string& path, Status* error) {
  thread_local std::string open_path;
  thread_local std::unique_ptr<DocumentStore> store;
  if (!store || open_path != path) {
    Result<std::unique_ptr<DocumentStore>> s = DocumentStore::Open(path, false, true);
    if (!s.ok()) {
      *error = s.status();
      return nullptr;
    }
    store = std::move(s).value();
    open_path = path;
  }
  return store.get();
}

std::string Rest(const std::string& path, const std::string& prefix) { return path.substr(prefix.size()); }

}  // namespace

std::string ApiService::StoreVersion() const {
  // Size and modification time of the database and its WAL: any commit by
  // `dyad ingest` changes one of them.
  std::string v;
  for (const std::string& f : {db_path_, db_path_ + "-wal"}) {
    struct stat st {};
    if (::stat(f.c_str(), &st) == 0) {
      v += std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec) + ";";
    }
  }
  return v;
}

ApiResponse ApiService::Handle(const std::string& path, const QueryParams& params) const {
  std::string key = path;
  for (const auto& [k, v] : params) key += "\x1f" + k + "=" + v;  // multimap: sorted by key
  std::string version = StoreVersion();
  auto lookup = [&](ApiResponse* out) {
    std::lock_guard<std::mutex> lock(cache_mu_);
    if (version != cache_version_) {
      cache_.clear();
      cache_index_.clear();
      cache_version_ = version;
    }
    auto it = cache_index_.find(key);
    if (it == cache_index_.end()) return false;
    cache_.splice(cache_.begin(), cache_, it->second);
    *out = it->second->second;
    return true;
  };
  ApiResponse cached;
  if (lookup(&cached)) return cached;
  std::shared_ptr<std::mutex> flight;
  {
    std::lock_guard<std::mutex> lock(cache_mu_);
    auto& slot = in_flight_[key];
    if (!slot) slot = std::make_shared<std::mutex>();
    flight = slot;
  }
  std::lock_guard<std::mutex> computing(*flight);
  if (lookup(&cached)) return cached;  // another thread answered while we waited
  ApiResponse r = Compute(path, params);
  if (r.status < 500) {
    std::lock_guard<std::mutex> lock(cache_mu_);
    if (version == cache_version_ && !cache_index_.count(key)) {
      cache_.emplace_front(key, r);
      cache_index_[key] = cache_.begin();
      if (cache_.size() > kCacheEntries) {
        cache_index_.erase(cache_.back().first);
        cache_.pop_back();
      }
    }
  }
  {
    std::lock_guard<std::mutex> lock(cache_mu_);
    if (in_flight_.size() > 4 * kCacheEntries) in_flight_.clear();  // bounded; holders keep their own copy
  }
  return r;
}

ApiResponse ApiService::Compute(const std::string& path, const QueryParams& params) const {
  try {
    Status error;
    DocumentStore* store = ThreadStore(db_path_, &error);
    if (store == nullptr) return Error(503, "store unavailable: " + error.message());
    Handler h(store->database(), *dict_);
    if (path == "/api/events") return h.Events(params);
    if (path == "/api/dyads") return h.Dyads(params);
    if (path == "/api/timeline") return h.TimelineView(params);
    if (path == "/api/network") return h.NetworkView(params);
    if (path == "/api/places") return h.PlacesView(params);
    if (path == "/api/search") return h.Search(store, params);
    if (path.rfind("/api/events/", 0) == 0 && path.size() > 20 && path.ends_with("/sources")) {
      std::string rest = Rest(path, "/api/events/");
      return h.Sources(rest.substr(0, rest.size() - std::string_view("/sources").size()), params);
    }
    if (path == "/api/relation" || path == "/api/commitments") {
      if (relations_ == nullptr) return Error(503, "relations data not loaded");
      return RelationEndpoint(store->database(), *dict_, *relations_, path, params);
    }
    if (path.rfind("/api/actors/", 0) == 0) return h.Actor(Rest(path, "/api/actors/"));
    if (path.rfind("/api/docs/", 0) == 0) return h.Doc(Rest(path, "/api/docs/"));
    return Error(404, "no such endpoint: " + path);
  } catch (const BadRequest& b) {
    return Error(b.status, b.message);
  } catch (const std::exception& e) {
    return Error(500, std::string("internal error: ") + e.what());
  }
}

}  // namespace dyad
