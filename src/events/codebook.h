// The CAMEO codebook: every event code with its name, Goldstein value, quad
// class and PLOVER category, loaded from data/events/cameo.tsv.
//
// Thread safety: immutable after Load.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct CameoCode {
  std::string code;
  std::string name;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover;  // "" where CAMEO has none
};

class Codebook {
 public:
  static Result<std::unique_ptr<Codebook>> Load(const std::string& path);
  static Result<std::unique_ptr<Codebook>> Parse(std::string_view tsv, std::string_view name);

  // nullptr for unknown codes.
  const CameoCode* Find(std::string_view code) const;
  size_t size() const { return codes_.size(); }
  std::vector<std::string> Codes() const;

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace dyad
