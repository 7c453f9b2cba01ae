// The subcommands of the `dyad` program. Each Add* registers a subcommand on
// the CLI11 app and sets `*run` to the function that executes it when chosen;
// that function returns the process exit status (0 ok, 1 some input rejected
// or an operation failed, 2 usage).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace dyad::cli {

using Runner = std::function<int()>;

struct GlobalOptions {
  std::string db;        // --db, else $DYAD_DB, else dyad.db
  std::string data_dir;  // --data, else $DYAD_DATA, else the built-in path
};

void AddIngestCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddLoadCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddDocsCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddSearchCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddEventsCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddActorsCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddCodeCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddEvalCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddLearnCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddServeCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddTimelineCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddDyadsCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddRelationCommand(CLI::App& app, GlobalOptions& global, Runner* run);
void AddCommitmentsCommand(CLI::App& app, GlobalOptions& global, Runner* run);

// False, after a usage message naming `command` and `option`, when `value`
// is not a real year, month or day ("" is: no bound).
bool CheckDateOption(const char* command, const char* option, const std::string& value);

// The database path from --db or the environment.
std::string ResolveDbPath(const GlobalOptions& global);

}  // namespace dyad::cli
