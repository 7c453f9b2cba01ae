#include "actors/compound_participles.h"

#include <utility>

#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {

Result<CompoundParticiples> CompoundParticiples::Load(const std::string& path) {
  return ParseFile<CompoundParticiples>(path);
}

Result<CompoundParticiples> CompoundParticiples::Parse(std::string_view tsv, std::string_view name) {
  CompoundParticiples out;
  const std::pair<std::string_view, StringSet*> roles[] = {
      {"owner", &out.owner_},   {"leader", &out.leader_},   {"origin", &out.origin_},
      {"funder", &out.funder_}, {"sponsor", &out.sponsor_}};
  StringSet seen_roles, seen_words;
  Status s = ForEachTsvLine(tsv, name, 2, 2, [&](const TsvLine& line) -> Status {
    StringSet* words = nullptr;
    for (const auto& [role, set] : roles) {
      if (line.fields[0] == role) words = set;
    }
    if (words == nullptr) return line.Error("unknown role " + std::string(line.fields[0]));
    if (!seen_roles.insert(std::string(line.fields[0])).second) {
      return line.Error("role " + std::string(line.fields[0]) + " listed twice");
    }
    for (std::string_view w : SplitList(line.fields[1])) {
      if (w.empty()) return line.Error("an empty participle");
      for (char c : w) {
        if (c < 'a' || c > 'z') return line.Error("lower-case participles: " + std::string(w));
      }
      // One meaning per participle: a word in two roles would make the
      // state both the doer and no party.
      if (!seen_words.insert(std::string(w)).second) return line.Error("participle in two roles: " + std::string(w));
      words->emplace(w);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (const auto& [role, set] : roles) {
    if (!seen_roles.contains(role)) {
      return Status::InvalidArgument(std::string(name) + ": role " + std::string(role) + " missing");
    }
  }
  return out;
}

CompoundRole CompoundParticiples::RoleOf(std::string_view participle) const {
  if (owner_.contains(participle)) return CompoundRole::kOwner;
  if (leader_.contains(participle)) return CompoundRole::kLeader;
  if (origin_.contains(participle)) return CompoundRole::kOrigin;
  if (funder_.contains(participle)) return CompoundRole::kFunder;
  // Listed sponsors and every other participle ("Russian-occupied",
  // "US-sanctioned"): the state only qualifies the thing.
  return CompoundRole::kSponsor;
}

bool CompoundParticiples::Lists(std::string_view participle) const {
  return owner_.contains(participle) || leader_.contains(participle) || origin_.contains(participle) ||
         funder_.contains(participle) || sponsor_.contains(participle);
}

}  // namespace dyad
