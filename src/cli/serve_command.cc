#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "api/http_server.h"
#include "cli/commands.h"
#include "dyad/dyad.h"

#ifndef DYAD_WEB_DIR
#define DYAD_WEB_DIR ""
#endif

namespace dyad::cli {

void AddServeCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand("serve", "Serve the store as a JSON API and dashboard (read-only)");
  auto opts = std::make_shared<ServeOptions>();
  cmd->add_option("--db", global.db, "Store: a SQLite file or a postgresql:// URI (default: $DYAD_DB or dyad.db)");
  cmd->add_option("--data", global.data_dir, "Dictionary directory (default: $DYAD_DATA or the built-in one)");
  cmd->add_option("--port", opts->port, "TCP port (0 picks a free one)")->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", opts->bind, "Address to bind (default 127.0.0.1: this machine only)");
  cmd->add_option("--web", opts->web_dir, "Dashboard directory (default: $DYAD_WEB or the built one)");
  cmd->add_option("--threads", opts->threads, "Worker threads")->check(CLI::Range(0, 256));
  cmd->add_option("--allow-host", opts->allowed_hosts,
                  "Also answer requests whose Host is NAME (repeatable; '*': any). IP literals and localhost "
                  "are always answered; other names get 421, against DNS rebinding")
      ->type_name("NAME");
  cmd->callback([&global, opts, run] {
    *run = [&global, opts]() -> int {
      ServeOptions o = *opts;
      o.db_path = ResolveDbPath(global);
      o.data_dir = global.data_dir.empty() ? DefaultDataDir() : global.data_dir;
      if (o.web_dir.empty()) {
        const char* env = std::getenv("DYAD_WEB");
        o.web_dir = env != nullptr ? env : DYAD_WEB_DIR;
        if (!o.web_dir.empty() && !std::filesystem::is_directory(o.web_dir)) {
          std::fprintf(stderr, "dyad serve: no dashboard at %s (run web/build.sh); serving the API only\n",
                       o.web_dir.c_str());
          o.web_dir.clear();
        }
      }
      Status s = Serve(o, [&](int port) {
        std::fprintf(stderr, "dyad serve: listening on http://%s:%d/\n", o.bind.c_str(), port);
        std::fflush(stderr);
      });
      if (!s.ok()) {
        std::fprintf(stderr, "dyad serve: %s\n", s.message().c_str());
        return 1;
      }
      return 0;
    };
  });
}

}  // namespace dyad::cli
