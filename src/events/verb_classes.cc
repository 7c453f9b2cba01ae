#include "events/verb_classes.h"

#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {

Result<VerbClasses> VerbClasses::Load(const std::string& path) { return ParseFile<VerbClasses>(path); }

Result<VerbClasses> VerbClasses::Parse(std::string_view tsv, std::string_view name) {
  VerbClasses out;
  Status s = ParseNamedWordLists(tsv, name,
                                 {{"doing", &out.doing_},
                                  {"reaction", &out.reaction_},
                                  {"answer", &out.answer_},
                                  {"adjectival_participle", &out.adjectival_participle_},
                                  {"fellow", &out.fellow_},
                                  {"bridge", &out.bridge_},
                                  {"benefactive", &out.benefactive_},
                                  {"giving", &out.giving_},
                                  {"third_party", &out.third_party_},
                                  {"taking", &out.taking_},
                                  {"shared", &out.shared_},
                                  {"accompanying", &out.accompanying_},
                                  {"insert", &out.insert_},
                                  {"foe", &out.foe_}},
                                 /*one_list_per_word=*/false);
  if (!s.ok()) return s;
  return out;
}

}  // namespace dyad
