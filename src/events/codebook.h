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

// The root of a CAMEO code or prefix ("1712" -> 17, "04" -> 4); codes are
// validated on load, so the first two characters are digits.
inline int RootOf(std::string_view code) {
  return code.size() < 2 ? 0 : (code[0] - '0') * 10 + (code[1] - '0');
}

// Aid given (07x) or promised (033x): "sent relief to", "pledged $40 million".
inline bool IsAid(std::string_view code) { return RootOf(code) == 7 || code.rfind("033", 0) == 0; }

// An act addressed to another state, which a state takes up or turns down:
// an appeal (02x), an offer (03x) or a demand (10x).
inline bool IsAddressed(std::string_view code) {
  const int root = RootOf(code);
  return root == 2 || root == 3 || root == 10;
}

// An act two states do together, each with the other: consultation (040),
// a meeting elsewhere (044), negotiation (046), an agreement signed (057).
inline bool IsMutualCode(std::string_view code) {
  return code.rfind("040", 0) == 0 || code.rfind("044", 0) == 0 || code.rfind("046", 0) == 0 ||
         code.rfind("057", 0) == 0;
}

// An act one party does to another and two do to each other only when the
// text says so ("accused each other"): appeals, aid, investigations,
// demands, disapproval, rejection, threats, protest, coercion and assault.
// "Both Vietnam and China are socialist countries" is none of these between
// the two; talks, cooperation, pledges, concessions, ruptures and fighting
// are as often mutual ("Iran and Iraq clashed", "… agreed to cooperate").
inline bool IsOneWayRoot(int root) {
  return root == 2 || root == 7 || root == 9 || root == 10 || root == 11 || root == 12 || root == 13 || root == 14 ||
         root == 17 || root == 18;
}

// A reaction to another's act: disapproval (11x) or protest (14x), whose
// object may be the act itself ("condemned the Israeli air strikes on Syria").
inline bool IsReactionRoot(int root) { return root == 11 || root == 14; }

// A stance taken on another's act: a reaction, or support voiced for it
// (051, 052: "Britain defended the US raid on Libya").
inline bool IsStanceCode(std::string_view code) {
  const int root = RootOf(code);
  return IsReactionRoot(root) || code.rfind("051", 0) == 0 || code.rfind("052", 0) == 0;
}

// A visit (042) or a show or deployment of force (15x): an act that takes
// its doer to the place it names ("flew to Doha", "sent troops to the border").
inline bool IsMovement(std::string_view code) { return code.rfind("042", 0) == 0 || RootOf(code) == 15; }

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
