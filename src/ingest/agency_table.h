// The news agencies dyad recognises in credits, datelines and reference
// lists, loaded from a TSV data file (data/ingest/agencies.tsv).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/status.h"

namespace dyad {

class AgencyTable {
 public:
  // Loads `path`; a malformed line gives InvalidArgument naming file and line.
  static Result<AgencyTable> Load(const std::string& path);
  // Parses TSV text; `name` is used in messages.
  static Result<AgencyTable> Parse(std::string_view tsv, std::string_view name);

  // The canonical agency for an alias as written ("Viet Nam News" -> "VNS"),
  // compared case-sensitively after trimming; "" when unknown.
  std::string FindAlias(std::string_view alias) const;
  // The agency whose domain occurs in `text` ("... cgtn.com" -> "CGTN"); "" if none.
  std::string FindDomain(std::string_view text) const;

 private:
  std::unordered_map<std::string, std::string> by_alias_;
  std::unordered_map<std::string, std::string> by_domain_;
};

}  // namespace dyad
