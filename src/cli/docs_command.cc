#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "store/document_store.h"

namespace dyad::cli {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// Cuts `s` to at most `width` bytes on a UTF-8 boundary, marking the cut.
std::string Clip(const std::string& s, size_t width) {
  if (s.size() <= width) return s;
  size_t cut = width - 1;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

Result<std::unique_ptr<DocumentStore>> OpenForReading(const GlobalOptions& global) {
  return DocumentStore::Open(ResolveDbPath(global), /*create=*/false, /*read_only=*/true);
}

}  // namespace

void AddDocsCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand("docs", "List stored documents with their metadata");
  auto format = std::make_shared<std::string>("table");
  cmd->add_option("--db", global.db, "Store: a SQLite file or a postgresql:// URI (default: $DYAD_DB or dyad.db)");
  cmd->add_option("--format", *format, "table or jsonl")->check(CLI::IsMember({"table", "jsonl"}));
  cmd->callback([&global, format, run] {
    *run = [&global, format]() -> int {
      Result<std::unique_ptr<DocumentStore>> store = OpenForReading(global);
      if (!store.ok()) {
        std::fprintf(stderr, "dyad docs: %s\n", store.status().message().c_str());
        return 1;
      }
      bool table = *format == "table";
      if (table) {
        fmt::print("{:<28} {:<10} {:<9} {:<16} {:<12} {:<7} {}\n", "id", "published", "from", "dateline", "agency", "lang",
                   "title");
      }
      Status s = (*store)->ListDocuments([&](const DocumentInfo& d) {
        if (table) {
          std::string dateline = d.dateline + (d.dateline_date.empty() ? "" : " " + d.dateline_date.substr(2));
          fmt::print("{:<28} {:<10} {:<9} {:<16} {:<12} {:<7} {}\n", Clip(d.id, 28),
                     d.published.empty() ? "-" : d.published, d.published_from.empty() ? "-" : d.published_from,
                     Clip(dateline.empty() ? "-" : dateline, 16), Clip(d.agency.empty() ? "-" : d.agency, 12),
                     d.lang.empty() ? "-" : d.lang, Clip(d.title, 60));
          return;
        }
        Json j;
        j["id"] = d.id;
        j["title"] = OrNull(d.title);
        j["source"] = OrNull(d.source);
        j["url"] = OrNull(d.url);
        j["published"] = OrNull(d.published);
        j["published_from"] = OrNull(d.published_from);
        j["dateline"] = OrNull(d.dateline);
        j["dateline_date"] = OrNull(d.dateline_date);
        j["agency"] = OrNull(d.agency);
        j["lang"] = OrNull(d.lang);
        j["inferred_year"] = d.inferred_year > 0 ? Json(d.inferred_year) : Json(nullptr);
        j["sentences"] = d.sentences;
        j["bytes"] = d.bytes;
        j["origin"] = OrNull(d.origin);
        fmt::print("{}\n", j.dump(-1, ' ', false, Json::error_handler_t::replace));
      });
      if (!s.ok()) {
        std::fprintf(stderr, "dyad docs: %s\n", s.message().c_str());
        return 1;
      }
      return 0;
    };
  });
}

void AddSearchCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand("search", "Find stories by words (case and diacritics ignored)");
  struct Options {
    std::string query;
    int limit = 20;
    std::string format = "table";
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--db", global.db, "Store: a SQLite file or a postgresql:// URI (default: $DYAD_DB or dyad.db)");
  cmd->add_option("--limit", opts->limit, "Most hits to show")->check(CLI::Range(1, 10000));
  cmd->add_option("--format", opts->format, "table or jsonl")->check(CLI::IsMember({"table", "jsonl"}));
  cmd->add_option("query", opts->query, "Words to find")->required();
  cmd->callback([&global, opts, run] {
    *run = [&global, opts]() -> int {
      Result<std::unique_ptr<DocumentStore>> store = OpenForReading(global);
      if (!store.ok()) {
        std::fprintf(stderr, "dyad search: %s\n", store.status().message().c_str());
        return 1;
      }
      Result<std::vector<SearchHit>> hits = (*store)->Search(opts->query, opts->limit);
      if (!hits.ok()) {
        std::fprintf(stderr, "dyad search: %s\n", hits.status().message().c_str());
        return 1;
      }
      for (const SearchHit& h : *hits) {
        if (opts->format == "jsonl") {
          Json j{{"doc", h.doc}, {"title", OrNull(h.title)}, {"snippet", h.snippet}, {"rank", h.rank}};
          fmt::print("{}\n", j.dump(-1, ' ', false, Json::error_handler_t::replace));
        } else {
          fmt::print("{}  {}\n    {}\n", h.doc, h.title, h.snippet);
        }
      }
      if (opts->format == "table") std::fprintf(stderr, "%zu matching stories\n", hits->size());
      return 0;
    };
  });
}

}  // namespace dyad::cli
