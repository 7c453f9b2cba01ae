#include "ingest/agency_table.h"

#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {

Result<AgencyTable> AgencyTable::Load(const std::string& path) { return ParseFile<AgencyTable>(path); }

Result<AgencyTable> AgencyTable::Parse(std::string_view tsv, std::string_view name) {
  AgencyTable table;
  Status s = ForEachTsvLine(tsv, name, 3, 3, [&](const TsvLine& line) -> Status {
    std::string canonical(Trim(line.fields[0]));
    if (canonical.empty()) return line.Error("empty agency name");
    std::vector<std::string_view> aliases = SplitList(line.fields[1]);
    if (aliases.empty()) return line.Error("agency has no alias");
    for (std::string_view a : aliases) table.by_alias_[std::string(a)] = canonical;
    for (std::string_view d : SplitList(line.fields[2])) {
      if (d.find('.') == std::string_view::npos) return line.Error("domain without a dot: " + std::string(d));
      table.by_domain_[std::string(d)] = canonical;
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return table;
}

std::string AgencyTable::FindAlias(std::string_view alias) const {
  auto it = by_alias_.find(std::string(Trim(alias)));
  return it == by_alias_.end() ? std::string() : it->second;
}

std::string AgencyTable::FindDomain(std::string_view text) const {
  size_t best = std::string_view::npos;
  std::string found;
  for (const auto& [domain, agency] : by_domain_) {
    size_t at = text.find(domain);
    if (at == std::string_view::npos) continue;
    // The domain must stand alone or after a dot or slash ("en.cgtn.com").
    if (at > 0) {
      char c = text[at - 1];
      if (c != '.' && c != '/' && c != ' ' && c != '\n' && c != '(' && c != '@') continue;
    }
    if (at < best) best = at, found = agency;
  }
  return found;
}

}  // namespace dyad
