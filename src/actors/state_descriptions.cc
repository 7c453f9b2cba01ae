// DocumentResolver's descriptions that name a state without its name: "the
// North" in copy about the two Koreas, "the island nation", "the Gulf state".
#include <unordered_set>

#include "actors/document_resolver.h"

namespace dyad {
namespace {

// Nouns a description of a state ends with, in the singular.
bool StateNoun(std::string_view w) {
  return w == "nation" || w == "state" || w == "country" || w == "kingdom" || w == "republic" || w == "emirate" ||
         w == "monarchy" || w == "archipelago" || w == "sultanate";
}

// Modifiers that make the phrase no description of one named state: "the
// host nation", "the member state", "the same country".
bool GenericModifier(std::string_view w) {
  static const auto* words = new std::unordered_set<std::string_view>{
      "member", "host", "home", "same", "other", "whole", "entire", "first", "last", "next", "third", "sovereign",
      "independent", "nation", "island's", "a", "an", "any", "each", "every", "one", "this", "that", "its", "whose",
      "new", "future", "palestinian", "jewish", "islamic", "welfare", "police", "deep", "nanny", "rogue", "client",
      "buffer", "sponsor", "donor", "transit", "coastal", "flag", "third-party", "candidate", "partner"};
  return words->count(w) != 0;
}

// "the heads of state": a description's modifiers are no function words.
bool IsFunctionWord(std::string_view w) {
  return w == "of" || w == "and" || w == "or" || w == "in" || w == "on" || w == "for" || w == "to" || w == "with" ||
         w == "by" || w == "at" || w == "from" || w == "as" || w == "the" || w == "'s";
}

// A chunk over [begin, end) that names the state itself, found by coreference.
ActorChunk StateChunk(const CountryEntry& ce, int sentence, uint32_t begin, uint32_t end, bool after_preposition) {
  ActorChunk c;
  c.sentence = sentence;
  c.begin = begin;
  c.end = end;
  c.head = begin;
  c.how = "coreference";
  c.after_preposition = after_preposition;
  ResolvedActor a;
  a.country = ce.iso3;
  a.name = ce.name;
  a.code = ce.iso3;
  c.actors.push_back(std::move(a));
  return c;
}

}  // namespace

bool DocumentResolver::MayOpenDescription(uint32_t i) const {
  std::string_view w = d_.text(i);
  return w == "the" || w == "its" || w == "both" || (d_.capitalized[i] && (w == "north" || w == "south"));
}

bool DocumentResolver::PairDescription(int sentence, uint32_t i, uint32_t end, ActorChunk* c) {
  // "the two regional powers", "both Gulf rivals", "the two NATO allies": a
  // mention of the story's pair (roles.tsv, kind compound: "the two powers")
  // with one or two modifiers between its number and its noun. The noun
  // decides, so only the pair nouns of the dictionary make a pair.
  uint32_t first = i + 1;
  if (d_.text(i) == "the") {
    if (i + 1 >= end || d_.text(i + 1) != "two") return false;
    first = i + 2;
  } else if (d_.text(i) != "both") {
    return false;
  }
  const PhraseMatcher& matcher = dict_.matcher();
  for (uint32_t noun = first + 1; noun < end && noun <= first + 2; ++noun) {
    std::string_view modifier = d_.text(noun - 1);
    // A modifier is a word of its own: no number, no function word, and no
    // country word ("the two Chinese ministers" are one state's).
    if (!d_.tokens[noun - 1].is_word || IsFunctionWord(modifier) || GenericModifier(modifier)) return false;
    PhraseMatcher::Match own = matcher.LongestAt(d_.ids, noun - 1);
    if (own.end > own.begin) {
      for (uint32_t p : matcher.Payloads(own.node)) {
        PhraseKind kind = ActorDictionary::KindOf(p);
        if (kind != PhraseKind::kOrganisation && kind != PhraseKind::kPlace) return false;
      }
    }
    if (own.end > noun) continue;  // "the two NATO allies": the modifier's phrase ends before the noun
    std::vector<uint32_t> phrase(d_.ids.begin() + i, d_.ids.begin() + first);
    for (uint32_t t = noun; t < end && t < noun + 2; ++t) phrase.push_back(d_.ids[t]);
    PhraseMatcher::Match pm = matcher.LongestAt(phrase, 0);
    if (pm.end <= first - i) continue;
    const RoleEntry* pair = nullptr;
    for (uint32_t p : matcher.Payloads(pm.node)) {
      if (ActorDictionary::KindOf(p) != PhraseKind::kRole) continue;
      const RoleEntry& role = dict_.roles()[ActorDictionary::IndexOf(p)];
      if (role.kind == RoleKind::kCompound) pair = &role;
    }
    // "both warring parties", "the two opposing sides": qualified, these
    // name factions as readily as states.
    if (pair == nullptr || d_.text(noun) == "sides" || d_.text(noun) == "parties") continue;
    const uint32_t stop = noun + (pm.end - (first - i));
    // "the two Gulf states' talks" is still the pair; "the two NATO allies
    // Denmark and the Netherlands" names them itself.
    if (stop < end && d_.capitalized[stop] && d_.tokens[stop].is_word) return false;
    // "a tour of the two NATO allies": after "of" the pair is what a noun
    // is about, which nominal events would read as the pair acting.
    std::string_view before = i > 0 ? d_.text(i - 1) : std::string_view();
    if (before == "of") return false;
    c->sentence = sentence;
    c->begin = i;
    c->end = stop;
    c->head = stop - 1;
    c->compound = true;
    c->how = "compound";
    c->after_preposition = before == "with" || before == "to" || before == "between" || before == "from" ||
                           before == "on" || before == "for" || before == "against";
    ResolvedActor proto;
    proto.sector = pair->sector;
    proto.name = RawText(doc_, d_, i, stop);
    c->actors.push_back(std::move(proto));  // filled with the pair once it is known (FindPair)
    return true;
  }
  return false;
}

bool DocumentResolver::KoreanHalf(int sentence, uint32_t i, uint32_t end, ActorChunk* c) {
  if (i == 0 || i + 1 > end || !d_.capitalized[i] || d_.text(i - 1) != "the") return false;
  std::string_view w = d_.text(i);
  if (w != "north" && w != "south") return false;
  if (i + 1 < end && d_.capitalized[i + 1] && d_.tokens[i + 1].is_word) return false;
  if (!korea_named_) {
    for (const ActorChunk& k : r_->chunks) {
      for (const ResolvedActor& a : k.actors) korea_named_ = korea_named_ || a.country == "PRK" || a.country == "KOR";
    }
    if (!korea_named_) return false;
  }
  const CountryEntry* ce = dict_.CountryByIso(w == "north" ? "PRK" : "KOR");
  if (ce == nullptr) return false;
  std::string_view before = i >= 2 ? d_.text(i - 2) : std::string_view();
  *c = StateChunk(*ce, sentence, i, i + 1, before == "of" || before == "with" || before == "to");
  return true;
}

bool DocumentResolver::StateDescription(int sentence, uint32_t i, uint32_t end, ActorChunk* c) {
  // "the island nation", "the Gulf state", "the oil-rich kingdom": "the",
  // one to three modifiers, a state noun in lower case.
  if (d_.text(i) != "the" || i + 1 >= end) return false;
  uint32_t noun = i + 1;
  int modifiers = 0;
  while (noun < end && modifiers < 4 && !StateNoun(d_.text(noun))) {
    std::string_view w = d_.text(noun);
    if (w == "-") {
      ++noun;
      continue;
    }
    if (!d_.tokens[noun].is_word || GenericModifier(w) || IsFunctionWord(w)) return false;
    // A country's own word makes it that country's ("the Chinese state").
    PhraseMatcher::Match pm = dict_.matcher().LongestAt(d_.ids, noun);
    if (pm.end > pm.begin) return false;
    ++modifiers;
    ++noun;
  }
  // Alone, only a noun few states answer to describes one ("the kingdom",
  // "the emirate"); "the country" or "the state" may be anyone's.
  const std::string_view head = noun < end ? d_.text(noun) : std::string_view();
  const bool distinctive = IsStateForm(head);
  if (noun >= end || (modifiers == 0 && !distinctive) || modifiers > 3 || !StateNoun(head) || d_.capitalized[noun]) {
    return false;
  }
  // "the Islamic State group", "the state media": the noun heads no longer phrase.
  if (noun + 1 < end && d_.tokens[noun + 1].is_word && d_.text(noun + 1) != "and" && d_.text(noun + 1) != "on" &&
      d_.text(noun + 1) != "in" && d_.text(noun + 1) != "of" && d_.text(noun + 1) != "to" &&
      d_.text(noun + 1) != "for" && d_.text(noun + 1) != "from" && d_.text(noun + 1) != "with" &&
      d_.text(noun + 1) != "after" && d_.text(noun + 1) != "over") {
    return false;
  }
  // Never the clause's subject: "the kingdom will open …" is left alone; the
  // state is the one named last before it other than the sentence's first actor.
  if (r_->chunks.size() <= sentence_start_chunk_) return false;
  // In apposition ("Japan, the only country to …") the description is the
  // state just named, which has its chunk already.
  if (i >= 1 && d_.text(i - 1) == ",") {
    const ActorChunk& last = r_->chunks.back();
    if (last.sentence == sentence && last.end + 1 == i && !last.actors.empty() && !last.actors[0].country.empty()) {
      return false;
    }
  }
  const ActorChunk& first = r_->chunks[sentence_start_chunk_];
  if (first.actors.empty()) return false;
  const std::string& subject = first.actors[0].country;
  // Nor a state its own clause names without a preposition: in "…, and
  // Australia and New Zealand suspended ties with the Pacific nation" the
  // nation is neither of the two that suspend (it is Fiji, named before).
  uint32_t clause_begin = 0;
  for (uint32_t j = i; j > 1 && clause_begin == 0; --j) {
    std::string_view w = d_.text(j - 1), before = d_.text(j - 2);
    if (w == ";" || (before == "," && (w == "and" || w == "but" || w == "while"))) clause_begin = j;
  }
  auto in_clause = [&](const std::string& country) {
    for (size_t k = r_->chunks.size(); k > sentence_start_chunk_; --k) {
      const ActorChunk& c = r_->chunks[k - 1];
      if (c.begin < clause_begin) break;
      if (c.sentence != sentence || c.begin >= i || c.after_preposition) continue;
      for (const ResolvedActor& a : c.actors) {
        if (a.country == country) return true;
      }
    }
    return false;
  };
  // A state named as an object ("aid to Tonga", "its blockade of Qatar")
  // before one named as a doer ("joining France and the Netherlands").
  // "the emirate" is first a state that is one, the sentence's subject too
  // ("Kuwait appealed for help to drive out the Iraqi forces that overran
  // the emirate"); where none is named ("the sultanate" of Sulu, no state),
  // and for "the Gulf state", the last named other than the subject.
  const ResolvedActor* named = nullptr;
  for (const bool by_form : {true, false}) {
    if (by_form && !distinctive) continue;
    for (bool object_only : {true, false}) {
      for (size_t k = r_->chunks.size(); k > 0 && named == nullptr; --k) {
        const ActorChunk& prior = r_->chunks[k - 1];
        if (prior.sentence < sentence - 2) break;
        if (prior.compound || prior.modifier || prior.actors.size() != 1) continue;
        if (object_only && !prior.after_preposition) continue;
        const ResolvedActor& a = prior.actors[0];
        const CountryEntry* state = a.country.empty() ? nullptr : dict_.CountryByIso(a.country);
        if (state == nullptr || a.person >= 0) continue;
        if (by_form ? !state->HasForm(head) : a.country == subject) continue;
        if (clause_begin != 0 && in_clause(a.country)) continue;
        named = &a;
      }
    }
  }
  if (named == nullptr) return false;
  const CountryEntry* ce = dict_.CountryByIso(named->country);
  std::string_view before = i > 0 ? d_.text(i - 1) : std::string_view();
  bool object = before == "of" || before == "with" || before == "to" || before == "in" || before == "at" ||
                before == "from" || before == "on" || before == "for" || before == "against";
  *c = StateChunk(*ce, sentence, i, noun + 1, object);
  c->head = noun;
  return true;
}

bool DocumentResolver::OwnersNeighbour(int sentence, uint32_t i, uint32_t end, ActorChunk* c) {
  // "Kinshasa was blaming its neighbour for …": "its" is the subject of the
  // verb right before it, and its neighbour is the one
  // other state the sentence has named ("Kigali rejected …"). Two others, or
  // none, leave it unresolved; a name in apposition ("its neighbour Rwanda")
  // names it itself.
  if (d_.text(i) != "its" || i + 1 >= end) return false;
  std::string_view noun = d_.text(i + 1);
  if ((noun != "neighbour" && noun != "neighbor") || d_.capitalized[i + 1]) return false;
  if (i + 2 < end && d_.capitalized[i + 2] && d_.tokens[i + 2].is_word) return false;
  const ActorChunk* owner = nullptr;
  // "Sudan cut ties with Chad, accusing its neighbour of …": a participle
  // after a comma has the sentence's subject, the first actor named.
  const bool participle = i >= 2 && d_.text(i - 2) == "," && d_.text(i - 1).size() > 4 &&
                          d_.text(i - 1).substr(d_.text(i - 1).size() - 3) == "ing";
  for (size_t k = participle ? sentence_start_chunk_ + 1 : r_->chunks.size();
       k > sentence_start_chunk_ && owner == nullptr; --k) {
    const ActorChunk& prior = r_->chunks[k - 1];
    if (prior.after_preposition || prior.modifier || prior.place_like || prior.compound) continue;
    if (prior.actors.size() != 1 || prior.actors[0].country.empty()) return false;
    owner = &prior;
  }
  // Only the subject of the verb right before: "Kinshasa was blaming its
  // neighbour", not "India accused Pakistan … and warned its neighbour".
  if (owner == nullptr || owner->end >= i || (!participle && i - owner->end > 3)) return false;
  for (uint32_t w = participle ? i - 1 : owner->end; w < i; ++w) {
    std::string_view word = d_.text(w);
    if (!d_.tokens[w].is_word || d_.capitalized[w] || word == "and" || word == "or" || word == "but" ||
        word == "that" || word == "who" || word == "which" || IsFunctionWord(word)) {
      return false;
    }
  }
  const std::string& own = owner->actors[0].country;
  const CountryEntry* other = nullptr;
  for (size_t k = sentence_start_chunk_; k < r_->chunks.size(); ++k) {
    for (const ResolvedActor& a : r_->chunks[k].actors) {
      if (a.country.empty() || a.country == own) continue;
      const CountryEntry* ce = dict_.CountryByIso(a.country);
      if (ce == nullptr || (other != nullptr && other != ce)) return false;
      other = ce;
    }
  }
  if (other == nullptr) return false;
  std::string_view before = i > 0 ? d_.text(i - 1) : std::string_view();
  bool object = before == "of" || before == "with" || before == "to" || before == "in" || before == "at" ||
                before == "from" || before == "on" || before == "for" || before == "against";
  *c = StateChunk(*other, sentence, i, i + 2, object);
  c->head = i + 1;
  return true;
}

void DocumentResolver::CompassHalves(int sentence) {
  // "North and South Korean warships", "East and West German leaders": the
  // bare compass word is its own state's adjective with the second one's
  // words ("North" + "Korean"), a chunk of its own before the second, which
  // ShareGroupNoun then gives the group noun.
  auto compass = [&](uint32_t t) {
    std::string_view w = d_.text(t);
    return d_.capitalized[t] && (w == "north" || w == "south" || w == "east" || w == "west");
  };
  std::vector<uint32_t>& here = r_->by_sentence.back();
  for (size_t k = 0; k < here.size(); ++k) {
    const ActorChunk& b = r_->chunks[here[k]];
    if (b.begin < 2 || b.actors.size() != 1 || b.actors[0].country.empty() || !compass(b.begin) ||
        d_.text(b.begin - 1) != "and" || !compass(b.begin - 2) || d_.text(b.begin - 2) == d_.text(b.begin)) {
      continue;
    }
    if (k > 0 && r_->chunks[here[k - 1]].end > b.begin - 2) continue;
    // The second adjective's phrase with the first compass word.
    PhraseMatcher::Match own = dict_.matcher().LongestAt(d_.ids, b.begin);
    if (own.end <= own.begin + 1) continue;
    std::vector<uint32_t> phrase{d_.ids[b.begin - 2]};
    phrase.insert(phrase.end(), d_.ids.begin() + b.begin + 1, d_.ids.begin() + own.end);
    PhraseMatcher::Match pm = dict_.matcher().LongestAt(phrase, 0);
    if (pm.end != phrase.size()) continue;
    const CountryEntry* ce = nullptr;
    for (uint32_t p : dict_.matcher().Payloads(pm.node)) {
      if (ActorDictionary::KindOf(p) == PhraseKind::kCountryAdjective) ce = &dict_.countries()[ActorDictionary::IndexOf(p)];
    }
    if (ce == nullptr || ce->iso3 == b.actors[0].country) continue;
    ActorChunk half = StateChunk(*ce, sentence, b.begin - 2, b.begin - 1, b.after_preposition);
    half.how = "dictionary";
    half.modifier = true;
    // Insert in token order: the sentence's later chunks move up by one.
    const uint32_t at = here[k];
    r_->chunks.insert(r_->chunks.begin() + at, std::move(half));
    for (size_t j = k; j < here.size(); ++j) ++here[j];
    here.insert(here.begin() + static_cast<std::ptrdiff_t>(k), at);
    ++k;
  }
}

}  // namespace dyad
