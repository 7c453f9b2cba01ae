// What an act becomes under a modality (data/events/mode_codes.tsv): "pledged
// to hold talks" is 036, "threatened to impose sanctions" 1312, "refused to
// release" 1243. Rows are keyed by a CAMEO prefix of the act; the longest
// prefix that matches decides.
//
// Thread safety: immutable after Load.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "dyad/status.h"

namespace dyad {

enum class Mode : uint8_t { kIntent, kAppeal, kDemand, kReject, kThreaten, kHalt, kAttempt };
inline constexpr size_t kModeCount = 7;

class ModeTable {
 public:
  // Every code in the file must be in `codes`; a bad line names file and line.
  static Result<std::unique_ptr<ModeTable>> Load(const std::string& path, const std::unordered_set<std::string>& codes);
  static Result<std::unique_ptr<ModeTable>> Parse(std::string_view tsv, std::string_view name,
                                                  const std::unordered_set<std::string>& codes);

  // The code `act` becomes under `mode`, "" for no event.
  std::string Apply(Mode mode, std::string_view act) const;

 private:
  std::unordered_map<std::string, std::array<std::string, kModeCount>> rows_;
};

}  // namespace dyad
