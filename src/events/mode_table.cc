#include "events/mode_table.h"

#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {

Result<std::unique_ptr<ModeTable>> ModeTable::Load(const std::string& path,
                                                   const std::unordered_set<std::string>& codes) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path, codes);
}

Result<std::unique_ptr<ModeTable>> ModeTable::Parse(std::string_view tsv, std::string_view name,
                                                    const std::unordered_set<std::string>& codes) {
  auto out = std::make_unique<ModeTable>();
  Status s = ForEachTsvLine(tsv, name, kModeCount + 1, kModeCount + 1, [&](const TsvLine& line) -> Status {
    std::string act(Trim(line.fields[0]));
    if (!codes.count(act)) return line.Error("unknown CAMEO code " + act);
    std::array<std::string, kModeCount> row;
    for (size_t i = 0; i < kModeCount; ++i) {
      std::string c(Trim(line.fields[i + 1]));
      if (c != "-" && !codes.count(c)) return line.Error("unknown CAMEO code " + c);
      row[i] = c == "-" ? "" : c;
    }
    if (!out->rows_.emplace(act, row).second) return line.Error("duplicate act " + act);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

std::string ModeTable::Apply(Mode mode, std::string_view act) const {
  for (size_t n = act.size(); n >= 2; --n) {
    auto it = rows_.find(std::string(act.substr(0, n)));
    if (it != rows_.end()) return it->second[static_cast<size_t>(mode)];
  }
  return "";
}

}  // namespace dyad
