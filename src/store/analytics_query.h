// Aggregates over stored events for the dashboard and the HTTP API: pairs of
// states, timelines by period, the actor network, one story with its
// annotations. All SQL is parameterised.
#pragma once

#include <string>
#include <vector>

#include "dyad/records.h"
#include "store/event_query.h"
#include "store/database.h"

namespace dyad {

struct DyadSummary {
  std::string dyad;  // "CHN-VNM"
  int events = 0;
  double mean_goldstein = 0;
  int stories = 0;                 // with ListDyadsOf: stories that report them
  std::string first_date, last_date;
};

struct TimelinePoint {
  std::string bucket;  // "2024-10", "2024-W41", "2024"
  int events = 0;
  int quad[4] = {0, 0, 0, 0};
  double mean_goldstein = 0;
  double total_goldstein = 0;
  // Stories reporting the bucket's events: a burst of coverage shows here
  // before it is mistaken for a burst of events.
  int stories = 0;
};

// Where the events of a filter happened: one place with its counts.
struct PlaceCount {
  EventLocation place;  // geonames_id left 0
  int events = 0;
  int quad[4] = {0, 0, 0, 0};
  double mean_goldstein = 0;
};

struct NetworkNode {
  std::string id, name, country, code;
  int events = 0;
};

struct NetworkEdge {
  std::string source, target;
  int events = 0;
  double mean_goldstein = 0;
};

struct StoredDocument {
  std::string id, title, source, url, published, dateline, agency, text;
  std::string lang;  // "" for stories stored before the language was kept
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  std::vector<Mention> mentions;
  struct Span {
    std::string event_id, cameo, cameo_name;
    int sentence = 0;
    uint32_t start = 0, end = 0;
  };
  std::vector<Span> evidence;
};

Result<std::vector<DyadSummary>> ListDyads(Database* db);

// The pairs of the events `filter` keeps (its `country`: one state's
// partners), most events first, with their stories and first and last dates.
Result<std::vector<DyadSummary>> ListDyadsOf(Database* db, const EventFilter& filter);

// `bucket` is "month", "week" or "year"; undated events are left out, and so
// are events dated more coarsely than the bucket.
Result<std::vector<TimelinePoint>> Timeline(Database* db, const EventFilter& filter, const std::string& bucket);

// The places of the events `filter` keeps, most events first (events with
// no place are left out; places the gazetteer lacks come without a point).
Result<std::vector<PlaceCount>> Places(Database* db, const EventFilter& filter);

Status Network(Database* db, const EventFilter& filter, std::vector<NetworkNode>* nodes,
               std::vector<NetworkEdge>* edges);

// Events matching the filter, ignoring its limit and offset.
Result<int64_t> CountEvents(Database* db, const EventFilter& filter);

// NotFound when there is no such document.
Result<StoredDocument> LoadDocument(Database* db, const std::string& id);

}  // namespace dyad
