// The actor dictionaries: states, organisations, people with their offices
// over time, role nouns and places, loaded from data/actors/*.tsv and compiled
// into one phrase matcher over folded tokens.
//
// Thread safety: immutable after Load; share one instance across threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/compound_participles.h"
#include "actors/gazetteer.h"
#include "actors/partial_names.h"
#include "actors/phrase_matcher.h"
#include "dyad/records.h"
#include "dyad/status.h"
#include "util/day.h"
#include "util/flat_map.h"
#include "util/string_hash.h"

namespace dyad {

enum class PhraseKind : uint8_t { kCountryName = 1, kCountryAdjective, kCapital, kOrganisation, kPerson, kRole, kPlace };

enum class RoleKind : uint8_t { kPerson, kOrg, kPeople, kSide, kCompound };

// The nouns few states answer to, which alone describe one ("the emirate"):
// the forms of countries.tsv.
inline bool IsStateForm(std::string_view w) {
  return w == "kingdom" || w == "emirate" || w == "sultanate" || w == "archipelago";
}

struct CountryEntry {
  std::string iso3;
  std::string name;     // canonical short name
  std::string capital;  // canonical capital name, "" if none listed
  // What the state answers to alone ("emirate", "kingdom"): countries.tsv's
  // fifth column.
  std::vector<std::string> forms;
  bool HasForm(std::string_view form) const {
    for (const std::string& f : forms) {
      if (f == form) return true;
    }
    return false;
  }
};

struct OrgEntry {
  std::string id;
  std::string code;     // CAMEO actor code ("VNMPTY", "IGOUNO")
  std::string name;
  std::string country;  // ISO alpha-3 when the code starts with one, else ""
};

struct OfficeEntry {
  std::string code;         // "CHNGOV"
  std::string role;         // "President of China"
  std::string role_folded;  // for matching titles against offices
  Day start = 0;
  Day end = 0;              // 0: still in office
  bool ActiveOn(Day d) const { return d >= start && (end == 0 || d <= end); }
};

struct PersonEntry {
  std::string id;
  std::string country;
  std::string name;
  std::vector<std::string> short_names;  // folded; how the data says later mentions name them
  std::vector<OfficeEntry> offices;      // in order of precedence
};

struct RoleEntry {
  std::string phrase;
  std::string sector;  // CAMEO sector code, "GOV"
  RoleKind kind;
  // A compound that names its states ("the two Koreas": KOR, PRK); empty
  // for one that means the story's pair ("both countries").
  std::vector<std::string> states = {};
};

struct PlaceEntry {
  std::string name;
  std::string country;  // "" for a place that is no state's (international waters, disputed features)
};

// A name a state went by only until a day: "Soviet" (RUS, until 1991-12-25),
// or a former capital that stood for its government ("Bonn", "Rangoon"). In
// later stories it tells history ("Soviet-era") or names a city, so the actor
// stage reads it as the state only in stories published by `last`.
struct PeriodName {
  std::vector<uint32_t> ids;  // the folded phrase, interned in the matcher
  Day last = 0;
  // For a former capital, the id its first word takes in those stories: the
  // matcher knows the phrase opening with it as the state's capital. 0 for an
  // adjective, which the dictionary knows as such and later stories forget.
  uint32_t capital_first = 0;
};

// "vessel" -> "vessels", "ferry" -> "ferries", "fisherman" -> "fishermen".
std::string EnglishPlural(std::string_view noun);

class ActorDictionary {
 public:
  // Loads every dictionary file under `dir` (data/actors). The first bad line
  // gives InvalidArgument naming file and line.
  static Result<std::unique_ptr<ActorDictionary>> Load(const std::string& dir);

  const PhraseMatcher& matcher() const { return matcher_; }
  static PhraseKind KindOf(uint32_t payload) { return static_cast<PhraseKind>(payload >> 24); }
  static uint32_t IndexOf(uint32_t payload) { return payload & 0xFFFFFF; }

  const std::vector<CountryEntry>& countries() const { return countries_; }
  const std::vector<OrgEntry>& organisations() const { return orgs_; }
  const std::vector<PersonEntry>& people() const { return people_; }
  const std::vector<RoleEntry>& roles() const { return roles_; }
  const std::vector<PlaceEntry>& places() const { return places_; }
  // period_names.tsv: adjectives with their plural demonyms, and former capitals.
  const std::vector<PeriodName>& period_names() const { return period_names_; }
  // What a state joined by a hyphen to a participle is to the thing named
  // ("Chinese-owned", "Saudi-led", "Iranian-made"): compound_participles.tsv.
  const CompoundParticiples& compound_participles() const { return compound_participles_; }
  // People named by a shortening of a full name ("Tayyip Erdoğan").
  const PartialNames& partial_names() const { return partial_names_; }

  const CountryEntry* CountryByIso(std::string_view iso3) const;
  // The state events code `iso3` as: a dependent territory's state
  // (territories.tsv: FLK is GBR, GUM is USA), else `iso3` itself.
  std::string_view StateOf(std::string_view iso3) const;
  // The first country (in file order) whose capital folds to `folded`.
  const CountryEntry* CountryByFoldedCapital(std::string_view folded) const;
  // The first place (in file order) one of whose names folds to `folded`;
  // nullptr when none does (datelines are looked up so).
  const PlaceEntry* PlaceByFoldedName(std::string_view folded) const;
  // A place or a country's capital as an event location, with the
  // gazetteer's point when it has one. `place` and `country` are entries of
  // places() and countries().
  EventLocation PlaceLocation(const PlaceEntry& place) const;
  EventLocation CapitalLocation(const CountryEntry& country) const;

  // People a single folded token may refer to once their full name has been
  // seen in the story: designated short names, then name parts.
  const std::vector<uint32_t>* PeopleByShortName(std::string_view folded) const;
  // True when `folded` is one of the person's designated short names.
  bool IsDesignatedShortName(uint32_t person, std::string_view folded) const;
  // True when `folded` is a plural demonym ("turks", "filipinos"): a state's
  // people, not its government.
  bool IsPluralDemonym(std::string_view folded) const { return plural_demonyms_.Find(folded) != nullptr; }

  // The office that codes the person on `day` (first active in precedence
  // order), nullptr when none we know of was; when `day` is 0 (unknown), the
  // current office, else the latest.
  const OfficeEntry* OfficeOn(const PersonEntry& person, Day day) const;
  // The CAMEO code for the person on `day`, falling back to the country.
  std::string CodeOn(const PersonEntry& person, Day day) const;

 private:
  Status LoadCountries(const std::string& path);
  Status LoadTerritories(const std::string& path);
  Status LoadPeriodNames(const std::string& path);
  Status LoadOrganisations(const std::string& path);
  Status LoadPeople(const std::string& people_path, const std::string& offices_path);
  Status LoadRoles(const std::string& path);
  Status LoadAgents(const std::string& path);
  Status LoadPlaces(const std::string& path);
  Status LoadGazetteer(const std::string& path);
  void AddPhrase(std::string_view text, PhraseKind kind, size_t index);
  // Adds a state's adjective and, unless it is its own plural, its plural
  // demonym, which it returns ("" when none).
  std::string AddAdjective(std::string_view adjective, size_t index, const std::vector<std::string_view>& names);

  PhraseMatcher matcher_;
  std::vector<CountryEntry> countries_;
  std::vector<OrgEntry> orgs_;
  std::vector<PersonEntry> people_;
  std::vector<RoleEntry> roles_;
  std::vector<PlaceEntry> places_;
  std::vector<PeriodName> period_names_;
  StringMap<size_t> folded_places_;  // every name of a place, first in file order wins
  Gazetteer gazetteer_;
  // The gazetteer's point of each place and capital, looked up once at load
  // (an event's location is asked for every event), nullptr when none.
  std::vector<const GeoPoint*> place_points_;    // by index in places_
  std::vector<const GeoPoint*> capital_points_;  // by index in countries_
  CompoundParticiples compound_participles_;
  PartialNames partial_names_;
  StringMap<size_t> country_index_;
  StringMap<std::string> state_of_territory_;  // territories.tsv
  StringMap<size_t> folded_capitals_;  // looked up for every story's dateline
  FlatStringMap<std::vector<uint32_t>> short_names_;  // asked for every unmatched capitalised token
  FlatStringMap<char> plural_demonyms_;                // folded
};

}  // namespace dyad
