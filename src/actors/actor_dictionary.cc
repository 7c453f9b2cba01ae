#include "actors/actor_dictionary.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "text/folding.h"
#include "text/tokenizer.h"
#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {
namespace {

// Name parts never taken as a short mention of a person: English words a
// sentence may begin with, and particles of names.
const std::unordered_set<std::string>& NotShortNames() {
  static const auto* words = new std::unordered_set<std::string>{
      "he", "she", "it", "an", "a", "to", "in", "on", "at", "of", "the", "and", "or", "by", "as", "is", "be",
      "de", "la", "le", "du", "van", "von", "der", "bin", "binti", "bint", "al", "el", "abu", "ibn", "da", "do",
      "dos", "das", "di", "mr", "mrs", "ms", "dr", "jr", "sr", "ii", "iii", "may", "will", "can", "long", "young",
      "king", "prince", "sultan", "sheikh", "general", "president", "minister", "son", "man", "new", "china",
      "van", "kim", "lee", "park", "nguyen", "tran", "pham", "hoang", "vu", "vo", "dang", "bui", "do", "ho",
      "ngo", "duong", "ly", "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "sun"};
  return *words;
}

bool IsSector(std::string_view s) {
  if (s.size() != 3) return false;
  for (char c : s) {
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsActorCode(std::string_view s) {
  if (s.size() < 3 || s.size() > 12) return false;
  for (char c : s) {
    if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// What the matcher keeps for a phrase: its kind and its entry (KindOf, IndexOf).
uint32_t Payload(PhraseKind kind, size_t index) {
  return (static_cast<uint32_t>(kind) << 24) | static_cast<uint32_t>(index);
}

}  // namespace

void ActorDictionary::AddPhrase(std::string_view text, PhraseKind kind, size_t index) {
  std::string folded = FoldString(text);
  matcher_.Add(TokenTexts(folded), Payload(kind, index));
}

std::string ActorDictionary::AddAdjective(std::string_view a, size_t index,
                                          const std::vector<std::string_view>& names) {
  AddPhrase(a, PhraseKind::kCountryAdjective, index);
  // "10 Americans", "Filipinos", "Serbs", "Czechs": a plural demonym
  // names the state's people. Not for adjectives that are their own
  // plural ("Chinese", "French", "Dutch", "Swiss", "British"); a
  // "-man" compound takes "-men" ("Frenchmen", "Englishmen", not "Germen").
  std::string_view tail = a.size() > 3 ? a.substr(a.size() - 3) : std::string_view();
  bool own_plural = tail.empty() || tail == "ese" || tail.substr(1) == "sh" || tail == "nch" || tail == "tch" ||
                    tail.back() == 's' || tail.back() == 'x' || tail.back() == 'z' || tail.substr(1) == "ic";
  if (!own_plural) {
    const bool man = a.size() > 4 && (a.ends_with("sman") || a.ends_with("hman") || a.ends_with("woman"));
    std::string plural = man ? std::string(a.substr(0, a.size() - 3)) + "men" : std::string(a) + "s";
    AddPhrase(plural, PhraseKind::kCountryName, index);
    // "Philippines" is the state's name as well.
    bool name = false;
    for (std::string_view n : names) name = name || FoldString(n) == FoldString(plural);
    if (!name) plural_demonyms_.TryEmplace(FoldString(plural), 1);
    return plural;
  }
  return "";
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(const std::string& dir) {
  std::unique_ptr<ActorDictionary> d(new ActorDictionary());
  DYAD_RETURN_IF_ERROR(d->LoadCountries(dir + "/countries.tsv"));
  DYAD_RETURN_IF_ERROR(d->LoadTerritories(dir + "/territories.tsv"));
  DYAD_RETURN_IF_ERROR(d->LoadOrganisations(dir + "/organisations.tsv"));
  DYAD_RETURN_IF_ERROR(d->LoadPeople(dir + "/people.tsv", dir + "/offices.tsv"));
  DYAD_RETURN_IF_ERROR(d->LoadRoles(dir + "/roles.tsv"));
  DYAD_RETURN_IF_ERROR(d->LoadAgents(dir + "/agents.tsv"));
  DYAD_RETURN_IF_ERROR(d->LoadPlaces(dir + "/places.tsv"));
  // After the places: a former capital is one of them ("Bonn", "Rangoon").
  DYAD_RETURN_IF_ERROR(d->LoadPeriodNames(dir + "/period_names.tsv"));
  DYAD_RETURN_IF_ERROR(d->LoadGazetteer(dir + "/gazetteer.tsv"));
  Result<CompoundParticiples> compounds = CompoundParticiples::Load(dir + "/compound_participles.tsv");
  if (!compounds.ok()) return compounds.status();
  d->compound_participles_ = std::move(compounds).value();
  return d;
}

Status ActorDictionary::LoadCountries(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ForEachTsvLine(*text, path, 2, 5, [&](const TsvLine& line) -> Status {
    std::string iso(Trim(line.fields[0]));
    if (iso.size() != 3 || !IsSector(iso)) return line.Error("country code must be three capital letters: " + iso);
    if (country_index_.count(iso)) return line.Error("duplicate country " + iso);
    std::vector<std::string_view> names = SplitList(line.fields[1]);
    if (names.empty()) return line.Error("country " + iso + " has no name");
    size_t index = countries_.size();
    CountryEntry c{iso, std::string(names[0]), "", {}};
    for (std::string_view n : names) AddPhrase(n, PhraseKind::kCountryName, index);
    if (line.fields.size() > 2) {
      for (std::string_view a : SplitList(line.fields[2])) AddAdjective(a, index, names);
    }
    if (line.fields.size() > 3) {
      std::vector<std::string_view> capitals = SplitList(line.fields[3]);
      if (!capitals.empty()) c.capital = std::string(capitals[0]);
      // Every spelling names it in a dateline ("HANOI" for "Hà Nội").
      for (std::string_view a : capitals) {
        AddPhrase(a, PhraseKind::kCapital, index);
        folded_capitals_.try_emplace(FoldString(a), index);
      }
    }
    if (line.fields.size() > 4) {
      for (std::string_view f : SplitList(line.fields[4])) {
        if (!IsStateForm(f)) return line.Error("unknown form of state: " + std::string(f));
        c.forms.emplace_back(f);
      }
    }
    country_index_[iso] = index;
    countries_.push_back(std::move(c));
    return Status::Ok();
  });
}

Status ActorDictionary::LoadOrganisations(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::unordered_set<std::string> ids;
  return ForEachTsvLine(*text, path, 3, 3, [&](const TsvLine& line) -> Status {
    std::string id(Trim(line.fields[0])), code(Trim(line.fields[1]));
    if (id.empty() || !ids.insert(id).second) return line.Error("missing or duplicate organisation id: " + id);
    if (!IsActorCode(code)) return line.Error("bad CAMEO actor code: " + code);
    std::vector<std::string_view> names = SplitList(line.fields[2]);
    if (names.empty()) return line.Error("organisation " + id + " has no name");
    std::string country = country_index_.count(code.substr(0, 3)) ? code.substr(0, 3) : "";
    if (country.empty() && code.substr(0, 3) != "IGO" && code.substr(0, 3) != "NGO") {
      return line.Error("code " + code + " starts with neither a known country nor IGO/NGO");
    }
    size_t index = orgs_.size();
    orgs_.push_back({id, code, std::string(names[0]), country});
    for (std::string_view n : names) AddPhrase(n, PhraseKind::kOrganisation, index);
    return Status::Ok();
  });
}

Status ActorDictionary::LoadPeople(const std::string& people_path, const std::string& offices_path) {
  Result<std::string> text = ReadWholeFile(people_path);
  if (!text.ok()) return text.status();
  std::unordered_map<std::string, size_t> by_id;
  Status s = ForEachTsvLine(*text, people_path, 3, 4, [&](const TsvLine& line) -> Status {
    std::string id(Trim(line.fields[0])), country(Trim(line.fields[1]));
    if (id.empty() || by_id.count(id)) return line.Error("missing or duplicate person id: " + id);
    if (!country_index_.count(country)) return line.Error("unknown country " + country + " for " + id);
    std::vector<std::string_view> names = SplitList(line.fields[2]);
    if (names.empty()) return line.Error("person " + id + " has no name");
    size_t index = people_.size();
    PersonEntry p{id, country, std::string(names[0]), {}, {}};
    if (line.fields.size() > 3) {
      for (std::string_view sn : SplitList(line.fields[3])) p.short_names.push_back(FoldString(sn));
    }
    by_id[id] = index;
    // Designated short names first, so they win over name parts.
    for (const std::string& sn : p.short_names) short_names_.TryEmplace(sn, {}).first->push_back(static_cast<uint32_t>(index));
    for (std::string_view n : names) {
      AddPhrase(n, PhraseKind::kPerson, index);
      partial_names_.Add(n, static_cast<uint32_t>(index));
      std::string folded = FoldString(n);
      std::vector<std::string_view> parts = TokenTexts(folded);
      if (parts.size() < 2) continue;
      for (std::string_view part : parts) {
        std::string w(part);
        if (w.size() < 2 || NotShortNames().count(w)) continue;
        std::vector<uint32_t>& list = *short_names_.TryEmplace(w, {}).first;
        if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(static_cast<uint32_t>(index));
      }
    }
    people_.push_back(std::move(p));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  Result<std::string> offices = ReadWholeFile(offices_path);
  if (!offices.ok()) return offices.status();
  return ForEachTsvLine(*offices, offices_path, 4, 5, [&](const TsvLine& line) -> Status {
    std::string id(Trim(line.fields[0]));
    auto it = by_id.find(id);
    if (it == by_id.end()) return line.Error("office for unknown person " + id);
    OfficeEntry o;
    o.code = std::string(Trim(line.fields[1]));
    if (!IsActorCode(o.code) || o.code.size() < 6) return line.Error("bad CAMEO actor code: " + o.code);
    o.role = std::string(Trim(line.fields[2]));
    if (o.role.empty()) return line.Error("office without a role");
    o.role_folded = FoldString(o.role);
    o.start = ParseDay(Trim(line.fields[3]), false);
    if (o.start == 0) return line.Error("bad start date: " + std::string(line.fields[3]));
    std::string_view end = line.fields.size() > 4 ? Trim(line.fields[4]) : std::string_view();
    if (!end.empty()) {
      o.end = ParseDay(end, true);
      if (o.end == 0) return line.Error("bad end date: " + std::string(end));
      if (o.end < o.start) return line.Error("office ends before it starts");
    }
    people_[it->second].offices.push_back(std::move(o));
    return Status::Ok();
  });
}

std::string EnglishPlural(std::string_view noun) {
  std::string n(noun);
  auto ends = [&](std::string_view suffix) {
    return n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends("man")) return n.substr(0, n.size() - 3) + "men";
  if (ends("y") && n.size() >= 2 && std::string_view("aeiou").find(n[n.size() - 2]) == std::string_view::npos) {
    return n.substr(0, n.size() - 1) + "ies";
  }
  if (ends("x") || ends("z") || ends("ch") || ends("sh")) return n + "es";
  return n + "s";
}

Status ActorDictionary::LoadAgents(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  StringSet known;
  for (const RoleEntry& r : roles_) known.insert(r.phrase);
  // "Polish and Ukrainian agriculture ministers": a person title in the
  // plural names a group of that sector. Added after the agents file, so
  // an agent's own plural wins.
  std::vector<std::pair<std::string, std::string>> title_plurals;
  for (const RoleEntry& r : roles_) {
    if (r.kind != RoleKind::kPerson || r.phrase.empty() || r.phrase.back() == '.' || r.phrase.back() == 's') continue;
    title_plurals.emplace_back(EnglishPlural(r.phrase), r.sector);
  }
  Status s = ForEachTsvLine(*text, path, 2, 3, [&](const TsvLine& line) -> Status {
    std::string noun(Trim(line.fields[0])), sector(Trim(line.fields[1]));
    if (noun.empty()) return line.Error("empty agent noun");
    if (!IsSector(sector)) return line.Error("sector must be a three-letter CAMEO code: " + sector);
    std::string plural = line.fields.size() > 2 ? std::string(Trim(line.fields[2])) : "";
    if (plural.empty()) plural = noun.back() == 's' ? "-" : EnglishPlural(noun);
    for (const std::string& form : {noun, plural}) {
      if (form == "-") continue;
      std::string folded = FoldString(form);
      if (!known.insert(folded).second) return line.Error("\"" + form + "\" is already a role or an agent");
      size_t index = roles_.size();
      roles_.push_back({folded, sector, RoleKind::kPeople});
      AddPhrase(form, PhraseKind::kRole, index);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (const auto& [plural, sector] : title_plurals) {
    std::string folded = FoldString(plural);
    if (!known.insert(folded).second) continue;
    size_t index = roles_.size();
    roles_.push_back({folded, sector, RoleKind::kPeople});
    AddPhrase(plural, PhraseKind::kRole, index);
  }
  return Status::Ok();
}

Status ActorDictionary::LoadRoles(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ForEachTsvLine(*text, path, 3, 4, [&](const TsvLine& line) -> Status {
    std::string phrase(Trim(line.fields[0])), sector(Trim(line.fields[1])), kind(Trim(line.fields[2]));
    if (phrase.empty()) return line.Error("empty role phrase");
    if (!IsSector(sector)) return line.Error("sector must be a three-letter CAMEO code: " + sector);
    RoleKind k;
    if (kind == "person") {
      k = RoleKind::kPerson;
    } else if (kind == "org") {
      k = RoleKind::kOrg;
    } else if (kind == "people") {
      k = RoleKind::kPeople;
    } else if (kind == "side") {
      k = RoleKind::kSide;
    } else if (kind == "compound") {
      k = RoleKind::kCompound;
    } else {
      return line.Error("kind must be person, org, people, side or compound: " + kind);
    }
    std::vector<std::string> states;
    if (line.fields.size() > 3) {
      if (k != RoleKind::kCompound) return line.Error("only a compound names its states: " + phrase);
      for (std::string_view iso : SplitList(line.fields[3])) {
        if (!country_index_.count(iso)) return line.Error("unknown country " + std::string(iso));
        states.emplace_back(iso);
      }
      if (states.size() < 2) return line.Error("a compound names two states or more: " + phrase);
    }
    size_t index = roles_.size();
    roles_.push_back({FoldString(phrase), sector, k, std::move(states)});
    AddPhrase(phrase, PhraseKind::kRole, index);
    return Status::Ok();
  });
}

Status ActorDictionary::LoadTerritories(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ForEachTsvLine(*text, path, 2, 2, [&](const TsvLine& line) -> Status {
    std::string territory(Trim(line.fields[0])), state(Trim(line.fields[1]));
    if (!country_index_.count(territory)) return line.Error("unknown country " + territory);
    if (!country_index_.count(state)) return line.Error("unknown country " + state);
    if (territory == state) return line.Error(territory + " is its own state");
    if (state_of_territory_.count(state)) return line.Error(state + " is itself a territory");
    if (!state_of_territory_.try_emplace(territory, state).second) return line.Error("duplicate territory " + territory);
    return Status::Ok();
  });
}

Status ActorDictionary::LoadPeriodNames(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ForEachTsvLine(*text, path, 4, 4, [&](const TsvLine& line) -> Status {
    std::string iso(Trim(line.fields[0]));
    auto it = country_index_.find(iso);
    if (it == country_index_.end()) return line.Error("unknown country " + iso);
    const std::string_view kind = Trim(line.fields[1]);
    if (kind != "adjective" && kind != "capital") {
      return line.Error("kind must be adjective or capital: " + std::string(kind));
    }
    const Day last = ParseDay(Trim(line.fields[3]), true);
    if (last == 0) return line.Error("bad last day (want YYYY-MM-DD): " + std::string(Trim(line.fields[3])));
    std::vector<std::string_view> names = SplitList(line.fields[2]);
    if (names.empty()) return line.Error(iso + " has no name");
    const std::vector<std::string_view> state_names = {std::string_view(countries_[it->second].name)};
    for (std::string_view n : names) {
      if (kind == "adjective") {
        std::string plural = AddAdjective(n, it->second, state_names);
        for (const std::string& form : {FoldString(n), FoldString(plural)}) {
          if (!form.empty()) period_names_.push_back({matcher_.Intern(TokenTexts(form)), last, 0});
        }
        continue;
      }
      // A former capital: its phrase, with a first word no text spells, is
      // the state's capital; stories up to `last` write that word for it.
      const std::string folded = FoldString(n);
      std::vector<std::string_view> words = TokenTexts(folded);
      if (words.empty()) return line.Error("empty name");
      const std::string first = "\x01" + std::string(words[0]);
      std::vector<std::string_view> marked = words;
      marked[0] = first;
      matcher_.Add(marked, Payload(PhraseKind::kCapital, it->second));
      const std::vector<uint32_t> ids = matcher_.Intern(words);
      if (ids.empty() || ids[0] == PhraseMatcher::kUnknownToken) {
        return line.Error("former capital " + std::string(n) + " is no place of places.tsv");
      }
      period_names_.push_back({ids, last, matcher_.Intern({first})[0]});
    }
    return Status::Ok();
  });
}

std::string_view ActorDictionary::StateOf(std::string_view iso3) const {
  auto it = state_of_territory_.find(iso3);
  return it == state_of_territory_.end() ? iso3 : std::string_view(it->second);
}

Status ActorDictionary::LoadPlaces(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ForEachTsvLine(*text, path, 2, 2, [&](const TsvLine& line) -> Status {
    std::string country(Trim(line.fields[0]));
    if (country == "-") country.clear();  // no state's: "South China Sea", "Scarborough Shoal"
    if (!country.empty() && !country_index_.count(country)) return line.Error("unknown country " + country);
    std::vector<std::string_view> names = SplitList(line.fields[1]);
    if (names.empty()) return line.Error("place without a name");
    size_t index = places_.size();
    places_.push_back({std::string(names[0]), country});
    for (std::string_view n : names) {
      AddPhrase(n, PhraseKind::kPlace, index);
      folded_places_.try_emplace(FoldString(n), index);
    }
    return Status::Ok();
  });
}

Status ActorDictionary::LoadGazetteer(const std::string& path) {
  StringMap<size_t> known;  // "country\tfolded canonical name"
  for (const PlaceEntry& p : places_) known.try_emplace(p.country + "\t" + FoldString(p.name), 0);
  for (const CountryEntry& c : countries_) {
    if (!c.capital.empty()) known.try_emplace(c.iso3 + "\t" + FoldString(c.capital), 0);
  }
  Result<Gazetteer> g = Gazetteer::Load(path, [&](std::string_view country, std::string_view name) {
    return known.count(std::string(country) + "\t" + FoldString(name)) > 0;
  });
  if (!g.ok()) return g.status();
  gazetteer_ = std::move(g).value();
  place_points_.clear();
  for (const PlaceEntry& p : places_) place_points_.push_back(gazetteer_.Find(p.country, p.name));
  capital_points_.clear();
  for (const CountryEntry& c : countries_) {
    capital_points_.push_back(c.capital.empty() ? nullptr : gazetteer_.Find(c.iso3, c.capital));
  }
  return Status::Ok();
}

const PlaceEntry* ActorDictionary::PlaceByFoldedName(std::string_view folded) const {
  auto it = folded_places_.find(folded);
  return it == folded_places_.end() ? nullptr : &places_[it->second];
}

namespace {

EventLocation LocationAt(const std::string& name, const std::string& country, const GeoPoint* point) {
  EventLocation l;
  l.name = name;
  l.country = country;
  if (point != nullptr) {
    l.kind = point->kind;
    l.lat = point->lat;
    l.lon = point->lon;
    l.has_point = true;
    l.geonames_id = point->geonames_id;
  }
  return l;
}

}  // namespace

// The points are filled by LoadGazetteer, which Load always runs.
EventLocation ActorDictionary::PlaceLocation(const PlaceEntry& place) const {
  return LocationAt(place.name, place.country, place_points_[static_cast<size_t>(&place - places_.data())]);
}

EventLocation ActorDictionary::CapitalLocation(const CountryEntry& country) const {
  return LocationAt(country.capital, country.iso3, capital_points_[static_cast<size_t>(&country - countries_.data())]);
}

const CountryEntry* ActorDictionary::CountryByIso(std::string_view iso3) const {
  auto it = country_index_.find(iso3);
  return it == country_index_.end() ? nullptr : &countries_[it->second];
}

const CountryEntry* ActorDictionary::CountryByFoldedCapital(std::string_view folded) const {
  auto it = folded_capitals_.find(folded);
  return it == folded_capitals_.end() ? nullptr : &countries_[it->second];
}

const std::vector<uint32_t>* ActorDictionary::PeopleByShortName(std::string_view folded) const {
  return short_names_.Find(folded);
}

bool ActorDictionary::IsDesignatedShortName(uint32_t person, std::string_view folded) const {
  for (const std::string& s : people_[person].short_names) {
    if (s == folded) return true;
  }
  return false;
}

const OfficeEntry* ActorDictionary::OfficeOn(const PersonEntry& person, Day day) const {
  if (day != 0) {
    for (const OfficeEntry& o : person.offices) {
      if (o.ActiveOn(day)) return &o;
    }
    return nullptr;  // no office we know of then: code by country alone
  }
  // Unknown date: a current office in precedence order, else the one that
  // ended last.
  for (const OfficeEntry& o : person.offices) {
    if (o.end == 0) return &o;
  }
  const OfficeEntry* latest = nullptr;
  for (const OfficeEntry& o : person.offices) {
    if (latest == nullptr || o.end > latest->end) latest = &o;
  }
  return latest;
}

std::string ActorDictionary::CodeOn(const PersonEntry& person, Day day) const {
  const OfficeEntry* o = OfficeOn(person, day);
  return o != nullptr ? o->code : person.country;
}

}  // namespace dyad
