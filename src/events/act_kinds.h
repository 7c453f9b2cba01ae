// What kind of act a noun names (data/events/act_kinds.tsv): "the invasion"
// is an armed act (19), "the seizure" a coercive one (17). A reaction to an
// act named by its noun ("Cuba condemned the invasion") answers the state
// whose coded act of that kind the story told, however far back, before the
// latest hostile act of any kind ("Panamanian troops shot an officer").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "util/string_hash.h"

namespace dyad {

class ActKinds {
 public:
  static Result<ActKinds> Load(const std::string& path);
  // Parses the file's text; `name` is the file named in error messages.
  static Result<ActKinds> Parse(std::string_view tsv, std::string_view name);

  // The CAMEO code prefixes an act named by `noun` is coded with, or null
  // when the noun names no kind ("move", "decision": any act).
  const std::vector<std::string>* PrefixesOf(std::string_view noun) const;
  // True when an act coded `cameo` is of the kind `noun` names.
  bool Names(std::string_view noun, std::string_view cameo) const;

 private:
  StringMap<std::vector<std::string>> prefixes_;
};

}  // namespace dyad
