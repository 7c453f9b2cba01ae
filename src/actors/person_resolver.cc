// DocumentResolver's people named other than by a full name of the
// dictionary: the person a chunk's short name stands for ("Biden" after "Joe
// Biden", "President Ford" in 1975) and the person a name no dictionary knows
// is, under a title or before an apposition of a state word ("Prime Minister
// Olafur Johannesson", "Bruce Lowrance, an American tourist,"); with
// PersonActor, a dictionary person as an actor. Split from chunk_resolver.cc,
// whose ResolveChunk calls them.
#include "actors/document_resolver.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

ResolvedActor DocumentResolver::PersonActor(uint32_t p) const {
  const PersonEntry& pe = dict_.people()[p];
  ResolvedActor a;
  a.person = static_cast<int>(p);
  a.actor_id = pe.id;
  a.name = pe.name;
  a.country = pe.country;
  a.sector = "GOV";
  return a;
}

bool DocumentResolver::ResolveShortName(const RawChunk& rc, const ChunkElement* short_name,
                                        const ChunkElement* person_title, const std::string& titles_text,
                                        ActorChunk* c) {
  c->head = short_name->begin;
  std::string w(d_.text(short_name->begin));
  auto local = local_short_.find(w);
  if (local != local_short_.end()) {
    c->actors.push_back(local->second);
  } else {
    const std::vector<uint32_t>* people = dict_.PeopleByShortName(w);
    const PersonMemory* best = nullptr;
    bool best_designated = false;
    for (uint32_t p : *people) {
      if (!seen_people_.count(p)) continue;
      const PersonMemory& m = people_memory_.at(dict_.people()[p].id);
      bool designated = dict_.IsDesignatedShortName(p, w);
      if (best == nullptr || (designated && !best_designated) ||
          (designated == best_designated && m.last_token > best->last_token)) {
        best = &m, best_designated = designated;
      }
    }
    if (best == nullptr) {
      int unique = UniqueShortName(w, *people);
      if (unique < 0 && person_title != nullptr && dict_.roles()[person_title->index].sector != "MIL") {
        unique = TitledOfficeholder(*people, dict_.roles()[person_title->index].phrase);
      }
      if (unique < 0) return false;
      ResolvedActor a = PersonActor(static_cast<uint32_t>(unique));
      c->actors.push_back(a);
      seen_people_.insert(static_cast<uint32_t>(unique));
      Remember(c->actors.back(), titles_text, rc.begin);
      c->how = "dictionary";
      return true;
    }
    c->actors.push_back(best->actor);
  }
  c->how = "coreference";
  Remember(c->actors[0], titles_text, rc.begin);
  return true;
}

bool DocumentResolver::ResolveUnknownName(int sentence, const RawChunk& rc, const ChunkElement* unknown,
                                          const ChunkElement* person_title, const ChunkElement* org,
                                          const ChunkElement* org_title, const std::string& titles_text,
                                          std::string country, ActorChunk* c) {
  // "REYKJAVIK, May 20 (AFP) - … Prime Minister Olafur Johannesson
  // condemned": agency copy names a foreign official with the state's word
  // and one of the country it files from without: an office of its
  // government, parliament or ruling party, not a general or a reporter.
  // (A national agency's own officials abroad, "ISTANBUL (TASS) - Deputy
  // Defence Minister Alexander Fomin", measured worse taken as its state's
  // than as the dateline's: its reporters abroad name their hosts bare too.)
  if (country.empty() && person_title != nullptr && !rc.apposed_name) {
    const std::string& sector = dict_.roles()[person_title->index].sector;
    // Not a title the chunker split from its state ("U.S. Under-Secretary
    // of State Joseph Sisco"): a capitalised word or a hyphen before it.
    const bool split = rc.begin > 0 && (d_.capitalized[rc.begin - 1] || d_.text(rc.begin - 1) == "-");
    // "In Pretoria, Defence Minister Magnus Malan said": a place that opens
    // the sentence is where the official speaks from.
    if ((sector == "GOV" || sector == "LEG" || sector == "PTY") && !split) {
      country = LeadingPlaceOfCrowd(sentence, rc.begin);
      if (country.empty()) country = SpeechCapitalAfter(rc.end);
      if (country.empty()) country = DatelineCountry();
    }
  }
  // A view on both sides: a std::string against "" would make a temporary
  // string that the view outlives.
  const std::string_view title =
      person_title != nullptr ? std::string_view(dict_.roles()[person_title->index].phrase) : std::string_view();
  if (const int known = KnownPersonSpeltOtherwise(unknown->begin, unknown->end, title); known >= 0) {
    c->head = unknown->end - 1;
    ResolvedActor a = PersonActor(static_cast<uint32_t>(known));
    a.role = titles_text;
    c->actors.push_back(std::move(a));
    c->how = "dictionary";
    seen_people_.insert(static_cast<uint32_t>(known));
    Remember(c->actors.back(), titles_text, rc.begin);
    return true;
  }
  c->head = unknown->begin;
  ResolvedActor a;
  a.name = RawText(doc_, d_, unknown->begin, unknown->end);
  a.actor_id = "new:" + std::string(d_.text(unknown->begin));
  for (uint32_t t = unknown->begin + 1; t < unknown->end; ++t) a.actor_id += "_" + std::string(d_.text(t));
  a.country = country;
  a.sector = person_title != nullptr ? InstitutionSector(org, org_title, person_title) : "";
  a.code = country + a.sector;
  a.role = rc.apposed_name ? RawText(doc_, d_, unknown->end + 2, rc.end) : RawText(doc_, d_, rc.begin, unknown->begin);
  if (country.empty()) return false;
  // "…, a British-Iranian aid worker": the apposition's other state
  // (ResolvedActor::second_country).
  for (const ChunkElement& e : rc.elements) {
    if (!rc.apposed_name || e.type != ElementType::kDictionary || e.kind != PhraseKind::kCountryAdjective) continue;
    const std::string& iso = dict_.countries()[e.index].iso3;
    if (iso != country) a.second_country = iso;
  }
  c->actors.push_back(std::move(a));
  c->how = "title";
  local_short_[std::string(d_.text(unknown->end - 1))] = c->actors.back();
  Remember(c->actors.back(), titles_text, rc.begin);
  return true;
}

}  // namespace dyad
