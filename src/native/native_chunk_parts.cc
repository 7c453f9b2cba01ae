#include "native/native_chunk_parts.h"

#include "native/native_actors.h"
#include "text/folding.h"

namespace dyad {
namespace {

ResolvedActor PersonActor(const ActorDictionary& dict, int person, Day day) {
  const PersonEntry& p = dict.people()[static_cast<size_t>(person)];
  ResolvedActor a;
  a.person = person;
  a.actor_id = p.id;
  a.name = p.name;
  a.country = p.country;
  a.code = dict.CodeOn(p, day);
  if (const OfficeEntry* office = dict.OfficeOn(p, day)) a.role = office->role;
  a.sector = a.code.size() > 3 ? a.code.substr(3) : "";
  return a;
}

}  // namespace

// A word in capitals only, such as a registration ("BĐ", "QNg" is not one).
bool IsUpperWord(const NativeToken& t, const std::string& text) {
  std::string_view raw = std::string_view(text).substr(t.begin, t.end - t.begin);
  std::string folded = FoldString(raw);
  if (folded.empty() || folded.size() > 4) return false;
  for (size_t i = 0; i < raw.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

// Capitalised words the lexicon does not know, after a title or a group:
// the surname of a person the actor dictionary knows ("Thủ tướng Takaichi
// Sanae": Takaichi), else a place of a state ("ngư dân Bình Định": Việt Nam's
// fishermen). Only an answer that is one person or one place counts.
void ResolveUnknownName(const ActorDictionary& dict, const std::string& text, const std::vector<NativeToken>& tokens,
                        Day day, ChunkParts* parts) {
  int person = -1;
  for (uint32_t t : parts->name_tokens) {
    std::string folded = FoldString(std::string_view(text).substr(tokens[t].begin, tokens[t].end - tokens[t].begin));
    const std::vector<uint32_t>* people = dict.PeopleByShortName(folded);
    if (people == nullptr || people->empty()) continue;
    // A name two people share ("Abe": Shinzo, and Shintaro in the 1980s) is
    // the one in office on the story's day, as in English, and no one when
    // both or neither are.
    uint32_t one = (*people)[0];
    if (people->size() > 1) {
      int in_office = 0;
      for (uint32_t p : *people) {
        if (day != 0 && dict.OfficeOn(dict.people()[p], day) != nullptr) ++in_office, one = p;
      }
      if (in_office != 1) continue;
    }
    // "Người phát ngôn Hải cảnh Trung Quốc Lưu Đức Quân": the title's state
    // is the holder's; a namesake of another state is someone else.
    const std::string& state = !parts->state.empty() ? parts->state : parts->org_country;
    if (!state.empty() && dict.people()[one].country != state) return;
    if (person >= 0 && person != static_cast<int>(one)) return;  // two people: no one
    person = static_cast<int>(one);
  }
  if (person >= 0) {
    parts->person = person;
    return;
  }
  if (!parts->state.empty() || parts->name_tokens.empty() || parts->numbered) return;
  const NativeToken& first = tokens[parts->name_tokens.front()];
  const NativeToken& last = tokens[parts->name_tokens.back()];
  const PlaceEntry* place = dict.PlaceByFoldedName(FoldString(std::string_view(text).substr(first.begin, last.end - first.begin)));
  if (place != nullptr && !place->country.empty()) parts->state = place->country;
}

std::vector<ResolvedActor> ResolveParts(const ChunkParts& parts, const ActorDictionary& dict, Day day,
                                        const std::string& home, bool chinese, TitleMemory* by_title, std::string* how) {
  std::vector<ResolvedActor> actors;
  if (parts.person >= 0) {
    actors.push_back(PersonActor(dict, parts.person, day));
    *how = "dictionary";
    if (parts.title != nullptr) by_title->Remember(*parts.title, actors.back());
  } else if (parts.pair != nullptr) {
    *how = "pair";
    const NativeEntry* of = parts.org != nullptr ? parts.org : parts.title != nullptr ? parts.title : parts.group;
    const std::string sector = of != nullptr ? of->sector : "";
    if (!parts.pair->country.empty()) {
      actors.push_back(StateActor(dict, parts.pair->country.substr(0, 3), sector));
      actors.push_back(StateActor(dict, parts.pair->country.substr(4, 3), sector));
    }
  } else if (parts.title != nullptr || parts.org != nullptr || parts.group != nullptr) {
    const NativeEntry* sector_from = parts.title != nullptr ? parts.title
                                     : parts.org != nullptr ? parts.org
                                                            : parts.group;
    std::string country = parts.state;
    *how = "title";
    if (country.empty()) country = parts.org_country;
    if (country.empty() && parts.title != nullptr && !parts.unknown_name) {
      if (const ResolvedActor* earlier = by_title->Recall(*parts.title)) {
        actors.push_back(*earlier);
        *how = "coreference";
      }
    }
    // "ngư dân" alone in Vietnamese copy: the outlet's own fishermen.
    bool home_word = (parts.org != nullptr && parts.org->home) ||
                     (parts.title != nullptr && parts.title->home && !parts.unknown_name) ||
                     (parts.group != nullptr && parts.group->home && parts.org == nullptr && parts.title == nullptr);
    if (actors.empty() && country.empty() && home_word && !home.empty()) {
      country = home;
      *how = "home";
    }
    if (actors.empty() && !country.empty()) {
      actors.push_back(StateActor(dict, country, sector_from->sector));
      // In Vietnamese a title resolved to the outlet's state stands only if the
      // story names that state (below): it is not remembered, or a later bare
      // title would copy it as if the story had.
      if (parts.title != nullptr && !parts.unknown_name && (*how != "home" || chinese)) {
        by_title->Remember(*parts.title, actors.back());
      }
    }
  } else if (!parts.state.empty()) {
    actors.push_back(StateActor(dict, parts.state, parts.state_sector));
    *how = "dictionary";
  }
  return actors;
}

}  // namespace dyad
