// DocumentResolver::CountryOfGroupOrigin: the state of a group noun that no
// country word names ("officials", "troops", "diplomats"), read from where
// the sentence places it: "officials in Tbilisi denounced …" speak for
// Georgia, "troops from Chad attacked …" are Chad's.
#include "actors/document_resolver.h"

namespace dyad {
namespace {

// Words after which a noun phrase opens a clause: the group is the subject of
// its own verb, and nothing before it says whose it is ("foreign diplomats in
// Seoul", "its officials in Moscow" are not Seoul's or Moscow's).
bool OpensClauseAfter(std::string_view w) {
  return w == "," || w == ";" || w == ":" || w == "\"" || w == "(" || w == "and" || w == "but" || w == "that" ||
         w == "while" || w == "as" || w == "when" || w == "after" || w == "before" || w == "since" ||
         w == "because" || w == "where" || w == "--" || w == "-";
}

}  // namespace

std::vector<std::string> DocumentResolver::CountriesOfGroupOrigin(int sentence, const RawChunk& rc,
                                                                 bool civilian) const {
  const uint32_t first = d_.sentence_tokens[static_cast<size_t>(sentence)].first;
  const uint32_t last = d_.sentence_tokens[static_cast<size_t>(sentence)].second;
  uint32_t p = rc.begin;
  if (p > first && d_.text(p - 1) == "the") --p;
  // "Hundreds of troops from Chad": the quantity's "of" (the chunker keeps
  // such a group a subject) stands before the group.
  if (p > first + 1 && d_.text(p - 1) == "of" && !rc.after_preposition) p -= 2;
  if (p > first && !OpensClauseAfter(d_.text(p - 1))) return {};
  if (rc.end + 1 >= last) return {};
  // Officials, diplomats or prosecutors "in" a capital speak for its state;
  // civilians are the crowds of the capital they are in (the caller reads
  // other places for them). "From" takes a state's name, not a capital or a
  // city, which tell where the group came from more than whose it is.
  const bool from = d_.text(rc.end) == "from";
  if (!from && (civilian || d_.text(rc.end) != "in")) return {};
  const PhraseKind want = from ? PhraseKind::kCountryName : PhraseKind::kCapital;
  // "rescue teams from China, India and Thailand", "officials in Manama and
  // Riyadh": a list names one group per state.
  std::vector<std::string> out;
  uint32_t at = rc.end + 1;
  while (at < last) {
    if (d_.text(at) == "the") ++at;
    if (at >= last || !d_.capitalized[at]) break;
    PhraseMatcher::Match pm = dict_.matcher().LongestAt(d_.ids, at);
    if (pm.end <= pm.begin || pm.end > last) break;
    std::string iso;
    for (uint32_t payload : dict_.matcher().Payloads(pm.node)) {
      if (ActorDictionary::KindOf(payload) == want) iso = dict_.countries()[ActorDictionary::IndexOf(payload)].iso3;
    }
    if (iso.empty()) break;
    out.push_back(iso);
    at = pm.end;
    if (at + 1 < last && d_.text(at) == "," && d_.text(at + 1) == "and") ++at;
    if (at + 1 >= last || (d_.text(at) != "," && d_.text(at) != "and")) break;
    ++at;
  }
  return out;
}

}  // namespace dyad
