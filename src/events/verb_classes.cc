#include "events/verb_classes.h"

#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {

Result<VerbClasses> VerbClasses::Load(const std::string& path) { return ParseFile<VerbClasses>(path); }

Result<VerbClasses> VerbClasses::Parse(std::string_view tsv, std::string_view name) {
  VerbClasses out;
  const std::pair<std::string_view, StringSet*> classes[] = {{"doing", &out.doing_},
                                                             {"reaction", &out.reaction_},
                                                             {"answer", &out.answer_},
                                                             {"adjectival_participle", &out.adjectival_participle_},
                                                             {"fellow", &out.fellow_}};
  StringSet seen;
  Status s = ForEachTsvLine(tsv, name, 2, 2, [&](const TsvLine& line) -> Status {
    StringSet* words = nullptr;
    for (const auto& [class_name, set] : classes) {
      if (line.fields[0] == class_name) words = set;
    }
    if (words == nullptr) return line.Error("unknown class " + std::string(line.fields[0]));
    if (!seen.insert(std::string(line.fields[0])).second) {
      return line.Error("class " + std::string(line.fields[0]) + " listed twice");
    }
    for (std::string_view w : SplitList(line.fields[1])) {
      for (char c : w) {
        if (c < 'a' || c > 'z') return line.Error("lower-case word forms: " + std::string(w));
      }
      words->emplace(w);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (const auto& [class_name, set] : classes) {
    if (!seen.contains(class_name)) return Status::InvalidArgument(std::string(name) + ": class " + std::string(class_name) + " missing");
  }
  return out;
}

}  // namespace dyad
