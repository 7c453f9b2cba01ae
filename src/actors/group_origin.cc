// DocumentResolver::CountryOfGroupOrigin and the crowd's places: the state of
// a group noun that no country word names ("officials", "troops", "diplomats",
// "protesters"), read from where the sentence places it: "officials in
// Tbilisi denounced …" speak for Georgia, "troops from Chad attacked …" are
// Chad's, "In Moscow, demonstrators besieged …" are Russia's.
#include "actors/document_resolver.h"

#include <unordered_set>

#include "text/folding.h"
#include "text/word_shape.h"
#include "util/flat_map.h"

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

bool DocumentResolver::CrowdOpensClause(int sentence, uint32_t begin) const {
  const uint32_t first = d_.sentence_tokens[static_cast<size_t>(sentence)].first;
  if (begin <= first + 3) return true;
  // Back over the crowd's own words ("after hundreds of angry protesters"):
  // lower-case words that are no verb and no preposition but "of". A verb, a
  // name or a comma before the crowd makes it another clause's object
  // ("after police arrested protesters in Tehran").
  for (uint32_t i = begin, steps = 0; i > first && steps < 5; --i, ++steps) {
    std::string_view w = d_.text(i - 1);
    if (w == "after" || w == "before" || w == "when" || w == "while" || w == "as" || w == "since" ||
        w == "because" || w == "until" || w == "once") {
      return true;
    }
    // (The sentence's first word is capitalised as any: "Tens of thousands
    // of demonstrators marched past …".)
    const bool name = d_.capitalized[i - 1] && i - 1 != first;
    if (!d_.tokens[i - 1].is_word || name || HasPastShape(w) || HasIngVerbShape(w)) return false;
    if (w == "in" || w == "at" || w == "on" || w == "by" || w == "to" || w == "from" || w == "with" || w == "for" ||
        w == "and" || w == "or" || w == "that" || w == "who") {
      return false;
    }
    if (i - 1 == first) return true;
  }
  return false;
}

std::string DocumentResolver::LeadingPlaceOfCrowd(int sentence, uint32_t begin) const {
  const uint32_t first = d_.sentence_tokens[static_cast<size_t>(sentence)].first;
  if (begin <= first || d_.text(first) != "in") return "";
  std::string country = CountryOfPlaceAt(first, /*capitals_only=*/false);
  if (country.empty()) return "";
  uint32_t comma = first + 1;
  while (comma < begin && comma < first + 6 && d_.text(comma) != ",") ++comma;
  // "In Jakarta on Wednesday thousands of demonstrators stormed …": a time
  // phrase, with no comma, between a one-word place and the crowd.
  if (comma >= begin || d_.text(comma) != ",") {
    static const FlatStringSet kTimeWords = {"on", "last", "this", "early", "late", "night", "week", "weekend",
                                             "morning", "afternoon", "evening", "monday", "tuesday", "wednesday",
                                             "thursday", "friday", "saturday", "sunday", "yesterday", "today"};
    comma = first + 2;
    while (comma < begin && kTimeWords.Contains(FoldString(d_.text(comma)))) ++comma;
    if (comma == first + 2) return "";
    --comma;  // the crowd's own words follow the time phrase as they follow a comma
  }
  // Only the crowd's own words between: "tens of thousands of", "about
  // 100,000".
  for (uint32_t i = comma + 1; i < begin; ++i) {
    std::string_view w = d_.text(i);
    // ("100,000": a comma between digits is the number's own.)
    const bool number = !w.empty() && ((w[0] >= '0' && w[0] <= '9') ||
                                       (w == "," && i > comma + 1 && i + 1 < begin && !d_.text(i + 1).empty() &&
                                        d_.text(i + 1)[0] >= '0' && d_.text(i + 1)[0] <= '9'));
    if (i > comma + 5 || (!d_.tokens[i].is_word && !number) || d_.capitalized[i] || HasPastShape(w) ||
        HasIngVerbShape(w)) {
      return "";
    }
  }
  return country;
}

std::string DocumentResolver::DatelineCountry() const {
  if (doc_.dateline.empty()) return "";
  const std::string folded = FoldString(doc_.dateline);
  if (const CountryEntry* ce = dict_.CountryByFoldedCapital(folded)) return ce->iso3;
  for (const PlaceEntry& p : dict_.places()) {
    if (FoldString(p.name) == folded) return p.country;
  }
  return "";
}

bool DocumentResolver::NamesPlaceInClause(int sentence, uint32_t from) const {
  const uint32_t end = d_.sentence_tokens[static_cast<size_t>(sentence)].second;
  for (uint32_t i = from; i + 1 < end; ++i) {
    std::string_view w = d_.text(i);
    if (w == "," || w == ";") return false;
    if (w == "in" && (d_.capitalized[i + 1] || d_.text(i + 1) == "the")) return true;
  }
  return false;
}

std::string DocumentResolver::SpeechCapitalAfter(uint32_t end) const {
  static const std::unordered_set<std::string_view> kSpeech = {"said",     "says",   "told",   "announced", "declared",
                                                              "stated",   "added",  "warned", "insisted",  "stressed",
                                                              "reiterated", "speaking"};
  if (end >= d_.size() || !kSpeech.count(d_.text(end))) return "";
  // "told reporters in", "said at a news conference in": a few lower-case
  // words of the audience or the occasion, then the place.
  for (uint32_t i = end + 1; i < d_.size() && i <= end + 5; ++i) {
    const std::string_view w = d_.text(i);
    if (w == "in") return CountryOfPlaceAt(i, /*capitals_only=*/true);
    if (!d_.tokens[i].is_word || d_.capitalized[i] || w == "that") return "";
  }
  return "";
}

std::string DocumentResolver::CountryOfPlaceAt(uint32_t i, bool capitals_only) const {
  if (i < d_.size() && d_.text(i) == "here" && !capitals_only) return DatelineCountry();
  if (i + 1 >= d_.size() || d_.text(i) != "in") return "";
  // "in southern Vietnam", "in north-eastern Nigeria": a part of the country.
  uint32_t at = i + 1;
  auto compass = [](std::string_view w) {
    return w == "northern" || w == "southern" || w == "eastern" || w == "western" || w == "central" ||
           w == "northeastern" || w == "northwestern" || w == "southeastern" || w == "southwestern";
  };
  if (at + 2 < d_.size() && (d_.text(at) == "north" || d_.text(at) == "south") && d_.text(at + 1) == "-" &&
      compass(d_.text(at + 2))) {
    at += 2;
  }
  if (at + 1 < d_.size() && compass(d_.text(at))) ++at;
  if (at >= d_.size() || !d_.capitalized[at]) return "";
  PhraseMatcher::Match pm = dict_.matcher().LongestAt(d_.ids, at);
  if (pm.end <= pm.begin) return "";
  for (uint32_t p : dict_.matcher().Payloads(pm.node)) {
    PhraseKind kind = ActorDictionary::KindOf(p);
    uint32_t index = ActorDictionary::IndexOf(p);
    if (kind == PhraseKind::kPlace && !capitals_only) return dict_.places()[index].country;
    if (kind == PhraseKind::kCapital || kind == PhraseKind::kCountryName) return dict_.countries()[index].iso3;
  }
  return "";
}

}  // namespace dyad
