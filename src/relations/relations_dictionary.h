// The architecture of relationships between states, as reviewed data
// (data/relations/): the named levels of partnership and each pair's history
// of them, the standing mechanisms between states and ruling parties, and the
// frameworks, initiatives and agreements news names. Facts with dates, like
// offices: what level ties were at on a day, which channels a pair has, which
// frameworks both belong to.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// A named level of partnership ("comprehensive strategic partnership"), with
// its rank on the ladder (0 ties severed … 14 alliance; higher is closer) and
// the phrasings news uses for it.
struct PartnershipLevel {
  std::string id;
  int rank = 0;
  std::vector<std::string> names;
  // A vision laid over the pair's partnership rather than a rung that
  // replaces it ("a community with a shared future", built on the
  // comprehensive strategic cooperative partnership): in the history, never
  // the level itself.
  bool designation = false;
};

// A pair's level from a day on; the pair is unordered (a < b after loading).
struct PartnershipChange {
  std::string a, b;
  std::string level;  // a PartnershipLevel id
  std::string since;  // YYYY, YYYY-MM or YYYY-MM-DD
  std::string note;   // "" when none
  std::string confidence;
};

// A standing mechanism: a steering committee, a "2+2" or "3+3" dialogue, a
// border committee, a hotline, a party-to-party channel, an annual summit.
struct Mechanism {
  std::string id, kind;
  std::vector<std::string> members;  // ISO3 codes, or party codes ("VNMPTY")
  std::string founded;               // "" when not known
  std::vector<std::string> names;
  std::string confidence;
};

// A framework, initiative, agreement, strategy or grouping (BRI, RCEP, UNCLOS).
struct Framework {
  std::string id, kind;
  std::vector<std::string> parties;  // ISO3 codes; empty for an open, near-universal one ("*")
  std::string started;               // "" when not known
  std::vector<std::string> names;
  std::string confidence;
};

class RelationsDictionary {
 public:
  // Loads partnership_levels.tsv, partnerships.tsv, mechanisms.tsv and
  // frameworks.tsv from `dir`. `is_state` says whether an ISO3 code is a
  // state of the actor dictionary. A bad line is an error naming the file
  // and line: an unknown state, level or kind, a malformed date, a duplicate.
  static Result<RelationsDictionary> Load(const std::string& dir,
                                          const std::function<bool(std::string_view)>& is_state);

  const std::vector<PartnershipLevel>& levels() const { return levels_; }
  const std::vector<PartnershipChange>& partnerships() const { return partnerships_; }
  const std::vector<Mechanism>& mechanisms() const { return mechanisms_; }
  const std::vector<Framework>& frameworks() const { return frameworks_; }

  const PartnershipLevel* Level(std::string_view id) const;
  // The pair's changes of level, oldest first, in either order of the pair.
  std::vector<const PartnershipChange*> LevelHistory(std::string_view x, std::string_view y) const;
  // The level in effect on `date` (YYYY-MM-DD; a change dated only by year or
  // month counts from its first day), designations aside; nullptr when none
  // is known by then.
  const PartnershipChange* LevelOn(std::string_view x, std::string_view y, std::string_view date) const;
  // Mechanisms whose members include both states (a party code counts for
  // its state: VNMPTY for VNM).
  std::vector<const Mechanism*> MechanismsOf(std::string_view x, std::string_view y) const;
  // The level a sentence says ties were moved to ("elevated ties to a
  // comprehensive strategic partnership", "severed diplomatic relations"):
  // the longest level name the sentence writes, when it also writes a word
  // of change (elevate, upgrade, establish, restore, downgrade, sever …);
  // nullptr when it writes none. Case is ignored.
  const PartnershipLevel* LevelChangeIn(std::string_view sentence) const;
  // Frameworks both states are parties to, and one state's own initiatives
  // and strategies (the BRI for China and any partner); not the open ones.
  std::vector<const Framework*> FrameworksOf(std::string_view x, std::string_view y) const;

 private:
  std::vector<PartnershipLevel> levels_;
  std::vector<PartnershipChange> partnerships_;  // sorted by pair, then date
  std::vector<Mechanism> mechanisms_;
  std::vector<Framework> frameworks_;
};

// YYYY, YYYY-MM or YYYY-MM-DD with a real month and day.
bool IsPartialDate(std::string_view date);

}  // namespace dyad
