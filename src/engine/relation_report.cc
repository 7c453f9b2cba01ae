#include "engine/relation_report.h"

#include <algorithm>
#include <map>
#include <set>

#include "store/event_query.h"

namespace dyad {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

void AddDoc(std::vector<std::string>* docs, const std::string& d) {
  if (std::find(docs->begin(), docs->end(), d) == docs->end()) docs->push_back(d);
}

Json EventsJson(const std::vector<EventRecord>& events) {
  Json out = Json::array();
  for (const EventRecord& e : events) {
    out.push_back({{"date", OrNull(e.date)}, {"cameo", e.cameo}, {"source", e.source.country},
                   {"target", OrNull(e.target.country)}, {"event_id", e.event_id}});
  }
  return out;
}

}  // namespace

Result<std::vector<Commitment>> ReadCommitments(Database* db, const std::string& pair, const CommitmentFinder& stages) {
  std::vector<EventRecord> events;
  EventFilter f;
  f.dyad = pair;
  Status s = ReadEvents(db, f, [&](const EventRecord& e) {
    if (!e.commitments.empty()) events.push_back(e);
  });
  if (!s.ok()) return s;
  return FollowCommitments(events, stages);
}

Result<RelationReport> BuildRelationReport(const RelationsDictionary& r, const CommitmentFinder& stages, Database* db,
                                           std::string_view a, std::string_view b, std::string_view on) {
  RelationReport out;
  out.a = std::string(a);
  out.b = std::string(b);
  out.pair = a < b ? out.a + "-" + out.b : out.b + "-" + out.a;
  out.on = std::string(on);
  out.history = r.LevelHistory(a, b);
  out.level = r.LevelOn(a, b, on.empty() ? std::string_view("9999-12-31") : on);
  out.mechanisms = r.MechanismsOf(a, b);
  out.frameworks = r.FrameworksOf(a, b);
  out.mechanism_uses.resize(out.mechanisms.size());
  if (db == nullptr) {
    out.framework_uses.resize(out.frameworks.size());
    return out;
  }
  out.stored = true;
  EventFilter f;
  f.dyad = out.pair;
  std::set<std::string> pair_docs;
  std::vector<EventRecord> linked, committed;
  Status s = ReadEvents(db, f, [&](const EventRecord& e) {
    pair_docs.insert(e.docs.begin(), e.docs.end());
    if (!e.mechanism.empty() || !e.frameworks.empty()) linked.push_back(e);
    if (!e.commitments.empty()) committed.push_back(e);
    if (e.root != "05" && e.root != "16") return;
    for (const Evidence& ev : e.evidence) {
      const PartnershipLevel* level = r.LevelChangeIn(ev.text);
      if (level == nullptr) continue;
      out.coded.push_back({e.date, level->id, e.event_id, e.cameo, e.source.country, e.target.country, ev.doc,
                           level->rank});
      break;
    }
  });
  if (!s.ok()) return s;
  std::stable_sort(out.coded.begin(), out.coded.end(),
                   [](const CodedLevelChange& x, const CodedLevelChange& y) { return x.date < y.date; });
  for (size_t i = 0; i < out.coded.size(); ++i) {
    const CodedLevelChange& c = out.coded[i];
    if (c.date.size() != 10 || (!on.empty() && c.date > on) || r.Level(c.level)->designation) continue;
    // "2008" sorts before "2008-05-01": a change dated by its year is earlier.
    if (out.level == nullptr || c.date > out.level->since) out.level_told = static_cast<int>(i);
  }
  // Frameworks the pair's stories invoke beyond those the data gives it
  // (UNCLOS, open to all; another state's initiative).
  for (const EventRecord& e : linked) {
    for (const std::string& id : e.frameworks) {
      if (std::any_of(out.frameworks.begin(), out.frameworks.end(), [&](const Framework* x) { return x->id == id; })) {
        continue;
      }
      for (const Framework& x : r.frameworks()) {
        if (x.id == id) out.frameworks.push_back(&x);
      }
    }
  }
  out.framework_uses.resize(out.frameworks.size());
  // The stories of the pair that name each institution, in store order.
  std::map<std::string, std::vector<std::string>> named;
  Result<Statement> st = db->Prepare(
      "SELECT m.doc, m.kind, m.id FROM institution_mentions m JOIN documents d ON d.id = m.doc "
      "GROUP BY m.doc, m.kind, m.id ORDER BY min(d.seq)");
  if (!st.ok()) return st.status();
  while (st->Step()) {
    std::string doc = st->ColumnText(0);
    if (pair_docs.count(doc)) named[st->ColumnText(1) + ":" + st->ColumnText(2)].push_back(doc);
  }
  if (!st->status().ok()) return st->status();
  auto fill = [&](InstitutionUse* use, const std::string& key, auto holds) {
    if (auto it = named.find(key); it != named.end()) use->docs = it->second;
    for (const EventRecord& e : linked) {
      if (!holds(e)) continue;
      use->events.push_back(e);
      for (const std::string& d : e.docs) AddDoc(&use->docs, d);
    }
  };
  for (size_t i = 0; i < out.mechanisms.size(); ++i) {
    const std::string& id = out.mechanisms[i]->id;
    fill(&out.mechanism_uses[i], "mechanism:" + id, [&](const EventRecord& e) { return e.mechanism == id; });
  }
  for (size_t i = 0; i < out.frameworks.size(); ++i) {
    const std::string& id = out.frameworks[i]->id;
    fill(&out.framework_uses[i], "framework:" + id, [&](const EventRecord& e) {
      return std::find(e.frameworks.begin(), e.frameworks.end(), id) != e.frameworks.end();
    });
  }
  out.commitments = FollowCommitments(committed, stages);
  return out;
}

Json CommitmentJson(const std::string& pair, const Commitment& c) {
  Json timeline = Json::array();
  for (const CommitmentStep& s : c.timeline) {
    timeline.push_back({{"date", OrNull(s.date)}, {"stage", s.stage}, {"object", s.object}, {"doc", s.doc},
                        {"event_id", s.event_id}, {"cameo", s.cameo}, {"source", s.source},
                        {"target", OrNull(s.target)}});
  }
  return Json{{"dyad", pair},
              {"kind", "commitment"},
              {"key", c.key},
              {"topic", c.topic},
              {"project", OrNull(c.project)},
              {"frameworks", c.frameworks},
              {"name", c.object},
              {"status", c.status},
              {"open", c.open()},
              {"first", OrNull(c.timeline.empty() ? "" : c.timeline.front().date)},
              {"last", OrNull(c.timeline.empty() ? "" : c.timeline.back().date)},
              {"docs", c.docs},
              {"timeline", timeline}};
}

std::vector<Json> RelationFacts(const RelationReport& report, const RelationsDictionary& r) {
  std::vector<Json> out;
  auto fact = [&](const char* kind) { return Json{{"dyad", report.pair}, {"kind", kind}}; };
  if (report.level_told >= 0) {
    const CodedLevelChange& c = report.coded[static_cast<size_t>(report.level_told)];
    Json j = fact("level");
    j["on"] = OrNull(report.on);
    j["level"] = c.level;
    j["name"] = r.Level(c.level)->names.front();
    j["rank"] = c.rank;
    j["since"] = c.date;
    j["source"] = "story";
    j["docs"] = Json::array({c.doc});
    out.push_back(std::move(j));
  } else if (report.level != nullptr) {
    Json j = fact("level");
    j["on"] = OrNull(report.on);
    j["level"] = report.level->level;
    j["name"] = r.Level(report.level->level)->names.front();
    j["rank"] = r.Level(report.level->level)->rank;
    j["since"] = report.level->since;
    j["source"] = "data";
    j["docs"] = Json::array();
    out.push_back(std::move(j));
  }
  for (const PartnershipChange* c : report.history) {
    const PartnershipLevel* level = r.Level(c->level);
    Json j = fact("level_change");
    j["level"] = c->level;
    j["name"] = level->names.front();
    j["rank"] = level->rank;
    j["designation"] = level->designation;
    j["since"] = c->since;
    j["note"] = OrNull(c->note);
    j["confidence"] = c->confidence;
    j["docs"] = Json::array();  // the reviewed data's, not a story's
    out.push_back(std::move(j));
  }
  for (const CodedLevelChange& c : report.coded) {
    Json j = fact("coded_change");
    j["date"] = OrNull(c.date);
    j["level"] = c.level;
    j["rank"] = c.rank;
    j["event_id"] = c.event_id;
    j["cameo"] = c.cameo;
    j["source"] = c.source;
    j["target"] = c.target;
    j["doc"] = c.doc;
    j["docs"] = Json::array({c.doc});
    out.push_back(std::move(j));
  }
  // A mechanism or a framework: its data, the events held in it and the stories that name it.
  auto institution = [&](const char* kind, const auto& x, const char* who_key, const std::vector<std::string>& who,
                         const char* date_key, const std::string& date, const InstitutionUse& use) {
    Json j = fact(kind);
    j["id"] = x.id;
    j["name"] = x.names.front();
    j["category"] = x.kind;
    j[who_key] = who;
    j[date_key] = OrNull(date);
    j["names"] = x.names;
    j["confidence"] = x.confidence;
    j["events"] = EventsJson(use.events);
    j["docs"] = use.docs;
    out.push_back(std::move(j));
  };
  for (size_t i = 0; i < report.mechanisms.size(); ++i) {
    const Mechanism& m = *report.mechanisms[i];
    institution("mechanism", m, "members", m.members, "founded", m.founded, report.mechanism_uses[i]);
  }
  for (size_t i = 0; i < report.frameworks.size(); ++i) {
    const Framework& f = *report.frameworks[i];
    institution("framework", f, "parties", f.parties, "started", f.started, report.framework_uses[i]);
  }
  for (const Commitment& c : report.commitments) {
    if (c.open()) out.push_back(CommitmentJson(report.pair, c));
  }
  return out;
}

}  // namespace dyad
