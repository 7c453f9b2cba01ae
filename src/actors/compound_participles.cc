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
  // One meaning per participle: a word in two roles would make the state
  // both the doer and no party.
  Status s = ParseNamedWordLists(tsv, name,
                                 {{"owner", &out.owner_},
                                  {"leader", &out.leader_},
                                  {"origin", &out.origin_},
                                  {"funder", &out.funder_},
                                  {"sponsor", &out.sponsor_}},
                                 /*one_list_per_word=*/true);
  if (!s.ok()) return s;
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
