// `dyad timeline` and `dyad dyads`: the basic dyadic questions from the
// command line, as tables, CSV or JSON Lines.
#include <fmt/core.h>

#include <cstdio>
#include <vector>

#include "cli/commands.h"
#include "store/analytics_query.h"
#include "store/document_store.h"
#include "util/json_string.h"

namespace dyad::cli {
namespace {

std::string Number(double v) { return fmt::format("{:.2f}", v); }

std::string JsonText(const std::string& s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

// Opens the store read-only, or prints why not.
std::unique_ptr<DocumentStore> OpenStore(const char* command, const GlobalOptions& global) {
  Result<std::unique_ptr<DocumentStore>> store =
      DocumentStore::Open(ResolveDbPath(global), /*create=*/false, /*read_only=*/true);
  if (!store.ok()) {
    std::fprintf(stderr, "dyad %s: %s\n", command, store.status().message().c_str());
    return nullptr;
  }
  return std::move(store).value();
}

}  // namespace

void AddTimelineCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand("timeline", "Events of pairs of states by month, week or year");
  struct Options {
    std::vector<std::string> dyads;
    std::string bucket = "month", direction = "both", format = "table";
    EventFilter filter;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--db", global.db, "Store: a SQLite file or a postgresql:// URI (default: $DYAD_DB or dyad.db)");
  cmd->add_option("--dyad", opts->dyads,
                  "The pair, e.g. CHN-VNM; its order names the directions; repeat it for pairs side by side")
      ->required();
  cmd->add_option("--bucket", opts->bucket, "month, week or year")->check(CLI::IsMember({"month", "week", "year"}));
  cmd->add_option("--direction", opts->direction, "both, ab (first state to second) or ba")
      ->check(CLI::IsMember({"both", "ab", "ba"}));
  cmd->add_option("--from", opts->filter.from, "First date, YYYY[-MM[-DD]]");
  cmd->add_option("--to", opts->filter.to, "Last date, YYYY[-MM[-DD]]");
  cmd->add_option("--cameo", opts->filter.cameo_prefix, "CAMEO code prefix, e.g. 19");
  cmd->add_option("--format", opts->format, "table, csv or jsonl")->check(CLI::IsMember({"table", "csv", "jsonl"}));
  cmd->callback([&global, opts, run] {
    *run = [&global, opts]() -> int {
      if (!CheckDateOption("timeline", "--from", opts->filter.from) || !CheckDateOption("timeline", "--to", opts->filter.to)) return 2;
      // Every pair is checked before any is read: a typo in the third is a usage error, not half an answer.
      struct Pair {
        EventFilter filter;
        std::string label;  // "CHN-VNM" both ways, "VNM>CHN" one way
      };
      std::vector<Pair> pairs;
      for (const std::string& written : opts->dyads) {
        Pair& pair = pairs.emplace_back();
        pair.filter = opts->filter;
        Status s = SetDyadAndDirection(written, opts->direction, &pair.filter);
        if (!s.ok()) {
          std::fprintf(stderr, "dyad timeline: %s\n", s.message().c_str());
          return 2;
        }
        // "VNM-CHN" ab is Viet Nam to China: its source and target say so.
        const EventFilter& f = pair.filter;
        pair.label = f.source_country.empty() ? f.dyad : f.source_country + ">" + f.target_country;
      }
      std::unique_ptr<DocumentStore> store = OpenStore("timeline", global);
      if (store == nullptr) return 1;
      if (opts->format == "csv") {
        fmt::print("bucket,direction,events,stories,verbal_cooperation,material_cooperation,verbal_conflict,"
                   "material_conflict,mean_goldstein,total_goldstein\n");
      }
      for (size_t k = 0; k < pairs.size(); ++k) {
        Result<std::vector<TimelinePoint>> points = Timeline(store->database(), pairs[k].filter, opts->bucket);
        if (!points.ok()) {
          std::fprintf(stderr, "dyad timeline: %s\n", points.status().message().c_str());
          return 1;
        }
        const std::string& direction = pairs[k].label;
        if (opts->format == "table") {
          fmt::print("{}{:<9} {:>6} {:>7} {:>6} {:>6} {:>6} {:>6} {:>8} {:>8}   {}\n", k ? "\n" : "", opts->bucket,
                     "events", "stories", "q1", "q2", "q3", "q4", "mean_g", "total_g", direction);
        }
        for (const TimelinePoint& p : *points) {
          if (opts->format == "table") {
            fmt::print("{:<9} {:>6} {:>7} {:>6} {:>6} {:>6} {:>6} {:>8.2f} {:>8.1f}\n", p.bucket, p.events, p.stories,
                       p.quad[0], p.quad[1], p.quad[2], p.quad[3], p.mean_goldstein, p.total_goldstein);
          } else if (opts->format == "csv") {
            fmt::print("{},{},{},{},{},{},{},{},{},{}\n", p.bucket, direction, p.events, p.stories, p.quad[0],
                       p.quad[1], p.quad[2], p.quad[3], Number(p.mean_goldstein), Number(p.total_goldstein));
          } else {
            fmt::print("{{\"bucket\":{},\"direction\":{},\"events\":{},\"stories\":{},\"quad\":[{},{},{},{}],"
                       "\"mean_goldstein\":{},\"total_goldstein\":{}}}\n",
                       JsonText(p.bucket), JsonText(direction), p.events, p.stories, p.quad[0], p.quad[1], p.quad[2],
                       p.quad[3], Number(p.mean_goldstein), Number(p.total_goldstein));
          }
        }
      }
      return 0;
    };
  });
}

void AddDyadsCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand("dyads", "Pairs of states with their events; --country for one state's partners");
  struct Options {
    std::string format = "table";
    EventFilter filter;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--db", global.db, "Store: a SQLite file or a postgresql:// URI (default: $DYAD_DB or dyad.db)");
  cmd->add_option("--country", opts->filter.country, "Only pairs with this state (ISO-3166 alpha-3), e.g. VNM");
  cmd->add_option("--from", opts->filter.from, "First date, YYYY[-MM[-DD]]");
  cmd->add_option("--to", opts->filter.to, "Last date, YYYY[-MM[-DD]]");
  cmd->add_option("--format", opts->format, "table, csv or jsonl")->check(CLI::IsMember({"table", "csv", "jsonl"}));
  cmd->callback([&global, opts, run] {
    *run = [&global, opts]() -> int {
      EventFilter f = opts->filter;
      if (!CheckDateOption("dyads", "--from", f.from) || !CheckDateOption("dyads", "--to", f.to)) return 2;
      for (char& c : f.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (!f.country.empty() && (f.country.size() != 3 || !std::isalpha(static_cast<unsigned char>(f.country[0])))) {
        std::fprintf(stderr, "dyad dyads: --country %s is not an ISO-3166 alpha-3 code like VNM\n", f.country.c_str());
        return 2;
      }
      std::unique_ptr<DocumentStore> store = OpenStore("dyads", global);
      if (store == nullptr) return 1;
      Result<std::vector<DyadSummary>> dyads = ListDyadsOf(store->database(), f);
      if (!dyads.ok()) {
        std::fprintf(stderr, "dyad dyads: %s\n", dyads.status().message().c_str());
        return 1;
      }
      if (opts->format == "table") {
        fmt::print("{:<8} {:>7} {:>7} {:>8}  {:<10} {:<10}\n", "dyad", "events", "stories", "mean_g", "first", "last");
      } else if (opts->format == "csv") {
        fmt::print("dyad,partner,events,stories,mean_goldstein,first_date,last_date\n");
      }
      for (const DyadSummary& d : *dyads) {
        // With --country, the other state of the pair.
        std::string partner;
        if (!f.country.empty()) partner = d.dyad.substr(0, 3) == f.country ? d.dyad.substr(4) : d.dyad.substr(0, 3);
        if (opts->format == "table") {
          fmt::print("{:<8} {:>7} {:>7} {:>8.2f}  {:<10} {:<10}\n", d.dyad, d.events, d.stories, d.mean_goldstein,
                     d.first_date, d.last_date);
        } else if (opts->format == "csv") {
          fmt::print("{},{},{},{},{},{},{}\n", d.dyad, partner, d.events, d.stories, Number(d.mean_goldstein),
                     d.first_date, d.last_date);
        } else {
          fmt::print("{{\"dyad\":{},\"partner\":{},\"events\":{},\"stories\":{},\"mean_goldstein\":{},"
                     "\"first_date\":{},\"last_date\":{}}}\n",
                     JsonText(d.dyad), partner.empty() ? "null" : JsonText(partner), d.events, d.stories,
                     Number(d.mean_goldstein), JsonText(d.first_date), JsonText(d.last_date));
        }
      }
      return 0;
    };
  });
}

}  // namespace dyad::cli
