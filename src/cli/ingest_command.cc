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

namespace {

using ProblemCallback = std::function<void(const IngestProblem&)>;
using ProgressCallback = std::function<void(const IngestProgress&)>;

// Runs a store writer (`write` gets the callbacks): problems on stderr, progress
// on a terminal unless `quiet`, the summary; the exit status (1 when some input
// was rejected or the store failed).
int WriteWithReports(const char* command, bool quiet,
                     const std::function<Result<IngestStats>(const ProblemCallback&, const ProgressCallback&)>& write) {
  bool progress = !quiet && isatty(STDERR_FILENO);
  bool progress_shown = false;
  ProblemCallback on_problem = [&](const IngestProblem& p) {
    if (progress_shown) std::fputs("\r\033[K", stderr);
    std::fprintf(stderr, "%s: %s: %s%s\n", command, p.where.c_str(), p.rejected ? "" : "warning: ", p.message.c_str());
  };
  ProgressCallback on_progress = [&](const IngestProgress& p) {
    if (!progress) return;
    double mb = static_cast<double>(p.bytes) / 1e6;
    std::fprintf(stderr, "\r\033[K%zu documents  %.1f MB  %.1f MB/s", p.documents, mb, p.seconds > 0 ? mb / p.seconds : 0.0);
    progress_shown = true;
  };
  Result<IngestStats> stats = write(on_problem, on_progress);
  if (progress_shown) std::fputs("\n", stderr);
  if (!stats.ok()) {
    std::fprintf(stderr, "%s: %s\n", command, stats.status().message().c_str());
    return 1;
  }
  if (!quiet) {
    std::fprintf(stderr,
                 "%s: %zu documents read: %zu added, %zu replaced, %zu unchanged; %zu events; "
                 "%zu inputs rejected, %zu warnings\n",
                 command, stats->documents_read, stats->added, stats->replaced, stats->unchanged, stats->events,
                 stats->rejected, stats->warnings);
  }
  return stats->rejected > 0 ? 1 : 0;
}

}  // namespace

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
      return WriteWithReports("dyad ingest", opts->quiet, [&](const auto& on_problem, const auto& on_progress) {
        return (*engine)->Ingest(opts->paths, on_problem, on_progress);
      });
    };
  });
}

void AddLoadCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand(
      "load", "Store coded stories (from `dyad code --stories`, one per line; - for stdin) as ingest stores stories");
  struct Options {
    std::vector<std::string> paths;
    bool quiet = false;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--db", global.db, "Store: a SQLite file or a postgresql:// URI (default: $DYAD_DB or dyad.db)");
  cmd->add_flag("--quiet,-q", opts->quiet, "No progress and no summary");
  cmd->add_option("paths", opts->paths, "Files of coded stories, or - for stdin")->required();
  cmd->callback([&global, opts, run] {
    *run = [&global, opts]() -> int {
      return WriteWithReports("dyad load", opts->quiet, [&](const auto& on_problem, const auto& on_progress) {
        return LoadCodedStories(ResolveDbPath(global), opts->paths, on_problem, on_progress);
      });
    };
  });
}

}  // namespace dyad::cli
