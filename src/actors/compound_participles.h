// What a state is to a thing when its word is joined by a hyphen to a
// participle ("Chinese-owned factories", "Saudi-led coalition", "Iranian-made
// drones"): data/actors/compound_participles.tsv.
//
// Thread safety: immutable after Load.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "util/string_hash.h"

namespace dyad {

enum class CompoundRole : uint8_t {
  kSponsor,  // "Iran-backed", and any participle the table does not list: no party
  kOwner,    // "Greek-flagged tanker": the state's property, a target or an owner, not a doer
  kLeader,   // "Saudi-led coalition": the state leads it, the doer
  kOrigin,   // "Iranian-made drones": where it comes from, no party
  kFunder,   // "a Chinese-funded road": the state's aid, no party to what the thing does
};

class CompoundParticiples {
 public:
  static Result<CompoundParticiples> Load(const std::string& path);
  // Parses the file's text; `name` is the file named in error messages.
  static Result<CompoundParticiples> Parse(std::string_view tsv, std::string_view name);

  CompoundRole RoleOf(std::string_view participle) const;
  // The table names the participle's role itself ("US-sponsored draft": a
  // sponsor, even though a mediator is "sponsored by" in the lexicon).
  bool Lists(std::string_view participle) const;
  // The compound stands for the state's own: its property or its force
  // (owner or leader), so the state word ends an actor phrase.
  // The participle is an act of the state's own that the lexicon may read
  // ("a Chinese-funded road in Port Moresby": aid), not only a description.
  bool IsStatesAct(std::string_view participle) const { return RoleOf(participle) == CompoundRole::kFunder; }
  bool StandsForState(std::string_view participle) const {
    CompoundRole r = RoleOf(participle);
    return r == CompoundRole::kOwner || r == CompoundRole::kLeader;
  }

 private:
  StringSet owner_, leader_, origin_, funder_, sponsor_;
};

}  // namespace dyad
