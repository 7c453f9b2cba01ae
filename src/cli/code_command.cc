#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "engine/evaluator.h"
#include "engine/stream_coder.h"
#include "store/document_store.h"
#include "store/event_query.h"
#include "util/file_io.h"

namespace dyad::cli {

void AddCodeCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand(
      "code", "Code stories (JSON Lines on stdin, or PATHs as ingest reads them) to event records on stdout (no database)");
  cmd->add_option("--data", global.data_dir, "Dictionary directory (default: $DYAD_DATA or the built-in one)");
  auto options = std::make_shared<CodeOptions>();
  options->threads = 0;
  cmd->add_option("--threads,-j", options->threads,
                  "Coding threads (default: the machine's cores); the output is the same for any number")
      ->check(CLI::Range(0, 256));
  cmd->add_flag("--stories", options->stories,
                "Write one coded story per line (the story, its sentences, mentions and events) for `dyad load`");
  cmd->add_option("paths", options->paths, "Files, directories or - (default: JSON Lines on stdin)");
  cmd->add_option("--origin", options->stdin_origin,
                  "Read stdin as the JSON Lines file PATH (ids of stories without one, and origins, as ingest of it gives)");
  cmd->add_option("--first-line", options->stdin_first_line, "With --origin: the number of stdin's first line in PATH")
      ->check(CLI::PositiveNumber);
  cmd->callback([&global, run, options] {
    *run = [&global, options]() -> int {
      options->data_dir = global.data_dir;
      Result<CodeStats> stats = CodeStream(stdin, stdout, *options, [](const IngestProblem& p) {
        std::fprintf(stderr, "dyad code: %s: %s%s\n", p.where.c_str(), p.rejected ? "" : "warning: ", p.message.c_str());
      });
      if (!stats.ok()) {
        std::fprintf(stderr, "dyad code: %s\n", stats.status().message().c_str());
        return 1;
      }
      return stats->rejected > 0 ? 1 : 0;
    };
  });
}

void AddEvalCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand("eval", "Score stored events against a gold file of key events");
  auto gold = std::make_shared<std::string>();
  auto match = std::make_shared<std::string>("code");
  cmd->add_option("--db", global.db, "Store: a SQLite file or a postgresql:// URI (default: $DYAD_DB or dyad.db)");
  cmd->add_option("--gold", *gold, "Gold file (JSON Lines, one line per story)")->required();
  cmd->add_option("--match", *match, "code: gold codes as written (prefixes); root: CAMEO roots only")
      ->check(CLI::IsMember({"code", "root"}));
  cmd->callback([&global, gold, match, run] {
    *run = [&global, gold, match]() -> int {
      Result<std::string> text = ReadWholeFile(*gold);
      if (!text.ok()) {
        std::fprintf(stderr, "dyad eval: %s\n", text.status().message().c_str());
        return 2;
      }
      Result<std::vector<GoldDocument>> parsed = ParseGold(*text, *gold);
      if (!parsed.ok()) {
        std::fprintf(stderr, "dyad eval: %s\n", parsed.status().message().c_str());
        return 2;
      }
      Result<std::unique_ptr<DocumentStore>> store =
          DocumentStore::Open(ResolveDbPath(global), /*create=*/false, /*read_only=*/true);
      if (!store.ok()) {
        std::fprintf(stderr, "dyad eval: %s\n", store.status().message().c_str());
        return 1;
      }
      std::vector<EventRecord> events;
      Status s = ReadEvents((*store)->database(), EventFilter{}, [&](const EventRecord& e) { events.push_back(e); });
      if (!s.ok()) {
        std::fprintf(stderr, "dyad eval: %s\n", s.message().c_str());
        return 1;
      }
      if (*match == "root") TruncateGoldToRoots(&*parsed);
      EvalReport report = Evaluate(*parsed, events);
      for (const std::string& line : report.lines) std::printf("%s\n", line.c_str());
      std::printf("\nconfusion by CAMEO root (gold -> coded for the same story and direction):\n");
      for (const auto& [gold_root, row] : report.confusion) {
        std::printf("  %s:", gold_root.c_str());
        for (const auto& [coded, n] : row) std::printf(" %s=%d", coded.c_str(), n);
        std::printf("\n");
      }
      std::printf("recall by gold root:");
      for (const std::string& r : report.RecallByRoot()) std::printf("  %s", r.c_str());
      std::printf("\n%s\n", report.Summary().c_str());
      return 0;
    };
  });
}

}  // namespace dyad::cli
