// SentenceChunker's element matcher: the dictionary item, short name or
// pronoun a phrase may hold at one token, with the tests that tell a noun of
// force from the verb spelt like it ("vowed to strike", "is bombing") and a
// known short name from another person's given name. Split from chunker.cc,
// which grows phrases from these elements.
#include "actors/sentence_chunker.h"

#include <string>
#include <string_view>

#include "text/folding.h"
#include "text/word_shape.h"
#include "util/day.h"
#include "util/flat_map.h"

namespace dyad {
namespace {

// Nouns that a place names rather than a government: "the Vienna
// Convention", "the Minsk agreements", "the Beijing Olympics".
bool NamedAfterAPlace(std::string_view w) {
  static const FlatStringSet kWords = {
      "convention", "conventions", "agreement", "agreements", "accord", "accords", "protocol", "declaration",
      "process", "format", "group", "summit", "treaty", "charter", "principles", "olympics", "games", "statement",
      "communique", "initiative", "consensus", "document", "memorandum", "club", "pact", "talks", "plan", "formula"};
  return kWords.Contains(w);
}

}  // namespace

bool SentenceChunker::CompassBeforeName(uint32_t i, uint32_t end) const {
  const std::string_view w = d_.text(i);
  return end > i + 1 && d_.capitalized[i + 1] && (w == "south" || w == "north" || w == "east" || w == "west");
}

bool SentenceChunker::ElementAt(uint32_t i, ChunkElement* el) const {
  if (i >= end_) return false;
  // A word in no phrase opens none: most tokens leave without a walk.
  PhraseMatcher::Match m{i, i, 0};
  if (d_.ids[i] != PhraseMatcher::kUnknownToken) m = dict_.matcher().LongestAt(d_.ids, i);
  if (m.end > end_) m.end = end_;
  // "Tayyip Erdoğan", "Manuel López Obrador": a shortening of a full name
  // the dictionary lists, when it reads longer than any phrase at `i`.
  if (d_.capitalized[i] && d_.ids[i] != PhraseMatcher::kUnknownToken) {
    PartialNames::Match pn = dict_.partial_names().LongestAt(d_, dict_.matcher(), begin_, i, end_);
    if (pn.person >= 0 && pn.end > m.end) {
      *el = {ElementType::kDictionary, PhraseKind::kPerson, static_cast<uint32_t>(pn.person), i, pn.end, false};
      return true;
    }
  }
  if (m.end > m.begin) {
    static constexpr PhraseKind kPriority[] = {PhraseKind::kPerson,      PhraseKind::kOrganisation,
                                               PhraseKind::kRole,        PhraseKind::kCountryName,
                                               PhraseKind::kCapital,     PhraseKind::kCountryAdjective,
                                               PhraseKind::kPlace};
    const std::vector<uint32_t>& payloads = dict_.matcher().Payloads(m.node);
    for (PhraseKind want : kPriority) {
      for (uint32_t p : payloads) {
        if (ActorDictionary::KindOf(p) != want) continue;
        // Names are written with a capital; "who" is not the WHO. KCNA
        // writes "south Korea", "the south Korean puppets": a compass
        // word before a capitalised one opens the name as well.
        if (want != PhraseKind::kRole && !d_.capitalized[i] && !CompassBeforeName(i, m.end)) continue;
        // "vowed to strike Israel", "will raid": after "to" or a modal a
        // noun of force is the verb.
        // ("to both sides", "to the two countries" name the story's pair.)
        const bool pair_role =
            want == PhraseKind::kRole && dict_.roles()[ActorDictionary::IndexOf(p)].kind == RoleKind::kCompound;
        if (want == PhraseKind::kRole && !pair_role && i > begin_ && !d_.capitalized[i] && AfterVerbMarker(i)) continue;
        // "US bombers strike Iran's plant", "Israeli troops raid Jenin":
        // in a compound the first noun is singular ("drone strike"), so a
        // singular noun of force after a plural one is the verb.
        if (want == PhraseKind::kRole && i > begin_ && !d_.capitalized[i] && AfterPluralNoun(i, m.end)) continue;
        // "is bombing Kyiv", "kept shelling Armenian positions": a noun
        // of force in -ing before a name or a country word is the verb.
        if (want == PhraseKind::kRole && !d_.capitalized[i] && GerundBeforeName(m.end)) continue;
        // "the Vienna Convention", "the Minsk agreements", "the Paris
        // Agreement": a place that names a text or a meeting is no actor.
        if ((want == PhraseKind::kCapital || want == PhraseKind::kPlace) && m.end < end_ &&
            NamedAfterAPlace(d_.text(m.end))) {
          return false;
        }
        el->type = ElementType::kDictionary;
        el->kind = want;
        el->index = ActorDictionary::IndexOf(p);
        el->begin = m.begin;
        el->end = m.end;
        return true;
      }
    }
  }
  if (d_.capitalized[i] && active_(i) && !GivenNameBefore(i)) {
    *el = {ElementType::kShortName, PhraseKind::kPerson, 0, i, i + 1, false};
    return true;
  }
  // The pronouns below: two to four letters, opening with h, s, i or t.
  std::string_view w = d_.text(i);
  if (w.size() < 2 || w.size() > 4 || (w[0] != 'h' && w[0] != 's' && w[0] != 'i' && w[0] != 't')) return false;
  if (d_.text(i) == "he" || d_.text(i) == "she" || d_.text(i) == "it" || d_.text(i) == "its" || d_.text(i) == "they" ||
      d_.text(i) == "them" || d_.text(i) == "him" || (d_.text(i) == "her" && ObjectHer(i))) {
    *el = {ElementType::kPronoun, PhraseKind::kPerson, 0, i, i + 1, false};
    return true;
  }
  return false;
}

bool SentenceChunker::AfterAnti(const ChunkElement& e) const {
  if (!IsCountryWord(e) || e.begin < begin_ + 2 || !IsWord(d_, e.begin - 1, "-")) return false;
  return d_.text(e.begin - 2) == "anti" && d_.tokens[e.begin - 1].begin == d_.tokens[e.begin - 2].end &&
         d_.tokens[e.begin].begin == d_.tokens[e.begin - 1].end;
}

bool SentenceChunker::ObjectHer(uint32_t i) const {
  if (i + 1 >= end_ || !d_.tokens[i + 1].is_word || d_.capitalized[i + 1]) return true;
  static const FlatStringSet kAfterObject = {"of", "to", "that", "over", "on", "about", "against", "for", "with",
                                             "in", "at", "after", "before", "during", "and", "not", "as", "by"};
  return kAfterObject.Contains(d_.text(i + 1));
}

bool SentenceChunker::AfterVerbMarker(uint32_t i) const {
  std::string_view w = d_.text(i - 1);
  return w == "to" || w == "will" || w == "would" || w == "shall" || w == "should" || w == "could" || w == "can" ||
         w == "may" || w == "might" || w == "must" || w == "did" || w == "not";
}

bool SentenceChunker::AfterPluralNoun(uint32_t i, uint32_t end) const {
  std::string_view before = d_.text(i - 1), self = d_.text(end - 1);
  return end == i + 1 && d_.tokens[i - 1].is_word && !d_.capitalized[i - 1] && before.size() > 3 &&
         before.back() == 's' && before[before.size() - 2] != 's' && self.back() != 's' && !HasGerundShape(self);
}

bool SentenceChunker::GivenNameBefore(uint32_t i) const {
  if (i + 2 >= end_ || !d_.tokens[i + 1].is_word) return false;
  if (d_.capitalized[i + 1]) {
    if (IsWeekdayName(d_.text(i + 1)) || IsMonthName(d_.text(i + 1))) return false;
    // "Hassan Sheikh": the two words of a known person's name are his.
    const std::string both = std::string(d_.text(i)) + " " + std::string(d_.text(i + 1));
    if (const std::vector<uint32_t>* people = dict_.PeopleByShortName(d_.text(i))) {
      for (uint32_t p : *people) {
        if (FoldString(dict_.people()[p].name).find(both) != std::string::npos) return false;
      }
    }
    return true;
  }
  static const FlatStringSet kParticles = {"al", "el", "bin", "ibn", "abu", "ben", "van", "von", "der", "de", "da", "di"};
  return kParticles.Contains(d_.text(i + 1)) && (d_.text(i + 2) == "-" || d_.capitalized[i + 2]);
}

bool SentenceChunker::GerundBeforeName(uint32_t end) const {
  std::string_view w = d_.text(end - 1);
  return HasGerundShape(w) && end < end_ && d_.capitalized[end];
}

}  // namespace dyad
