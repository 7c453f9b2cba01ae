#include "engine/record_json.h"

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json ActorJson(const EventActor& a) {
  if (a.code.empty() && a.country.empty() && a.name.empty()) return Json(nullptr);
  Json j;
  j["code"] = OrNull(a.code);
  j["country"] = OrNull(a.country);
  j["name"] = OrNull(a.name);
  if (!a.actor_id.empty()) j["actor_id"] = a.actor_id;
  return j;
}

}  // namespace

std::string EventToJson(const EventRecord& e) {
  Json j;
  j["event_id"] = e.event_id;
  j["doc"] = e.doc;
  j["docs"] = e.docs;
  j["date"] = OrNull(e.date);
  if (!e.date_end.empty()) j["date_end"] = e.date_end;
  j["date_precision"] = OrNull(e.date_precision);
  if (!e.date_note.empty()) j["date_note"] = e.date_note;
  j["source"] = ActorJson(e.source);
  j["target"] = ActorJson(e.target);
  j["cameo"] = e.cameo;
  j["cameo_name"] = e.cameo_name;
  j["root"] = e.root;
  j["plover"] = OrNull(e.plover);
  j["goldstein"] = e.goldstein;
  j["quad_class"] = e.quad_class;
  j["location"] = OrNull(e.location);
  Json ev = Json::array();
  for (const Evidence& x : e.evidence) {
    ev.push_back({{"doc", x.doc}, {"sentence", x.sentence}, {"start", x.start}, {"end", x.end}, {"text", x.text}});
  }
  j["evidence"] = std::move(ev);
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string MentionToJson(const Mention& m) {
  Json j;
  j["doc"] = m.doc;
  j["sentence"] = m.sentence;
  j["start"] = m.start;
  j["end"] = m.end;
  j["text"] = m.text;
  j["actor_id"] = OrNull(m.actor_id);
  j["name"] = OrNull(m.name);
  j["country"] = OrNull(m.country);
  j["code"] = OrNull(m.code);
  j["role"] = OrNull(m.role);
  j["how"] = m.how;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dyad
