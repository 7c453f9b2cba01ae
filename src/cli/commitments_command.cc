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
#include "engine/relation_report.h"
#include "store/document_store.h"
#include "store/event_query.h"

namespace dyad::cli {
namespace {

struct CommitmentsOptions {
  std::string dyad, topic;
  std::string format = "table";
};

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
  Result<std::vector<Commitment>> read = ReadCommitments((*store)->database(), *pair, *stages);
  if (!read.ok()) {
    std::fprintf(stderr, "dyad commitments: %s\n", read.status().message().c_str());
    return 1;
  }
  std::vector<Commitment> commitments = std::move(read).value();
  if (!o.topic.empty()) {
    std::erase_if(commitments, [&](const Commitment& c) { return c.topic != o.topic; });
  }
  if (o.format == "jsonl") {
    for (const Commitment& c : commitments) fmt::print("{}\n", CommitmentJson(*pair, c).dump());
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
  cmd->add_option("--db", global.db, "Store: a SQLite file or a postgresql:// URI (default: $DYAD_DB or dyad.db)");
  cmd->add_option("--data", global.data_dir, "Dictionary directory (default: $DYAD_DATA or the built-in one)");
  cmd->callback([&global, o, run] {
    *run = [&global, o]() -> int {
      return PrintCommitments(*o, ResolveDbPath(global), global.data_dir.empty() ? DefaultDataDir() : global.data_dir);
    };
  });
}

}  // namespace dyad::cli
