#include <fmt/core.h>

#include <cstdio>

#include "cli/commands.h"
#include "engine/record_json.h"
#include "store/document_store.h"
#include "store/event_query.h"

namespace dyad::cli {

void AddActorsCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand("actors", "Print resolved actor mentions");
  struct Options {
    std::string doc;
    std::string format = "jsonl";
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--db", global.db, "Store: a SQLite file or a postgresql:// URI (default: $DYAD_DB or dyad.db)");
  cmd->add_option("--doc", opts->doc, "Only this document");
  cmd->add_option("--format", opts->format, "jsonl or table")->check(CLI::IsMember({"jsonl", "table"}));
  cmd->callback([&global, opts, run] {
    *run = [&global, opts]() -> int {
      Result<std::unique_ptr<DocumentStore>> store =
          DocumentStore::Open(ResolveDbPath(global), /*create=*/false, /*read_only=*/true);
      if (!store.ok()) {
        std::fprintf(stderr, "dyad actors: %s\n", store.status().message().c_str());
        return 1;
      }
      if (opts->format == "table") {
        fmt::print("{:<24} {:>3} {:<10} {:<34} {:<4} {:<8} {}\n", "doc", "sen", "how", "text", "ctry", "code", "name");
      }
      Status s = ReadMentions((*store)->database(), opts->doc, [&](const Mention& m) {
        if (opts->format == "jsonl") {
          fmt::print("{}\n", MentionToJson(m));
          return;
        }
        std::string text = m.text.size() > 34 ? m.text.substr(0, 31) + "..." : m.text;
        for (char& c : text) {
          if (c == '\n') c = ' ';
        }
        fmt::print("{:<24} {:>3} {:<10} {:<34} {:<4} {:<8} {}\n", m.doc.substr(0, 24), m.sentence, m.how, text,
                   m.country.empty() ? "-" : m.country, m.code, m.name);
      });
      if (!s.ok()) {
        std::fprintf(stderr, "dyad actors: %s\n", s.message().c_str());
        return 1;
      }
      return 0;
    };
  });
}

}  // namespace dyad::cli
