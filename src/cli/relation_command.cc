// `dyad relation --dyad CHN-VNM`: the architecture of one relationship from
// the reviewed relations data (data/relations/): the named level of ties over
// time, the standing mechanisms between the two, and the frameworks both
// belong to or one of them leads.
#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <set>
#include <cstdio>
#include <memory>
#include <string>

#include "actors/actor_dictionary.h"
#include "cli/commands.h"
#include "dyad/dyad.h"
#include "relations/relations_dictionary.h"
#include "store/document_store.h"
#include "store/event_query.h"
#include "util/json_string.h"

namespace dyad::cli {
namespace {

std::string Json(const std::string& s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

std::string JsonOrNull(const std::string& s) { return s.empty() ? "null" : Json(s); }

std::string JsonList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + Json(items[i]);
  return out + "]";
}

struct RelationOptions {
  std::string db;  // a store whose coded events may move the level ("" for the data only)
  std::string dyad;
  std::string on;  // a day: the level then ("" for the latest)
  std::string format = "table";
};

// A change of level a stored event's sentence tells ("elevated ties to …").
struct CodedChange {
  std::string date, level, event_id, cameo, source, target, doc;
  int rank = 0;
};

// What the pair's stored events say: changes of level their sentences tell
// (05 cooperation and 16 cut ties only, oldest first), and the events each
// mechanism and framework is on.
struct StoredRelation {
  std::vector<CodedChange> changes;
  std::vector<EventRecord> events;  // the pair's events that carry a mechanism or a framework
  // The stories with an event of the pair that name each mechanism or
  // framework ("mechanism:id" or "framework:id"), in store order.
  std::map<std::string, std::vector<std::string>> mentioned_in;
};

Result<StoredRelation> ReadStored(const std::string& db_path, const std::string& pair, const RelationsDictionary& r) {
  Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(db_path, /*create=*/false, /*read_only=*/true);
  if (!store.ok()) return store.status();
  StoredRelation out;
  EventFilter f;
  f.dyad = pair;
  std::set<std::string> pair_docs;
  Status s = ReadEvents((*store)->database(), f, [&](const EventRecord& e) {
    pair_docs.insert(e.docs.begin(), e.docs.end());
    if (!e.mechanism.empty() || !e.frameworks.empty()) out.events.push_back(e);
    if (e.root != "05" && e.root != "16") return;
    for (const Evidence& ev : e.evidence) {
      const PartnershipLevel* level = r.LevelChangeIn(ev.text);
      if (level == nullptr) continue;
      out.changes.push_back({e.date, level->id, e.event_id, e.cameo, e.source.country, e.target.country, ev.doc,
                             level->rank});
      break;
    }
  });
  if (!s.ok()) return s;
  Result<Statement> st = (*store)->database()->Prepare(
      "SELECT m.doc, m.kind, m.id FROM institution_mentions m JOIN documents d ON d.id = m.doc "
      "GROUP BY m.doc, m.kind, m.id ORDER BY min(d.seq)");
  if (!st.ok()) return st.status();
  while (st->Step()) {
    std::string doc = st->ColumnText(0);
    if (pair_docs.count(doc)) out.mentioned_in[st->ColumnText(1) + ":" + st->ColumnText(2)].push_back(doc);
  }
  if (!st->status().ok()) return st->status();
  return out;
}

// The stored events on one mechanism or framework, and the stories that
// name it or report those events.
struct Uses {
  std::vector<const EventRecord*> events;
  std::vector<std::string> docs;
};

Uses UsesOf(const StoredRelation& stored, const std::string& id, bool mechanism) {
  Uses u;
  auto named = stored.mentioned_in.find((mechanism ? "mechanism:" : "framework:") + id);
  if (named != stored.mentioned_in.end()) u.docs = named->second;
  for (const EventRecord& e : stored.events) {
    bool on = mechanism ? e.mechanism == id : std::find(e.frameworks.begin(), e.frameworks.end(), id) != e.frameworks.end();
    if (!on) continue;
    u.events.push_back(&e);
    for (const std::string& d : e.docs) {
      if (std::find(u.docs.begin(), u.docs.end(), d) == u.docs.end()) u.docs.push_back(d);
    }
  }
  return u;
}

std::string EventsJson(const Uses& u) {
  std::string out = "[";
  for (const EventRecord* e : u.events) {
    if (out.size() > 1) out += ",";
    out += fmt::format("{{\"date\":{},\"cameo\":{},\"source\":{},\"target\":{},\"event_id\":{}}}", JsonOrNull(e->date),
                       Json(e->cameo), Json(e->source.country), JsonOrNull(e->target.country), Json(e->event_id));
  }
  return out + "]";
}

int PrintRelation(const RelationOptions& o, const std::string& data_dir) {
  const std::string a = o.dyad.substr(0, 3), b = o.dyad.substr(4, 3);
  Result<std::unique_ptr<ActorDictionary>> actors = ActorDictionary::Load(data_dir + "/actors");
  if (!actors.ok()) {
    std::fprintf(stderr, "dyad relation: %s\n", actors.status().message().c_str());
    return 1;
  }
  const ActorDictionary& dict = **actors;
  auto is_state = [&](std::string_view iso3) { return dict.CountryByIso(iso3) != nullptr; };
  if (!is_state(a) || !is_state(b) || a == b) {
    std::fprintf(stderr, "dyad relation: --dyad wants two different states as ISO3-ISO3 (CHN-VNM), not %s\n",
                 o.dyad.c_str());
    return 2;
  }
  Result<RelationsDictionary> loaded = RelationsDictionary::Load(data_dir + "/relations", is_state);
  if (!loaded.ok()) {
    std::fprintf(stderr, "dyad relation: %s\n", loaded.status().message().c_str());
    return 1;
  }
  const RelationsDictionary& r = *loaded;
  const std::vector<const PartnershipChange*> history = r.LevelHistory(a, b);
  const PartnershipChange* now = r.LevelOn(a, b, o.on.empty() ? std::string("9999-12-31") : o.on);
  const std::vector<const Mechanism*> mechanisms = r.MechanismsOf(a, b);
  const std::string pair = a + "-" + b;
  std::vector<const Framework*> frameworks = r.FrameworksOf(a, b);
  StoredRelation stored;
  if (!o.db.empty()) {
    Result<StoredRelation> read = ReadStored(o.db, pair, r);
    if (!read.ok()) {
      std::fprintf(stderr, "dyad relation: %s\n", read.status().message().c_str());
      return 1;
    }
    stored = std::move(read).value();
    std::stable_sort(stored.changes.begin(), stored.changes.end(),
                     [](const CodedChange& x, const CodedChange& y) { return x.date < y.date; });
    // Frameworks the pair's stories invoke, beyond those the data gives it
    // (UNCLOS, open to all; another state's initiative).
    for (const EventRecord& e : stored.events) {
      for (const std::string& id : e.frameworks) {
        auto known = [&](const Framework* f) { return f->id == id; };
        if (std::any_of(frameworks.begin(), frameworks.end(), known)) continue;
        for (const Framework& f : r.frameworks()) {
          if (f.id == id) frameworks.push_back(&f);
        }
      }
    }
  }
  const std::vector<CodedChange>& coded = stored.changes;

  if (o.format == "jsonl") {
    const std::string head = "{\"dyad\":" + Json(pair) + ",\"kind\":";
    if (now != nullptr) {
      fmt::print("{}\"level\",\"on\":{},\"level\":{},\"rank\":{},\"since\":{}}}\n", head, JsonOrNull(o.on),
                 Json(now->level), r.Level(now->level)->rank, Json(now->since));
    }
    for (const PartnershipChange* c : history) {
      fmt::print("{}\"level_change\",\"level\":{},\"rank\":{},\"designation\":{},\"since\":{},\"note\":{},"
                 "\"confidence\":{}}}\n",
                 head, Json(c->level), r.Level(c->level)->rank, r.Level(c->level)->designation ? "true" : "false",
                 Json(c->since), JsonOrNull(c->note), Json(c->confidence));
    }
    for (const CodedChange& c : coded) {
      fmt::print("{}\"coded_change\",\"date\":{},\"level\":{},\"rank\":{},\"event_id\":{},\"cameo\":{},"
                 "\"source\":{},\"target\":{},\"doc\":{}}}\n",
                 head, JsonOrNull(c.date), Json(c.level), c.rank, Json(c.event_id), Json(c.cameo), Json(c.source),
                 Json(c.target), Json(c.doc));
    }
    for (const Mechanism* m : mechanisms) {
      Uses u = UsesOf(stored, m->id, true);
      fmt::print("{}\"mechanism\",\"id\":{},\"name\":{},\"category\":{},\"members\":{},\"founded\":{},\"names\":{},"
                 "\"confidence\":{},\"events\":{},\"docs\":{}}}\n",
                 head, Json(m->id), Json(m->names.front()), Json(m->kind), JsonList(m->members), JsonOrNull(m->founded),
                 JsonList(m->names), Json(m->confidence), EventsJson(u), JsonList(u.docs));
    }
    for (const Framework* f : frameworks) {
      Uses u = UsesOf(stored, f->id, false);
      fmt::print("{}\"framework\",\"id\":{},\"name\":{},\"category\":{},\"parties\":{},\"started\":{},\"names\":{},"
                 "\"confidence\":{},\"events\":{},\"docs\":{}}}\n",
                 head, Json(f->id), Json(f->names.front()), Json(f->kind), JsonList(f->parties), JsonOrNull(f->started),
                 JsonList(f->names), Json(f->confidence), EventsJson(u), JsonList(u.docs));
    }
    return 0;
  }

  fmt::print("{}  {} - {}\n", pair, dict.CountryByIso(a)->name, dict.CountryByIso(b)->name);
  if (now == nullptr) {
    fmt::print("level{}: none known\n", o.on.empty() ? "" : " on " + o.on);
  } else {
    fmt::print("level{}: {} (rank {}) since {}\n", o.on.empty() ? "" : " on " + o.on, now->level,
               r.Level(now->level)->rank, now->since);
  }
  fmt::print("\nhistory ({})\n", history.size());
  for (const PartnershipChange* c : history) {
    fmt::print("  {:<10}  {:<50}  {}{}\n", c->since, c->level, r.Level(c->level)->designation ? "(designation) " : "",
               c->note.empty() ? "-" : c->note);
  }
  if (!o.db.empty()) {
    fmt::print("\nchanges told by stored stories ({})\n", coded.size());
    for (const CodedChange& c : coded) {
      fmt::print("  {:<10}  {:<50}  {} {}>{}  {}\n", c.date.empty() ? "-" : c.date, c.level, c.cameo, c.source,
                 c.target, c.doc);
    }
  }
  fmt::print("\nmechanisms ({})\n", mechanisms.size());
  auto print_uses = [&](const std::string& id, bool mechanism) {
    if (o.db.empty()) return;
    Uses u = UsesOf(stored, id, mechanism);
    for (const EventRecord* e : u.events) {
      fmt::print("      {:<10}  {} {}>{}  {}\n", e->date.empty() ? "-" : e->date, e->cameo, e->source.country,
                 e->target.country.empty() ? "-" : e->target.country, e->doc);
    }
  };
  for (const Mechanism* m : mechanisms) {
    fmt::print("  {:<18}  {:<10}  {}\n", m->kind, m->founded.empty() ? "-" : m->founded, m->names.front());
    print_uses(m->id, true);
  }
  fmt::print("\nframeworks ({})\n", frameworks.size());
  for (const Framework* f : frameworks) {
    fmt::print("  {:<16}  {:<10}  {}\n", f->kind, f->started.empty() ? "-" : f->started, f->names.front());
    print_uses(f->id, false);
  }
  return 0;
}

}  // namespace

void AddRelationCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand(
      "relation", "One relationship's level of ties over time, its standing mechanisms and its frameworks");
  auto o = std::make_shared<RelationOptions>();
  cmd->add_option("--dyad", o->dyad, "The pair, as ISO3-ISO3 (CHN-VNM)")->required();
  cmd->add_option("--on", o->on, "The level on this day (YYYY-MM-DD; default: the latest)");
  cmd->add_option("--format", o->format, "table or jsonl")->check(CLI::IsMember({"table", "jsonl"}));
  cmd->add_option("--data", global.data_dir, "Dictionary directory (default: $DYAD_DATA or the built-in one)");
  cmd->add_option("--db", o->db, "A store: its coded events that tell a change of level are listed too");
  cmd->callback([&global, o, run] {
    *run = [&global, o]() -> int {
      if (o->dyad.size() != 7 || o->dyad[3] != '-') {
        std::fprintf(stderr, "dyad relation: --dyad wants ISO3-ISO3 (CHN-VNM), not %s\n", o->dyad.c_str());
        return 2;
      }
      if (!o->on.empty() && (o->on.size() != 10 || !IsPartialDate(o->on))) {
        std::fprintf(stderr, "dyad relation: --on wants a day, YYYY-MM-DD, not %s\n", o->on.c_str());
        return 2;
      }
      return PrintRelation(*o, global.data_dir.empty() ? DefaultDataDir() : global.data_dir);
    };
  });
}

}  // namespace dyad::cli
