// DocumentContext: what the event coder reads of a whole story, per token,
// computed once (lemmas, word ids, flags, and the arrays the matcher reads).
#include "events/sentence_context.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "events/clause_rules.h"
#include "events/verb_classes.h"
#include "events/word_classes.h"
#include "text/word_shape.h"

namespace dyad {

uint8_t ClassifyWord(std::string_view form, std::string_view lemma) {
  uint8_t flags = 0;
  for (const char* v : kSpeechVerbs) {
    if (lemma == v) flags |= kWordSpeechVerb;
  }
  if (SlotStops().count(form)) flags |= kWordSlotStop;
  if (IsPunct(form) && form != "\"") flags |= kWordPunct;
  // A quote mark may stand between a cue and its act: 'threatened to "wipe out"'.
  if (IsClauseAdverb(form) || form == "\"" || form == "'") flags |= kWordAdverb;
  if (form == "is" || form == "are" || form == "was" || form == "were" || form == "be" || form == "been" ||
      form == "being" || form == "get" || form == "got" || form == "gets" || form == "getting" || form == "gotten") {
    flags |= kWordBe;
  }
  if (ParticipleShape(form, lemma)) flags |= kWordParticiple;
  return flags;
}

void DocumentContext::MarkLargeNumbers(uint32_t many_id) {
  if (many_id == 0) return;
  const DocumentTokens& t = r.tokens;
  auto digits = [&](size_t k) {
    std::string_view w = t.text(k);
    return !w.empty() && w[0] >= '0' && w[0] <= '9' &&
           std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; });
  };
  auto adjacent = [&](size_t k) { return t.tokens[k].begin == t.tokens[k - 1].end; };
  for (size_t i = 0; i < t.size(); ++i) {
    std::string_view w = t.text(i);
    // Most tokens open with a letter that starts no number word: one look at
    // the first byte sends them on.
    if (w.empty()) continue;
    if (w[0] < '0' || w[0] > '9') {
      // "thousands", "millions" (of people): a large number in a word.
      if (w == "thousands" || w == "millions") lemma_ids[i] = many_id;
      continue;
    }
    if (!digits(i) || (i > 0 && adjacent(i) && (t.text(i - 1) == "," || t.text(i - 1) == "."))) continue;
    // "7,000", "330,000", "1.5 million", "12000", as one token or several:
    // the whole part, times the unit after it.
    double value = 0;
    bool fraction = false;
    size_t k = i;
    for (; k < t.size() && (k == i || (adjacent(k) && (digits(k) || t.text(k) == "," || t.text(k) == "."))); ++k) {
      for (char c : t.text(k)) {
        if (c == '.') fraction = true;
        if (c >= '0' && c <= '9' && !fraction) value = value * 10 + (c - '0');
      }
    }
    double unit = 1;
    if (k < t.size()) {
      std::string_view u = t.text(k);
      if (u == "thousand") unit = 1e3;
      if (u == "million" || u == "millions") unit = 1e6;
      if (u == "billion" || u == "billions") unit = 1e9;
    }
    // Four bare digits are a year more often than a count: "in 2024".
    if (unit == 1 && k == i + 1 && w.size() == 4) continue;
    if (value * unit >= 1000) lemma_ids[i] = many_id;
  }
}

DocumentContext::DocumentContext(const Document& d, const std::vector<SentenceSpan>& s, const ResolvedDocument& res,
                                 const WordTable& words, const ActorDictionary& dictionary, const StringSet& verb_words,
                                 const RelativeDayPhrases& relative_day_phrases, const VerbClasses& classes,
                                 const ActKinds& kinds)
    : doc(d),
      sentences(s),
      r(res),
      dict(dictionary),
      verbs(verb_words),
      relative_days(relative_day_phrases),
      verb_classes(classes),
      act_kinds(kinds) {
  const DocumentTokens& t = r.tokens;
  time_phrase_end.assign(t.size(), 0);  // filled sentence by sentence (DatesOf)
  lemmas.resize(t.size());
  lemma_ids.resize(t.size());
  form_ids.resize(t.size());
  flags.resize(t.size());
  for (size_t i = 0; i < t.size(); ++i) {
    std::string_view form = t.text(i);
    WordInfo info = words.Lookup(form);
    form_ids[i] = info.form_id;
    if (t.tokens[i].is_word) {
      lemmas[i] = info.lemma != nullptr ? std::string_view(*info.lemma) : form;
      lemma_ids[i] = info.lemma_id;
      flags[i] = info.flags;
    } else {
      // Punctuation is its own lemma, and no reporting verb.
      lemmas[i] = form;
      lemma_ids[i] = info.form_id;
      flags[i] = info.flags & static_cast<uint8_t>(~kWordSpeechVerb);
    }
  }
  // "urged Angola to keep mediating", "vowed to continue supplying": an
  // aspect verb before a gerund stands between a cue and its act.
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    std::string_view next = t.text(i + 1);
    bool gerund = HasGerundShape(next);
    if (gerund && (lemmas[i] == "keep" || lemmas[i] == "continue")) flags[i] |= kWordAdverb;
  }
  MarkLargeNumbers(words.PatternWordId(kManyWord));
  chunk_starting_at.assign(t.size(), -1);
  for (size_t k = 0; k < r.chunks.size(); ++k) chunk_starting_at[r.chunks[k].begin] = static_cast<int>(k);
  // What the pattern matcher asks of every token, as arrays.
  punct.assign(t.size(), 0);
  skippable.assign(t.size(), 0);
  gap_free.assign(t.size(), 0);
  actor_end.assign(t.size(), 0);
  actor_end_mod.assign(t.size(), 0);
  chunk_end.assign(t.size(), 0);
  // The single-character marks below are told apart by one byte, not by a
  // string comparison each for every token.
  char prev_mark = '\0';
  for (size_t i = 0; i < t.size(); ++i) {
    punct[i] = (flags[i] & kWordPunct) != 0;
    std::string_view w = t.text(i);
    if (t.tokens[i].is_word && (StopsGap(w) || (i > 0 && IsAnswerNoun(w) && t.text(i - 1) == "in"))) punct[i] = 3;
    const char mark = w.size() == 1 ? w[0] : '\0';
    if (mark == '"' || (w.size() == 3 && (w == "\u201c" || w == "\u201d"))) punct[i] = 2;
    // "U.S.", "U.K.": the points of an abbreviation break nothing.
    if (punct[i] && i > 0 && mark == '.' && t.text(i - 1).size() == 1 && t.tokens[i - 1].is_word &&
        t.tokens[i].begin == t.tokens[i - 1].end) {
      punct[i] = 0;
      skippable[i] = 1;
    }
    // "a one-day hunger strike", "a last-minute request": a hyphen inside a
    // word breaks no gap.
    if (mark == '-' && t.JoinedHyphen(i)) {
      punct[i] = 0;
      skippable[i] = 1;
      gap_free[i] = gap_free[i + 1] = 1;
    }
    // "$5.5 billion", "300,000 tonnes": a point or comma inside a number.
    if (i > 0 && i + 1 < t.size() && (mark == '.' || mark == ',') && (flags[i] & kWordPunct) != 0) {
      auto digit = [&](size_t k) { return !t.text(k).empty() && std::isdigit(static_cast<unsigned char>(t.text(k)[0])); };
      if (digit(i - 1) && digit(i + 1) && t.tokens[i].begin == t.tokens[i - 1].end && t.tokens[i + 1].begin == t.tokens[i].end) {
        punct[i] = 0;
        skippable[i] = 1;  // "deported 4,000 Egyptian migrants"
        gap_free[i] = gap_free[i + 1] = 1;
      }
    }
    // "$2.5 billion": the currency sign and the scale word are one amount
    // with the number.
    if (i > 0 && !w.empty() && t.tokens[i].begin == t.tokens[i - 1].end &&
        std::isdigit(static_cast<unsigned char>(w[0])) && IsCurrencySign(t.text(i - 1))) {
      gap_free[i] = 1;
    }
    if (i > 0 && (w == "million" || w == "billion" || w == "trillion") && !t.text(i - 1).empty() &&
        std::isdigit(static_cast<unsigned char>(t.text(i - 1)[0]))) {
      gap_free[i] = 1;
    }
    // A verb form ends the modifiers before an object: "released a statement
    // criticising China" has no object China. Participles used as
    // adjectives stay ("fishing boats", "neighbouring states").
    bool gerund = HasGerundShape(w) && !verb_classes.IsAdjectivalParticiple(w);
    // The second half of a hyphened compound modifies too: "cyclone-hit".
    bool compound_tail = i > 0 && prev_mark == '-' && t.JoinedHyphen(i - 1);
    prev_mark = mark;
    // "sent a jet to bomb Cambodian targets": a bare verb after "to" is an
    // infinitive, whose object is no destination of the sending.
    // Not the first half of a compound ("to flood-hit Libya").
    bool infinitive = i > 0 && t.text(i - 1) == "to" && verbs.count(lemmas[i]) != 0 && w == lemmas[i] &&
                      !verb_classes.IsBenefactive(w) && !(i + 1 < t.size() && t.text(i + 1) == "-" && t.JoinedHyphen(i + 1));
    skippable[i] = skippable[i] || (t.tokens[i].is_word && (flags[i] & kWordSlotStop) == 0 && !gerund && !infinitive) ||
                   mark == '"' || (compound_tail && t.tokens[i].is_word);
    // A verb's gerund takes its object after "of": "resumed shelling of
    // Armenian positions" shells them.
    if (w == "of" && i > 0 && verbs.count(lemmas[i - 1]) != 0) {
      std::string_view v = t.text(i - 1);
      skippable[i] = skippable[i] || (HasGerundShape(v));
    }
  }
  // "condemned what it called Russian interference", "rejected what they
  // described as a provocation": the speaker's naming frame is read through.
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t.text(i) != "what") continue;
    std::string_view who = t.text(i + 1), verb = t.text(i + 2);
    bool pronoun = who == "it" || who == "he" || who == "she" || who == "they" || who == "we";
    bool naming = verb == "called" || verb == "calls" || verb == "termed" || verb == "terms" || verb == "branded" ||
                  verb == "describes" || verb == "described" || verb == "sees" || verb == "saw";
    if (!pronoun || !naming) continue;
    size_t last = i + 2;
    if ((verb == "described" || verb == "describes" || verb == "sees" || verb == "saw") && last + 1 < t.size() &&
        t.text(last + 1) == "as") {
      ++last;
    }
    for (size_t k = i; k <= last; ++k) gap_free[k] = 1;
  }
  // "banned exports of gallium, germanium and graphite to": the commas of a
  // list of short items break no gap.
  auto item_word = [&](size_t k) {
    std::string_view w = t.text(k);
    return t.tokens[k].is_word && (flags[k] & kWordSlotStop) == 0 && !(w.size() > 4 && w.substr(w.size() - 3) == "ing");
  };
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if (t.text(i) != "," || !item_word(i - 1)) continue;
    size_t j = i + 1;
    while (j < t.size() && j <= i + 3 && item_word(j)) ++j;
    // (Nor do they count as a word of the gap: "launched 300 drones, cruise
    // missiles and ballistic missiles at".)
    // (A comma inside a number, "1,000", is no list's.)
    if (j > i + 1 && j < t.size() && ((t.text(j) == "," && punct[j] == 1) || t.text(j) == "and" || t.text(j) == "or")) {
      punct[i] = 0;
      gap_free[i] = 1;
      // Nor do the items before the last: "suspended air, rail, road, sea
      // and postal links with" is a gap of two.
      // (Lower-case items only: a list of names holds parties.)
      for (size_t k = i; k > 0 && k + 3 > i && item_word(k - 1) && !t.capitalized[k - 1]; --k) gap_free[k - 1] = 1;
    }
  }
  passive_ok.assign(t.size(), 0);
  for (const auto& [sb, se] : t.sentence_tokens) {
    for (uint32_t i = sb; i < se; ++i) {
      // Both tests need a participle; a word's flag says so without string
      // comparisons (a punctuation token's lemma is itself, not the table's).
      bool participle = t.tokens[i].is_word ? (flags[i] & kWordParticiple) != 0 : ParticipleForm(*this, i);
      if (!participle) continue;
      passive_ok[i] = InPassive(*this, sb, i) || (i + 1 < se && t.text(i + 1) == "by" && ParticipleForm(*this, i));
    }
  }
  // A verb at `k` (before the sentence's end `se`): a past form, a verb of
  // the lexicon or an auxiliary, so the actors before it are its subject.
  auto verb_at = [&](uint32_t k, uint32_t se) {
    return k < se && (HasPastShape(t.text(k)) || verbs.count(lemmas[k]) != 0 || IsAuxiliary(t.text(k)));
  };
  for (const auto& [sb, se] : t.sentence_tokens) {
    for (uint32_t i = sb; i < se; ++i) {
      int k = chunk_starting_at[i];
      if (k < 0) continue;
      const ActorChunk& c = r.chunks[static_cast<size_t>(k)];
      uint32_t end = c.end;
      // "China and Vietnam", "Germany, France and Britain": a list of actors
      // is one slot.
      for (;;) {
        std::string_view joint = end + 1 < se ? t.text(end) : std::string_view();
        uint32_t next = end + 1;
        if (joint == "," && next + 1 < se && t.text(next) == "and") ++next;
        if (next + 1 < se && OpensListItem(t.text(next))) ++next;
        // "to Britain or the United States": either is the act's party.
        if ((joint != "and" && joint != "," && joint != "or") || next >= se || chunk_starting_at[next] < 0) break;
        const ActorChunk& n = r.chunks[static_cast<size_t>(chunk_starting_at[next])];
        // A country adjective shares the noun after the list ("imports of
        // Georgian and Moldovan wine", "American and British forces"); a
        // name is joined by no adjective ("Russia and Chinese firms").
        if (n.modifier && !c.modifier) break;
        // "summoned the Turkish ambassador, and Egypt called …": after ", and"
        // an actor followed by its verb opens another clause. (In "Iran,
        // Russia, and China held drills" the first comma has made a list.)
        // So does a list after ", and" ("…, and Chile and Colombia recalled").
        if (joint == "," && end == c.end && n.end < se) {
          uint32_t tail = n.end;
          while (t.text(next - 1) == "and" && tail + 1 < se && t.text(tail) == "and" &&
                 chunk_starting_at[tail + 1] >= 0) {
            tail = r.chunks[static_cast<size_t>(chunk_starting_at[tail + 1])].end;
          }
          if (verb_at(tail, se)) break;
        }
        // A comma joins only into a list that an "and" closes.
        if (joint == "," && t.text(next - 1) != "and") {
          bool closes = false;
          for (uint32_t q = n.end; q + 1 < se && q < n.end + 12; ++q) {
            if (t.text(q) == "and") {
              uint32_t after = q + 2 < se && OpensListItem(t.text(q + 1)) ? q + 2 : q + 1;
              closes = after < se && chunk_starting_at[after] >= 0;
              // "After talks mediated by Turkey, Russia and Ukraine agreed …":
              // the comma closes a phrase the sentence opens with, and the
              // list after it, followed by its verb, is the subject.
              if (closes && c.end == end && LeadInPhraseEnd(t, sb, se, chunk_starting_at[sb] >= 0) == end) {
                if (verb_at(r.chunks[static_cast<size_t>(chunk_starting_at[after])].end, se)) closes = false;
              }
              break;
            }
            // "Rwanda, France, the United States and Belgium": an item may
            // open with "the", "a" or a count ("two Spaniards").
            if (t.text(q) != "," && !OpensListItem(t.text(q)) && chunk_starting_at[q] < 0) break;
            if (chunk_starting_at[q] >= 0) q = r.chunks[static_cast<size_t>(chunk_starting_at[q])].end - 1;
          }
          if (!closes) break;
        }
        end = n.end;
      }
      // "Chinese-made goods", "US-backed forces": the state only qualifies;
      // "an Israeli-owned ship", "a British-flagged tanker" are the state's,
      // "the Saudi-led coalition" its force (compound_participles.tsv).
      if (c.end + 1 < se && t.text(c.end) == "-" && t.tokens[c.end + 1].is_word &&
          !dict.compound_participles().StandsForState(t.text(c.end + 1))) {
        continue;
      }
      // A gap counts a list of the states a group noun belongs to as its first
      // item when the list ends at the group's verb: "Troops of the Soviet
      // Union, Poland, East Germany, Hungary and Bulgaria poured across".
      bool of_states = false;
      for (uint32_t k = c.begin > sb + 2 ? c.begin - 2 : sb; k < c.end && !of_states; ++k) {
        of_states = t.text(k) == "of";
      }
      if (of_states && end > c.end && verb_at(end, se)) {
        for (uint32_t k = c.end; k < end; ++k) gap_free[k] = 1;
      }
      actor_end_mod[i] = end;
      chunk_end[i] = c.end;
      // "anti-French demonstrations": the state after "anti-" is a target.
      if (!c.modifier || c.against) actor_end[i] = end;
    }
  }
  // Parenthetical inserts the matcher reads through (SentenceView::after_insert):
  // ", including Barack Obama," from its opening comma to its closing one,
  // with no other mark inside (a list's commas are no marks by now), and the
  // closing comma of an apposition that names a person ("Nazanin
  // Zaghari-Ratcliffe, a British-Iranian aid worker, to five years").
  insert_end.assign(t.size(), 0);
  for (const auto& [sb, se] : t.sentence_tokens) {
    for (uint32_t i = sb; i + 2 < se; ++i) {
      if (t.text(i) != "," || !verb_classes.OpensInsert(t.text(i + 1))) continue;
      for (uint32_t k = i + 2; k + 1 < se && k <= i + 14; ++k) {
        if (punct[k] != 1) continue;
        if (t.text(k) == ",") insert_end[i] = k + 1;
        break;
      }
    }
  }
  for (const ActorChunk& c : r.chunks) {
    if (c.apposed_name && c.end + 1 < t.size() && t.text(c.end) == "," && punct[c.end] == 1) {
      insert_end[c.end] = c.end + 1;
    }
  }
  // Venues the matcher reads through (SentenceView::after_venue): "in" or
  // "at" and a capital or a town, one actor and no title ("agreed in
  // Luanda on Wednesday to", not "in Vietnam's Foreign Ministry").
  venue_end.assign(t.size(), 0);
  for (const ActorChunk& c : r.chunks) {
    if (c.begin == 0 || c.actors.size() != 1 || !(c.place_like || c.how == "place")) continue;
    const ResolvedActor& a = c.actors[0];
    if (a.person >= 0 || !a.role.empty() || !a.actor_id.empty()) continue;
    std::string_view before = t.text(c.begin - 1);
    if (before == "in" || before == "at") venue_end[c.begin - 1] = c.end;
  }
  anchor = r.story_day;
  published_day = ParseDay(doc.published, false);
  // The lead's date stands for the occasion the whole story reports.
  for (size_t s2 = 0; s2 < std::min<size_t>(2, t.sentence_tokens.size()) && !has_lead_date; ++s2) {
    for (const DateMention& m : DatesOf(s2)) {
      // Not a day something is due, nor one after the story's own ("the
      // territory returns to China from July 1, 1997", in 1984).
      if (IsLaterDate(m, t.sentence_tokens[s2].first) || (anchor != 0 && m.first > anchor)) continue;
      if (m.precision == "day" || m.precision == "range") {
        lead_date = m;
        has_lead_date = true;
        break;
      }
    }
  }
  if (!doc.dateline.empty()) {
    std::string folded = FoldString(doc.dateline);
    if (const CountryEntry* c = dict.CountryByFoldedCapital(folded); c != nullptr) {
      dateline_place = dict.CapitalLocation(*c);
      dateline_country = c->iso3;
    } else if (const PlaceEntry* p = dict.PlaceByFoldedName(folded); p != nullptr) {
      dateline_place = dict.PlaceLocation(*p);
    } else {
      dateline_place.name = doc.dateline;
      // "PALU, Indonesia": a place the dictionary lacks, in a state it names.
      const std::string region = doc.dateline_region.empty() ? std::string() : FoldString(doc.dateline_region);
      for (size_t k = 0; !region.empty() && k < dict.countries().size(); ++k) {
        const CountryEntry& c = dict.countries()[k];
        if (FoldString(c.name) != region) continue;
        dateline_place.country = dateline_country = c.iso3;
        break;
      }
    }
  }
}

uint32_t DocumentContext::TimePhraseBefore(uint32_t begin, uint32_t end) const {
  for (uint32_t b = end; b > begin && end - b < 6; --b) {
    if (time_phrase_end[b - 1] == end) return b - 1;
  }
  return end;
}

const std::vector<DateMention>& DocumentContext::DatesOf(size_t s) const {
  if (dates_.size() != sentences.size()) {
    dates_.assign(sentences.size(), {});
    dates_done_.assign(sentences.size(), false);
  }
  if (!dates_done_[s]) {
    const auto [first, last] = r.tokens.sentence_tokens[s];
    // A story without a day still has its time phrases ("on Monday"): any
    // day finds their extent, which is all the matcher needs. Both are found
    // from one scan for the words that may open a date.
    constexpr Day kAnyDay = 20000103;
    std::vector<DateMention> undated;
    dates_[s] = anchor == 0 ? FindDatesAndExtents(r.tokens, first, last, anchor, kAnyDay, &undated)
                            : FindDates(r.tokens, first, last, anchor, published_day);
    dates_done_[s] = true;
    for (const DateMention& m : anchor == 0 ? undated : dates_[s]) {
      uint32_t b = m.begin, e = m.end;
      if (b > first && (r.tokens.text(b - 1) == "on" || r.tokens.text(b - 1) == "in")) --b;
      std::string_view part = e < last ? r.tokens.text(e) : std::string_view();
      if (part == "morning" || part == "afternoon" || part == "evening" || part == "night") ++e;
      if (b > first) time_phrase_end[b] = e;
    }
  }
  return dates_[s];
}
}  // namespace dyad
