// `dyad relation --dyad CHN-VNM [--db STORE]`: the architecture of one
// relationship (src/engine/relation_report.h): the named level of ties over
// time, the standing mechanisms between the two, the frameworks both belong
// to or one of them leads, and from a store the changes, meetings, mentions
// and open commitments its stories tell.
#include <fmt/core.h>

#include <cstdio>
#include <memory>
#include <string>

#include "actors/actor_dictionary.h"
#include "cli/commands.h"
#include "dyad/dyad.h"
#include "engine/relation_report.h"
#include "relations/relations_dictionary.h"
#include "store/document_store.h"

namespace dyad::cli {
namespace {

struct RelationOptions {
  std::string db;  // a store whose coded events may move the level ("" for the data only)
  std::string dyad;
  std::string on;  // a day: the level then ("" for the latest)
  std::string format = "table";
};

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
  Result<CommitmentFinder> stages = CommitmentFinder::Load(data_dir + "/relations/commitment_stages.tsv");
  if (!loaded.ok() || !stages.ok()) {
    std::fprintf(stderr, "dyad relation: %s\n",
                 (!loaded.ok() ? loaded.status() : stages.status()).message().c_str());
    return 1;
  }
  const RelationsDictionary& r = *loaded;
  std::unique_ptr<DocumentStore> store;
  if (!o.db.empty()) {
    Result<std::unique_ptr<DocumentStore>> opened = DocumentStore::Open(o.db, /*create=*/false, /*read_only=*/true);
    if (!opened.ok()) {
      std::fprintf(stderr, "dyad relation: %s\n", opened.status().message().c_str());
      return 1;
    }
    store = std::move(opened).value();
  }
  Result<RelationReport> built = BuildRelationReport(r, *stages, store ? store->database() : nullptr, a, b, o.on);
  if (!built.ok()) {
    std::fprintf(stderr, "dyad relation: %s\n", built.status().message().c_str());
    return 1;
  }
  const RelationReport& report = *built;
  if (o.format == "jsonl") {
    for (const nlohmann::ordered_json& fact : RelationFacts(report, r)) fmt::print("{}\n", fact.dump());
    return 0;
  }

  fmt::print("{}  {} - {}\n", report.pair, dict.CountryByIso(report.pair.substr(0, 3))->name,
             dict.CountryByIso(report.pair.substr(4, 3))->name);
  if (report.level_told >= 0) {
    const CodedLevelChange& c = report.coded[static_cast<size_t>(report.level_told)];
    fmt::print("level{}: {} (rank {}) since {}, as story {} tells\n", o.on.empty() ? "" : " on " + o.on, c.level,
               c.rank, c.date, c.doc);
  } else if (report.level == nullptr) {
    fmt::print("level{}: none known\n", o.on.empty() ? "" : " on " + o.on);
  } else {
    fmt::print("level{}: {} (rank {}) since {}\n", o.on.empty() ? "" : " on " + o.on, report.level->level,
               r.Level(report.level->level)->rank, report.level->since);
  }
  fmt::print("\nhistory ({})\n", report.history.size());
  for (const PartnershipChange* c : report.history) {
    fmt::print("  {:<10}  {:<50}  {}{}\n", c->since, c->level, r.Level(c->level)->designation ? "(designation) " : "",
               c->note.empty() ? "-" : c->note);
  }
  if (report.stored) {
    fmt::print("\nchanges told by stored stories ({})\n", report.coded.size());
    for (const CodedLevelChange& c : report.coded) {
      fmt::print("  {:<10}  {:<50}  {} {}>{}  {}\n", c.date.empty() ? "-" : c.date, c.level, c.cameo, c.source,
                 c.target, c.doc);
    }
  }
  auto print_uses = [&](const InstitutionUse& u) {
    for (const EventRecord& e : u.events) {
      fmt::print("      {:<10}  {} {}>{}  {}\n", e.date.empty() ? "-" : e.date, e.cameo, e.source.country,
                 e.target.country.empty() ? "-" : e.target.country, e.doc);
    }
  };
  fmt::print("\nmechanisms ({})\n", report.mechanisms.size());
  for (size_t i = 0; i < report.mechanisms.size(); ++i) {
    const Mechanism* m = report.mechanisms[i];
    fmt::print("  {:<18}  {:<10}  {}\n", m->kind, m->founded.empty() ? "-" : m->founded, m->names.front());
    print_uses(report.mechanism_uses[i]);
  }
  fmt::print("\nframeworks ({})\n", report.frameworks.size());
  for (size_t i = 0; i < report.frameworks.size(); ++i) {
    const Framework* f = report.frameworks[i];
    fmt::print("  {:<16}  {:<10}  {}\n", f->kind, f->started.empty() ? "-" : f->started, f->names.front());
    print_uses(report.framework_uses[i]);
  }
  if (report.stored) {
    size_t open = 0;
    for (const Commitment& c : report.commitments) open += c.open();
    fmt::print("\nopen commitments ({}; all of them: dyad commitments)\n", open);
    for (const Commitment& c : report.commitments) {
      if (!c.open()) continue;
      fmt::print("  {:<30}  {:<10}  {:<10}  {}\n", c.key, c.status,
                 c.timeline.back().date.empty() ? "-" : c.timeline.back().date, c.object);
    }
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
