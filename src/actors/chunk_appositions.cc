// SentenceChunker's appositions: what a comma joins to a phrase ("his
// counterpart, Nguyen Phu Trong", "Xi, also general secretary of …,"), and an
// unknown name before an apposition that gives its state ("Bruce Lowrance, an
// American tourist,"). Split from chunker.cc, whose Extend and Run call them.
#include "actors/sentence_chunker.h"

#include <string_view>
#include <vector>

#include "text/word_shape.h"

namespace dyad {

uint32_t SentenceChunker::ExtendAfterComma(RawChunk* c, uint32_t comma) {
  uint32_t k = comma + 1;
  ChunkElement next;
  if (OnlyTitles(*c) && HasPersonTitle(*c) && ElementAt(k, &next) && IsPersonLike(next)) {
    c->elements.push_back(next);
    return Extend(c, next.end);
  }
  if (!HasPerson(*c)) return comma;
  while (k < end_ && (d_.text(k) == "also" || d_.text(k) == "a" || d_.text(k) == "the" || d_.text(k) == "then"))
    ++k;
  // An apposition opens with a title, or a country word right before one
  // ("Vietnamese president"); ", Việt Nam-China relations …" is a new clause.
  if (!ElementAt(k, &next)) return comma;
  if (!IsRole(next, RoleKind::kPerson)) {
    ChunkElement title;
    bool lead_in = IsCountryWord(next) || (next.type == ElementType::kDictionary && next.kind == PhraseKind::kOrganisation);
    if (!lead_in || !ElementAt(next.end, &title) || !IsRole(title, RoleKind::kPerson)) return comma;
  }
  // The apposition runs to the next comma; a person inside means the comma
  // separated two actors instead.
  // It ends at the next comma, or before the first word that cannot be
  // part of a title (the verb: "…'s Secretariat suggested that …").
  uint32_t stop = k;
  std::vector<ChunkElement> found;
  while (stop < end_ && !IsWord(d_, stop, ",") && !IsWord(d_, stop, ";")) {
    ChunkElement e;
    if (ElementAt(stop, &e)) {
      if (IsPersonLike(e) || e.type == ElementType::kPronoun || IsRole(e, RoleKind::kCompound)) return comma;
      e.in_apposition = true;
      found.push_back(e);
      stop = e.end;
      continue;
    }
    std::string_view w = d_.text(stop);
    bool title_word = w == "and" || w == "(" || w == ")" || w == "of" || w == "the" || w == "'s" || w == "-" ||
                      TitleGlue().Contains(w) || d_.capitalized[stop];
    if (!title_word) break;
    ++stop;
    if (stop - k > 40) return comma;
  }
  while (stop > k && !d_.capitalized[stop - 1] && (IsWord(d_, stop - 1, "and") || IsWord(d_, stop - 1, "the") ||
                                                   IsWord(d_, stop - 1, "of"))) {
    --stop;
  }
  for (const ChunkElement& e : found) c->elements.push_back(e);
  return stop;
}

bool SentenceChunker::NameBeforeApposition(RawChunk* c, const std::vector<RawChunk>& done) {
  // The apposition: state words, then a person noun of the dictionary
  // ("tourist", "aid worker"), or nothing ("a Canadian,"). A noun it does
  // not know ("a Russian designer", "a Swedish carmaker") tells no person
  // from a firm or a thing: the name stays no actor.
  bool has_state = false;
  for (const ChunkElement& e : c->elements) {
    if (IsPersonLike(e) || e.in_apposition || (!IsCountryWord(e) && !IsAnyRole(e))) return false;
    has_state = has_state || IsCountryWord(e);
  }
  const ChunkElement& last = c->elements.back();
  const bool person_noun = IsRole(last, RoleKind::kPerson) ||
                           (IsRole(last, RoleKind::kPeople) && d_.text(last.end - 1).back() != 's');
  if (!has_state || (!person_noun && !IsCountryWord(last))) return false;
  const uint32_t end = c->end;
  // It ends the phrase: at a mark, a relative pronoun, a preposition or a
  // participle before one ("a Swedish journalist who", "an American tourist
  // from Ohio", "a reporter based in Hong Kong"), not at a verb (", an
  // American tourist said"). A bare state word ends at a mark.
  const bool ends = end >= end_ || !d_.tokens[end].is_word ||
                    (person_noun && (d_.text(end) == "who" || d_.text(end) == "whose" ||
                                     Prepositions().Contains(d_.text(end)) ||
                                     (HasPastShape(d_.text(end)) && end + 1 < end_ &&
                                      Prepositions().Contains(d_.text(end + 1)))));
  if (!ends) return false;
  // Before it: a dual national's first state ("a British-Iranian aid
  // worker"), an article, the comma, the name.
  std::vector<ChunkElement> first_states;
  uint32_t b = c->begin;
  while (b >= begin_ + 2 && IsWord(d_, b - 1, "-") && d_.JoinedHyphen(b - 1)) {
    ChunkElement prev;
    bool found = false;
    for (uint32_t s = b >= begin_ + 5 ? b - 5 : begin_; s + 1 < b && !found; ++s) {
      found = ElementAt(s, &prev) && prev.end == b - 1 && IsCountryWord(prev);
    }
    if (!found) break;
    first_states.insert(first_states.begin(), prev);
    b = prev.begin;
  }
  if (b < begin_ + 4 || !Determiners().Contains(d_.text(b - 1)) || !IsWord(d_, b - 2, ",")) return false;
  if (d_.text(b - 1) != "a" && d_.text(b - 1) != "an" && d_.text(b - 1) != "the") return false;
  // The name: two to five capitalised words the dictionary does not know
  // ("Nazanin Zaghari-Ratcliffe"), after no other capitalised word. A
  // single word or a phrase after "in" is more often a day or a place ("On
  // Friday, a …", "in North Waziristan, a …").
  const uint32_t name_end = b - 2;
  uint32_t name_begin = name_end, words = 0;
  while (name_begin > begin_ && name_end - name_begin < 8) {
    uint32_t k = name_begin - 1;
    if (IsWord(d_, k, "-") && k > begin_ && d_.JoinedHyphen(k) && d_.capitalized[k - 1]) {
      name_begin = k;
      continue;
    }
    ChunkElement probe;
    if (!d_.tokens[k].is_word || !d_.capitalized[k] || StopWord(d_.text(k)) || ElementAt(k, &probe)) break;
    name_begin = k;
    ++words;
  }
  if (words < 2 || words > 5 || IsWord(d_, name_begin, "-")) return false;
  if (name_begin > begin_) {
    std::string_view before = d_.text(name_begin - 1);
    if (d_.capitalized[name_begin - 1] || before == "in" || before == "at" || before == "near" ||
        before == "from" || before == "outside" || before == "across" || before == "around") {
      return false;
    }
  }
  if (!done.empty() && done.back().end > name_begin) return false;
  std::vector<ChunkElement> elements = {{ElementType::kUnknownName, PhraseKind::kPerson, 0, name_begin, name_end, false}};
  elements.insert(elements.end(), first_states.begin(), first_states.end());
  elements.insert(elements.end(), c->elements.begin(), c->elements.end());
  c->elements = std::move(elements);
  c->begin = name_begin;
  c->end = end;
  c->apposed_name = true;
  modifier_ = false;
  return true;
}

}  // namespace dyad
