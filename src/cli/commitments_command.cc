// `dyad commitments --dyad CHN-VNM [--topic railways]`: the commitments a
// pair's stored stories speak of, each with its topic, project, status and a
// timeline of the events and stories that speak of it (src/relations/
// commitment_threads.h), as a table or JSON Lines.
#include <fmt/core.h>

#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "dyad/dyad.h"
#include "relations/commitment_threads.h"
#include "store/document_store.h"
#include "store/event_query.h"
#include "util/json_string.h"

namespace dyad::cli {
namespace {

std::string Json(const std::string& s) {
  std::string out;
  AppendJsonStringOrNull(s, &out);
  return out;
}

struct CommitmentsOptions {
  std::string dyad, topic;
  std::string format = "table";
};

std::string TimelineJson(const Commitment& c) {
  std::string out = "[";
  for (const CommitmentStep& s : c.timeline) {
    if (out.size() > 1) out += ",";
    out += fmt::format("{{\"date\":{},\"stage\":{},\"object\":{},\"doc\":{},\"event_id\":{},\"cameo\":{},"
                       "\"source\":{},\"target\":{}}}",
                       Json(s.date), Json(s.stage), Json(s.object), Json(s.doc), Json(s.event_id), Json(s.cameo),
                       Json(s.source), Json(s.target));
  }
  return out + "]";
}

std::string ListJson(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const std::string& i : items) out += (out.size() > 1 ? "," : "") + Json(i);
  return out + "]";
}

int PrintCommitments(const CommitmentsOptions& o, const std::string& db_path, const std::string& data_dir) {
  Result<CommitmentFinder> stages = CommitmentFinder::Load(data_dir + "/relations/commitment_stages.tsv");
  if (!stages.ok()) {
    std::fprintf(stderr, "dyad commitments: %s\n", stages.status().message().c_str());
    return 1;
  }
  Result<std::string> pair = NormalizeDyad(o.dyad);
  if (!pair.ok()) {
    std::fprintf(stderr, "dyad commitments: --dyad wants ISO3-ISO3 (CHN-VNM): %s\n", pair.status().message().c_str());
    return 2;
  }
  Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(db_path, /*create=*/false, /*read_only=*/true);
  if (!store.ok()) {
    std::fprintf(stderr, "dyad commitments: %s\n", store.status().message().c_str());
    return 1;
  }
  std::vector<EventRecord> events;
  EventFilter f;
  f.dyad = *pair;
  Status s = ReadEvents((*store)->database(), f, [&](const EventRecord& e) {
    if (!e.commitments.empty()) events.push_back(e);
  });
  if (!s.ok()) {
    std::fprintf(stderr, "dyad commitments: %s\n", s.message().c_str());
    return 1;
  }
  std::vector<Commitment> commitments = FollowCommitments(events, *stages);
  if (!o.topic.empty()) {
    std::erase_if(commitments, [&](const Commitment& c) { return c.topic != o.topic; });
  }
  if (o.format == "jsonl") {
    for (const Commitment& c : commitments) {
      fmt::print("{{\"dyad\":{},\"kind\":\"commitment\",\"key\":{},\"topic\":{},\"project\":{},\"name\":{},"
                 "\"status\":{},\"open\":{},\"first\":{},\"last\":{},\"docs\":{},\"timeline\":{}}}\n",
                 Json(*pair), Json(c.key), Json(c.topic), Json(c.project), Json(c.object), Json(c.status),
                 c.open() ? "true" : "false", Json(c.timeline.front().date), Json(c.timeline.back().date),
                 ListJson(c.docs), TimelineJson(c));
    }
    return 0;
  }
  fmt::print("{}: {} commitment{}\n", *pair, commitments.size(), commitments.size() == 1 ? "" : "s");
  for (const Commitment& c : commitments) {
    fmt::print("\n{}  [{}]  {}\n", c.key, c.status, c.object);
    for (const CommitmentStep& step : c.timeline) {
      fmt::print("  {:<10}  {:<10}  {} {}>{}  {}  {}\n", step.date.empty() ? "-" : step.date, step.stage, step.cameo,
                 step.source, step.target.empty() ? "-" : step.target, step.doc, step.object);
    }
  }
  return 0;
}

}  // namespace

void AddCommitmentsCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand(
      "commitments", "A pair's commitments across stories: topic, project, status and a timeline of evidence");
  auto o = std::make_shared<CommitmentsOptions>();
  cmd->add_option("--dyad", o->dyad, "The pair, as ISO3-ISO3 (CHN-VNM)")->required();
  cmd->add_option("--topic", o->topic, "Only commitments on this topic (data/relations/topics.tsv: railways, trade …)");
  cmd->add_option("--format", o->format, "table or jsonl")->check(CLI::IsMember({"table", "jsonl"}));
  cmd->add_option("--db", global.db, "Database file (default: $DYAD_DB or dyad.db)");
  cmd->add_option("--data", global.data_dir, "Dictionary directory (default: $DYAD_DATA or the built-in one)");
  cmd->callback([&global, o, run] {
    *run = [&global, o]() -> int {
      return PrintCommitments(*o, ResolveDbPath(global), global.data_dir.empty() ? DefaultDataDir() : global.data_dir);
    };
  });
}

}  // namespace dyad::cli
