// dyad: news reports about relations between states, as dated, sourced events.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

#include "cli/commands.h"

int main(int argc, char** argv) {
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
