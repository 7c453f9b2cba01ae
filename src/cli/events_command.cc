#include <fmt/core.h>

#include <cstdio>

#include "cli/commands.h"
#include "dyad/dyad.h"
#include "engine/event_csv.h"
#include "engine/event_gdelt.h"
#include "engine/record_json.h"
#include "store/document_store.h"
#include "store/event_query.h"
#include "util/day.h"

namespace dyad::cli {
// A usage error naming the option when `value` is not a real year, month or
// calendar day ("" is fine: no bound).
bool CheckDateOption(const char* command, const char* option, const std::string& value) {
  if (value.empty() || IsDateBound(value)) return true;
  std::fprintf(stderr, "dyad %s: %s %s is not a date: give YYYY, YYYY-MM or YYYY-MM-DD with a real month and day\n",
               command, option, value.c_str());
  return false;
}

void AddEventsCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand("events", "Print coded events");
  struct Options {
    std::string format = "jsonl";
    bool header = false;
    EventFilter filter;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--db", global.db, "Store: a SQLite file or a postgresql:// URI (default: $DYAD_DB or dyad.db)");
  cmd->add_option("--data", global.data_dir, "Dictionary directory, for --format gdelt's FIPS country codes (default: $DYAD_DATA or the built-in one)");
  cmd->add_option("--format", opts->format,
                  "jsonl, csv (dyad's columns, docs/export.md), gdelt (GDELT 2.0's 61 tab-separated columns) or table")
      ->check(CLI::IsMember({"jsonl", "csv", "gdelt", "table"}));
  cmd->add_flag("--header", opts->header, "With --format gdelt: a first line of column names (GDELT's files have none)");
  cmd->add_option("--dyad", opts->filter.dyad, "Pair of states, e.g. CHN-VNM (either order)");
  cmd->add_option("--from", opts->filter.from, "First date, YYYY[-MM[-DD]]");
  cmd->add_option("--to", opts->filter.to, "Last date, YYYY[-MM[-DD]]");
  cmd->add_option("--cameo", opts->filter.cameo_prefix, "CAMEO code prefix, e.g. 04 or 112");
  cmd->add_option("--topic", opts->filter.topic, "Only events about this topic (data/relations/topics.tsv: railways, trade …)");
  cmd->add_option("--mechanism", opts->filter.mechanism, "Only events held in this mechanism (data/relations/mechanisms.tsv id)");
  cmd->add_option("--doc", opts->filter.doc, "Only events reported by this document");
  cmd->add_option("--actor", opts->filter.actor, "Only events with this actor on either side: id, code or name (\"Xi Jinping\", case and diacritics ignored)");
  cmd->add_option("--limit", opts->filter.limit, "Most events to print")->check(CLI::Range(0, 1000000000));
  cmd->callback([&global, opts, run] {
    *run = [&global, opts]() -> int {
      const EventFilter& f = opts->filter;
      if (!CheckDateOption("events", "--from", f.from) || !CheckDateOption("events", "--to", f.to)) return 2;
      if (opts->header && opts->format != "gdelt") {
        std::fprintf(stderr, "dyad events: --header goes with --format gdelt (csv always has one)\n");
        return 2;
      }
      if (!f.from.empty() && !f.to.empty() && f.to < f.from.substr(0, f.to.size())) {
        std::fprintf(stderr, "dyad events: --to %s is before --from %s\n", f.to.c_str(), f.from.c_str());
        return 2;
      }
      if (!f.dyad.empty() && !NormalizeDyad(f.dyad).ok()) {
        std::fprintf(stderr, "dyad events: %s\n", NormalizeDyad(f.dyad).status().message().c_str());
        return 2;
      }
      Result<std::unique_ptr<DocumentStore>> store =
          DocumentStore::Open(ResolveDbPath(global), /*create=*/false, /*read_only=*/true);
      if (!store.ok()) {
        std::fprintf(stderr, "dyad events: %s\n", store.status().message().c_str());
        return 1;
      }
      FipsCodes fips;
      if (opts->format == "gdelt") {
        std::string data = global.data_dir.empty() ? DefaultDataDir() : global.data_dir;
        Result<FipsCodes> loaded = LoadFipsCodes(data + "/actors/fips_countries.tsv");
        if (!loaded.ok()) {
          std::fprintf(stderr, "dyad events: %s\n", loaded.status().message().c_str());
          return 1;
        }
        fips = std::move(loaded).value();
      }
      if (opts->format == "csv") fmt::print("{}\n", EventCsvHeader());
      if (opts->format == "gdelt" && opts->header) fmt::print("{}\n", GdeltHeader());
      if (opts->format == "table") {
        fmt::print("{:<10} {:<9} {:<9} {:<5} {:>5}  {}\n", "date", "source", "target", "cameo", "gold", "name");
      }
      Status s = ReadEvents((*store)->database(), f, [&](const EventRecord& e) {
        if (opts->format == "jsonl") {
          std::string line = EventToJson(e);
          line.push_back('\n');
          std::fwrite(line.data(), 1, line.size(), stdout);
        } else if (opts->format == "csv") {
          fmt::print("{}\n", EventToCsv(e));
        } else if (opts->format == "gdelt") {
          fmt::print("{}\n", EventToGdelt(e, fips));
        } else {
          fmt::print("{:<10} {:<9} {:<9} {:<5} {:>5.1f}  {}\n", e.date.empty() ? "-" : e.date,
                     e.source.code.empty() ? "-" : e.source.code, e.target.code.empty() ? "-" : e.target.code, e.cameo,
                     e.goldstein, e.cameo_name);
        }
      });
      if (!s.ok()) {
        std::fprintf(stderr, "dyad events: %s\n", s.message().c_str());
        return 1;
      }
      return 0;
    };
  });
}

}  // namespace dyad::cli
