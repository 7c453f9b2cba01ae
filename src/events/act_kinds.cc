#include "events/act_kinds.h"

#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {
namespace {

bool IsCodePrefix(std::string_view p) {
  if (p.size() < 2 || p.size() > 4) return false;
  for (char c : p) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// One word of lower-case letters: the reaction's last token, which is
// never a hyphen's compound ("air-strike" ends in "strike").
bool IsNoun(std::string_view w) {
  for (char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return !w.empty();
}

}  // namespace

Result<ActKinds> ActKinds::Load(const std::string& path) { return ParseFile<ActKinds>(path); }

Result<ActKinds> ActKinds::Parse(std::string_view tsv, std::string_view name) {
  ActKinds out;
  Status s = ForEachTsvLine(tsv, name, 2, 2, [&](const TsvLine& line) -> Status {
    std::vector<std::string> prefixes;
    for (std::string_view p : SplitList(line.fields[0])) {
      if (!IsCodePrefix(p)) return line.Error("'" + std::string(p) + "' is no CAMEO code prefix (2-4 digits)");
      prefixes.emplace_back(p);
    }
    if (prefixes.empty()) return line.Error("no CAMEO code prefix");
    std::vector<std::string_view> nouns = SplitList(line.fields[1]);
    if (nouns.empty()) return line.Error("no noun");
    for (std::string_view n : nouns) {
      if (!IsNoun(n)) return line.Error("'" + std::string(n) + "' is not one lower-case word");
      if (!out.prefixes_.emplace(std::string(n), prefixes).second) {
        return line.Error("'" + std::string(n) + "' already has a kind");
      }
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

const std::vector<std::string>* ActKinds::PrefixesOf(std::string_view noun) const {
  auto it = prefixes_.find(noun);
  return it == prefixes_.end() ? nullptr : &it->second;
}

bool ActKinds::Names(std::string_view noun, std::string_view cameo) const {
  const std::vector<std::string>* prefixes = PrefixesOf(noun);
  if (prefixes == nullptr) return false;
  for (const std::string& p : *prefixes) {
    if (cameo.substr(0, p.size()) == p) return true;
  }
  return false;
}

}  // namespace dyad
