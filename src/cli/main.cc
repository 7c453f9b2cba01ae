// dyad: news reports about relations between states, as dated, sourced events.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

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
    dyad::cli::AddActorsCommand(app, global, &run);
    dyad::cli::AddCodeCommand(app, global, &run);
    dyad::cli::AddEvalCommand(app, global, &run);
    dyad::cli::AddLearnCommand(app, global, &run);
    dyad::cli::AddServeCommand(app, global, &run);
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
