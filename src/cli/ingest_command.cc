#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "cli/commands.h"
#include "dyad/dyad.h"

namespace dyad::cli {

std::string ResolveDbPath(const GlobalOptions& global) {
  if (!global.db.empty()) return global.db;
  if (const char* env = std::getenv("DYAD_DB"); env != nullptr && *env != '\0') return env;
  return "dyad.db";
}

void AddIngestCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand("ingest", "Read stories (text, JSON Lines, HTML, RSS/Atom, directories, - for stdin) into the store");
  struct Options {
    std::vector<std::string> paths;
    bool quiet = false;
    int threads = 0;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--db", global.db, "Store: a SQLite file or a postgresql:// URI (default: $DYAD_DB or dyad.db)");
  cmd->add_option("--data", global.data_dir, "Dictionary directory (default: $DYAD_DATA or the built-in one)");
  cmd->add_flag("--quiet,-q", opts->quiet, "No progress and no summary");
  cmd->add_option("--threads,-j", opts->threads, "Threads: 1 reads, codes and writes on one; N uses N-1 coders beside the writer (default: the machine's cores)")->check(CLI::Range(0, 256));
  cmd->add_option("paths", opts->paths,
                  "Files, directories, or - for JSON Lines on stdin; a FIFO or <(command) is read as a stream, and a "
                  "FIFO nobody opens for writing within $DYAD_FIFO_TIMEOUT seconds (default 10) is skipped; devices "
                  "and sockets are refused (pipe them on stdin)")
      ->required();
  cmd->callback([&global, opts, run] {
    *run = [&global, opts]() -> int {
      EngineOptions eo;
      eo.db_path = ResolveDbPath(global);
      eo.data_dir = global.data_dir;
      eo.threads = opts->threads;
      Result<std::unique_ptr<Engine>> engine = Engine::Open(eo);
      if (!engine.ok()) {
        std::fprintf(stderr, "dyad ingest: %s\n", engine.status().message().c_str());
        return 1;
      }
      bool progress = !opts->quiet && isatty(STDERR_FILENO);
      bool progress_shown = false;
      auto on_problem = [&](const IngestProblem& p) {
        if (progress_shown) std::fputs("\r\033[K", stderr);
        std::fprintf(stderr, "dyad ingest: %s: %s%s\n", p.where.c_str(), p.rejected ? "" : "warning: ",
                     p.message.c_str());
      };
      auto on_progress = [&](const IngestProgress& p) {
        if (!progress) return;
        double mb = static_cast<double>(p.bytes) / 1e6;
        std::fprintf(stderr, "\r\033[K%zu documents  %.1f MB  %.1f MB/s", p.documents, mb,
                     p.seconds > 0 ? mb / p.seconds : 0.0);
        progress_shown = true;
      };
      Result<IngestStats> stats = (*engine)->Ingest(opts->paths, on_problem, on_progress);
      if (progress_shown) std::fputs("\n", stderr);
      if (!stats.ok()) {
        std::fprintf(stderr, "dyad ingest: %s\n", stats.status().message().c_str());
        return 1;
      }
      if (!opts->quiet) {
        std::fprintf(stderr,
                     "dyad ingest: %zu documents read: %zu added, %zu replaced, %zu unchanged; %zu events; "
                     "%zu inputs rejected, %zu warnings\n",
                     stats->documents_read, stats->added, stats->replaced, stats->unchanged, stats->events,
                     stats->rejected, stats->warnings);
      }
      return stats->rejected > 0 ? 1 : 0;
    };
  });
}

}  // namespace dyad::cli
