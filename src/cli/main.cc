// dyad: news reports about relations between states, as dated, sourced events.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

#include "cli/commands.h"

#ifdef DYAD_MIMALLOC
#include <unistd.h>

namespace {

// Loading the lexicon's trie, the pair model and the dictionaries touches
// about 100 MB, and on a virtual machine each 4 KB page's first touch is a
// costly fault: 31,000 of them were a third of start-up. mimalloc (linked in,
// src/cli/CMakeLists.txt) faults in 2 MB transparent huge pages instead when
// $MIMALLOC_LARGE_OS_PAGES is set as it starts, before main and before any
// library's initialiser, and not when asked later. So dyad runs itself again
// with the variable set, unless it is set (=0 turns it off): a second exec
// costs about 15 ms, and start-up fell from 0.5 s to 0.2 s
// (docs/performance.md). If the exec fails, dyad goes on with small pages.
// Under valgrind, whose /proc/self/exe is valgrind's own tool, set the
// variable (to 0) first.
void RunAgainWithHugePages(char** argv) {
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") != nullptr) return;
  if (setenv("MIMALLOC_LARGE_OS_PAGES", "1", 0) != 0) return;
  execv("/proc/self/exe", argv);
}

}  // namespace
#endif

int main(int argc, char** argv) {
#ifdef DYAD_MIMALLOC
  RunAgainWithHugePages(argv);
#endif
  try {
    CLI::App app{"dyad: turns news about relations between states into coded, dated, sourced events"};
    app.require_subcommand(1);
    dyad::cli::GlobalOptions global;
    dyad::cli::Runner run;
    dyad::cli::AddIngestCommand(app, global, &run);
    dyad::cli::AddDocsCommand(app, global, &run);
    dyad::cli::AddSearchCommand(app, global, &run);
    dyad::cli::AddEventsCommand(app, global, &run);
    dyad::cli::AddTimelineCommand(app, global, &run);
    dyad::cli::AddDyadsCommand(app, global, &run);
    dyad::cli::AddRelationCommand(app, global, &run);
    dyad::cli::AddCommitmentsCommand(app, global, &run);
    dyad::cli::AddActorsCommand(app, global, &run);
    dyad::cli::AddCodeCommand(app, global, &run);
    dyad::cli::AddLoadCommand(app, global, &run);
    dyad::cli::AddEvalCommand(app, global, &run);
    dyad::cli::AddLearnCommand(app, global, &run);
    dyad::cli::AddServeCommand(app, global, &run);
    app.set_version_flag("--version", std::string("dyad ") + DYAD_VERSION);
    // "dyad frobnicate": name the unknown command instead of CLI11's "a
    // subcommand is required".
    if (argc > 1 && argv[1][0] != '-') {
      std::string known;
      bool found = false;
      for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        found = found || sub->get_name() == argv[1];
        known += (known.empty() ? "" : ", ") + sub->get_name();
      }
      if (!found) {
        std::fprintf(stderr, "dyad: unknown command '%s'; the commands are %s (dyad --help)\n", argv[1], known.c_str());
        return 2;
      }
    }
    try {
      app.parse(argc, argv);
    } catch (const CLI::Success& e) {
      return app.exit(e);
    } catch (const CLI::ParseError& e) {
      app.exit(e);
      return 2;
    }
    return run ? run() : 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad: internal error: %s\n", e.what());
    return 1;
  }
}
