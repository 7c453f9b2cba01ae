#include "actors/chunker.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "text/folding.h"
#include "util/day.h"
#include "util/flat_map.h"
#include "text/word_shape.h"

namespace dyad {
namespace {

// Elements one phrase may hold. The longest real ones hold a handful
// ("General Secretary of the CPC Central Committee and President of China Xi
// Jinping": five); Extend rescans the phrase for every element it adds, so a
// run of names without a stop ("Turkey Greece Cyprus ..." for a MB, found by
// analyzer_fuzz) was one phrase and quadratic: 256 KB took 2 minutes.
constexpr size_t kMaxChunkElements = 32;

const FlatStringSet& Prepositions() {
  static const auto* words = new FlatStringSet{
      "with", "to", "of", "for", "on", "by", "from", "in", "at", "between", "among", "toward", "towards", "against",
      "over", "about", "into", "under", "across", "via", "through", "including", "like", "than", "upon", "onto",
      "within", "without", "near", "amid", "despite", "during", "behind", "beyond"};
  return *words;
}

const FlatStringSet& Determiners() {
  static const auto* words =
      new FlatStringSet{"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"};
  return *words;
}

// Words that may stand inside a title chain once it has a title:
// "permanent member of the …", "deputy head of …".
const FlatStringSet& TitleGlue() {
  static const auto* words = new FlatStringSet{
      "of", "the", "'s", "member", "members", "permanent", "standing", "deputy", "vice", "first", "executive",
      "acting", "former", "late", "senior", "top", "chief", "head", "director", "also", "then", "newly", "appointed",
      "elected", "incoming", "outgoing", "special", "alternate", "political", "bureau", "office", "general"};
  return *words;
}

const FlatStringSet& QuantityWords() {
  static const auto* words = new FlatStringSet{
      "hundreds", "thousands", "dozens", "scores", "millions", "tens", "hundred", "thousand", "dozen", "group",
      "groups", "crowd", "crowds", "supporters", "families", "relatives", "members", "number", "some", "many",
      "several", "team", "teams", "delegation", "squad", "unit", "units", "contingent", "convoy", "fleet", "flotilla",
      "battalion", "column", "wave", "swarm", "pair", "couple", "handful", "majority", "most", "all", "two", "three",
      "four", "five", "six", "dozens", "batch"};
  return *words;
}

// Nouns that a place names rather than a government: "the Vienna
// Convention", "the Minsk agreements", "the Beijing Olympics".
bool NamedAfterAPlace(std::string_view w) {
  static const FlatStringSet kWords = {
      "convention", "conventions", "agreement", "agreements", "accord", "accords", "protocol", "declaration",
      "process", "format", "group", "summit", "treaty", "charter", "principles", "olympics", "games", "statement",
      "communique", "initiative", "consensus", "document", "memorandum", "club", "pact", "talks", "plan", "formula"};
  return kWords.Contains(w);
}

// The last word of a title that is a post in or to another state or body:
// "ambassador to China", "adviser to the president".
bool PostedAbroad(std::string_view head) {
  static const FlatStringSet kWords = {"ambassador", "ambassadors", "envoy",    "envoys",    "representative",
                                       "representatives", "delegate", "delegates", "delegation", "consul",
                                       "commissioner", "emissary", "attache", "nuncio", "adviser", "advisor",
                                       "counsellor", "counselor", "observer", "liaison", "secretary", "mission"};
  return kWords.Contains(head);
}

// Words that never stand inside a noun phrase before its head.
bool StopWord(std::string_view w) {
  static const FlatStringSet kWords = {
      "and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "that", "which",
      "who", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "not", "as", "than",
      "into", "over", "after", "before", "its", "their", "his", "her", "this", "these", "those"};
  return kWords.Contains(w) || HasPastShape(w) ||
         (w.size() > 4 && w.substr(w.size() - 3) == "ing" && w != "fishing" && w != "patrolling");
}

bool IsWord(const DocumentTokens& d, uint32_t i, std::string_view w) { return i < d.size() && d.text(i) == w; }

class SentenceChunker {
 public:
  SentenceChunker(const ActorDictionary& dict, const DocumentTokens& d, uint32_t begin, uint32_t end,
                  const std::function<bool(uint32_t)>& active)
      : dict_(dict), d_(d), begin_(begin), end_(end), active_(active) {}

  std::vector<RawChunk> Run() {
    std::vector<RawChunk> out;
    uint32_t i = begin_;
    while (i < end_) {
      ChunkElement el;
      if (!ElementAt(i, &el)) {
        ++i;
        continue;
      }
      RawChunk chunk;
      chunk.begin = el.begin;
      chunk.elements.reserve(4);  // one allocation for the usual chunk, not three
      chunk.elements.push_back(el);
      // "Anti-Chinese rioters", "anti-American protests": the state after
      // "anti-" is whom the noun is against, never whose it is. The
      // adjective stays a modifier ($A slots may read it) and the noun
      // starts a phrase of its own.
      if (AfterAnti(el)) {
        chunk.end = el.end;
        chunk.modifier = true;
        chunk.against = true;
        out.push_back(std::move(chunk));
        i = el.end;
        continue;
      }
      uint32_t j = Extend(&chunk, el.end);
      chunk.end = j;
      modifier_ = false;
      place_ = false;
      if (Keep(chunk)) {
        if (NameBeforeApposition(&chunk, out)) j = chunk.end;
        chunk.modifier = modifier_;
        chunk.place_like = place_;
        Annotate(&chunk);
        out.push_back(std::move(chunk));
      }
      i = j > i ? j : i + 1;
    }
    return out;
  }

 private:
  bool IsRole(const ChunkElement& e, RoleKind kind) const {
    return e.type == ElementType::kDictionary && e.kind == PhraseKind::kRole && dict_.roles()[e.index].kind == kind;
  }
  bool IsAnyRole(const ChunkElement& e) const {
    return e.type == ElementType::kDictionary && e.kind == PhraseKind::kRole;
  }
  bool IsPersonLike(const ChunkElement& e) const {
    return (e.type == ElementType::kDictionary && e.kind == PhraseKind::kPerson) || e.type == ElementType::kShortName ||
           e.type == ElementType::kUnknownName;
  }
  bool IsCountryWord(const ChunkElement& e) const {
    return e.type == ElementType::kDictionary &&
           (e.kind == PhraseKind::kCountryName || e.kind == PhraseKind::kCountryAdjective);
  }

  // A compass word in lower case before a capitalised word of the phrase
  // [i, end): "south Korean", as KCNA writes it.
  bool CompassBeforeName(uint32_t i, uint32_t end) const {
    const std::string_view w = d_.text(i);
    return end > i + 1 && d_.capitalized[i + 1] && (w == "south" || w == "north" || w == "east" || w == "west");
  }

  // The best dictionary reading of the phrase at `i`, or a short name, or a
  // subject pronoun.
  bool ElementAt(uint32_t i, ChunkElement* el) const {
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

  // A country word joined to a preceding "anti-": "anti-Japanese".
  bool AfterAnti(const ChunkElement& e) const {
    if (!IsCountryWord(e) || e.begin < begin_ + 2 || !IsWord(d_, e.begin - 1, "-")) return false;
    return d_.text(e.begin - 2) == "anti" && d_.tokens[e.begin - 1].begin == d_.tokens[e.begin - 2].end &&
           d_.tokens[e.begin].begin == d_.tokens[e.begin - 1].end;
  }

  // "warned her of", "told her that", "thanked her ." : "her" as an object,
  // not the possessive of "her plea", which owns the noun after it.
  bool ObjectHer(uint32_t i) const {
    if (i + 1 >= end_ || !d_.tokens[i + 1].is_word || d_.capitalized[i + 1]) return true;
    static const FlatStringSet kAfterObject = {"of", "to", "that", "over", "on", "about", "against", "for", "with",
                                               "in", "at", "after", "before", "during", "and", "not", "as", "by"};
    return kAfterObject.Contains(d_.text(i + 1));
  }

  bool AfterVerbMarker(uint32_t i) const {
    std::string_view w = d_.text(i - 1);
    return w == "to" || w == "will" || w == "would" || w == "shall" || w == "should" || w == "could" || w == "can" ||
           w == "may" || w == "might" || w == "must" || w == "did" || w == "not";
  }

  bool AfterPluralNoun(uint32_t i, uint32_t end) const {
    std::string_view before = d_.text(i - 1), self = d_.text(end - 1);
    return end == i + 1 && d_.tokens[i - 1].is_word && !d_.capitalized[i - 1] && before.size() > 3 &&
           before.back() == 's' && before[before.size() - 2] != 's' && self.back() != 's' && !HasGerundShape(self);
  }

  // "Qasim al-Araji": a word known as someone's short name followed by more
  // of a name is another person's given name.
  bool GivenNameBefore(uint32_t i) const {
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

  bool GerundBeforeName(uint32_t end) const {
    std::string_view w = d_.text(end - 1);
    return HasGerundShape(w) && end < end_ && d_.capitalized[end];
  }

  // The element's last word is a plural ("counterparts", "ministers"), not
  // a singular in -ss or -us.
  bool PluralHead(const ChunkElement& e) const {
    const std::string_view w = d_.text(e.end - 1);
    return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u';
  }

  bool HasPerson(const RawChunk& c) const {
    for (const ChunkElement& e : c.elements) {
      if (IsPersonLike(e) && !e.in_apposition) return true;
    }
    return false;
  }
  bool OnlyTitles(const RawChunk& c) const {
    for (const ChunkElement& e : c.elements) {
      if (!IsAnyRole(e) && !IsCountryWord(e)) return false;
    }
    return true;
  }
  bool HasPersonTitle(const RawChunk& c) const {
    for (const ChunkElement& e : c.elements) {
      if (IsRole(e, RoleKind::kPerson)) return true;
    }
    return false;
  }

  // Grows the chunk from token `j`; returns its end.
  uint32_t Extend(RawChunk* c, uint32_t j) {
    if (c->elements.back().type == ElementType::kPronoun) return j;
    for (;;) {
      if (j >= end_ || c->elements.size() >= kMaxChunkElements) return j;
      const ChunkElement last = c->elements.back();
      bool has_title = false;
      for (const ChunkElement& e : c->elements) has_title = has_title || IsAnyRole(e);
      // "(CPV)": an abbreviation in brackets.
      if (IsWord(d_, j, "(")) {
        uint32_t k = j + 1;
        while (k < end_ && k < j + 6 && !IsWord(d_, k, ")")) ++k;
        if (k < end_ && IsWord(d_, k, ")") && k > j + 1 && d_.capitalized[j + 1]) {
          j = k + 1;
          continue;
        }
        return j;
      }
      // Unknown capitalised name after a person title: "spokesperson Jay Tarriela".
      ChunkElement probe;
      // "American tourist Otto Warmbier": a singular group noun names a person too.
      // Not a plural title ("counterparts Ali Khan and …"): its names are a list.
      bool person_noun = (IsRole(last, RoleKind::kPerson) && !PluralHead(last)) ||
                         (IsRole(last, RoleKind::kPeople) && d_.text(last.end - 1).back() != 's');
      if (person_noun && !HasPerson(*c) && d_.capitalized[j] && !ElementAt(j, &probe)) {
        uint32_t k = j;
        while (k < end_ && k < j + 3 && d_.capitalized[k] && !ElementAt(k, &probe)) {
          ++k;
          // "Amir-Abdollahian", "Al-Sudani": a hyphenated name is one name.
          while (k + 1 < end_ && IsWord(d_, k, "-") && d_.capitalized[k + 1]) k += 2;
        }
        c->elements.push_back({ElementType::kUnknownName, PhraseKind::kPerson, 0, j, k, false});
        j = k;
        continue;
      }
      if (IsWord(d_, j, ",")) return ExtendAfterComma(c, j);
      if (IsWord(d_, j, "and")) {
        // "General Secretary … and President …": a title conjunction.
        if (!has_title || HasPerson(*c)) return j;
        uint32_t n = j + 1;
        while (n < end_ && TitleGlue().Contains(d_.text(n)) && d_.text(n) != "of" && d_.text(n) != "the") ++n;
        ChunkElement next;
        // "Armenia's prime minister and Azerbaijan's president": another
        // state's word after "and" starts another actor.
        const bool found = ElementAt(n, &next);
        bool other_state = false;
        if (found && IsCountryWord(next)) {
          for (const ChunkElement& e : c->elements) other_state = other_state || (IsCountryWord(e) && e.index != next.index);
        }
        if (found && !other_state && (IsAnyRole(next) || IsCountryWord(next)) && !IsRole(next, RoleKind::kCompound)) {
          c->elements.push_back(next);
          j = next.end;
          continue;
        }
        return j;
      }
      uint32_t k = j;
      while (k < end_ && k < j + 5) {
        std::string_view w = d_.text(k);
        // Title words ("late", "deputy", "member") glue only into a title.
        // "the shelling of Armenian positions" is no Armenian shelling: an
        // act in -ing names its target after "of".
        std::string_view head = d_.text(last.end - 1);
        bool act = IsAnyRole(last) && HasGerundShape(head);
        // "ambassador to China", "envoy for Syria", "Minister for Foreign
        // Affairs": a post abroad or a portfolio; but "the visit of the Indian
        // prime minister to China" is a journey, whose "to" no office takes.
        bool posted = w == "for" || (w == "to" && PostedAbroad(FoldString(head)));
        bool glue = w == "of" || w == "the" || w == "'s" || (posted && IsRole(last, RoleKind::kPerson)) ||
                    TitleGlue().Contains(w);
        // "the expulsion by Mali (Bamako) of the French envoy": a state's
        // name or capital alone owns no "of" phrase ("the President of Mali"
        // is read from the title).
        bool lone_state = c->elements.size() == 1 && last.type == ElementType::kDictionary &&
                          (last.kind == PhraseKind::kCountryName || last.kind == PhraseKind::kCapital);
        if (!glue || (act && w == "of") || (lone_state && w == "of")) break;
        ++k;
      }
      ChunkElement next;
      // "Russian strategic bombers", "Chinese maritime militia vessels": after
      // a lone country word, up to two plain words may precede a group noun.
      if (k == j && c->elements.size() == 1 && IsCountryWord(last) && !ElementAt(k, &next)) {
        uint32_t n = j;
        // A product name may stand there too: "American Abrams tanks",
        // "Turkish F-16 fighters", and a leader's or an owner's mark:
        // "Saudi-led coalition jets", "Greek-flagged tankers"
        // (compound_participles.tsv; "Iranian-made drones" are no group of
        // Iran's).
        auto designator = [&](uint32_t at) {
          if (!IsWord(d_, at, "-") || at + 1 >= end_) return false;
          std::string_view after = d_.text(at + 1);
          return std::isdigit(static_cast<unsigned char>(after[0])) ||
                 dict_.compound_participles().StandsForState(after);
        };
        uint32_t limit = j + 2;
        if (designator(j)) limit = j + 4;
        while (n < end_ && n < limit) {
          if (designator(n)) {
            n += 2;
            limit = std::max(limit, n + 1);
            continue;
          }
          // "long-range", "front-line": a hyphened word counts once.
          if (n > j && n + 1 < end_ && IsWord(d_, n, "-") && d_.tokens[n].begin == d_.tokens[n - 1].end &&
              d_.tokens[n + 1].begin == d_.tokens[n].end && d_.tokens[n + 1].is_word) {
            n += 2;
            limit += 2;
            continue;
          }
          if (!d_.tokens[n].is_word || StopWord(d_.text(n)) || ElementAt(n, &next)) break;
          ++n;
        }
        if (n > j && ElementAt(n, &next) && IsRole(next, RoleKind::kPeople)) k = n;
      }
      if (!ElementAt(k, &next) || next.type == ElementType::kPronoun || IsRole(next, RoleKind::kCompound)) return j;
      // "shelling Kharkiv": a place right after a phrase is no part of it.
      if (k == j && next.type == ElementType::kDictionary && next.kind == PhraseKind::kPlace) return j;
      if (HasPerson(*c) && IsPersonLike(next)) return j;
      if (k == j && IsPersonLike(last) && !IsAnyRole(next)) return j;
      // "his Armenian and Azerbaijani counterparts Zohrab Mnatsakanyan and
      // Jeyhun Bayramov": names after a plural title list its members, each
      // a phrase of its own; the first is not the title's only person.
      if (k == j && IsPersonLike(next) && IsAnyRole(last) && PluralHead(last)) return j;
      c->elements.push_back(next);
      j = next.end;
    }
  }

  // After a comma: "his counterpart, Nguyen Phu Trong" or an apposition
  // "Xi, also general secretary of …,". Returns the chunk's end.
  uint32_t ExtendAfterComma(RawChunk* c, uint32_t comma) {
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

  // "Pyongyang freed Bruce Lowrance, an American tourist,", "detained Gui
  // Minhai, a Swedish publisher": wire copy names a person no dictionary
  // knows and gives the state in an apposition after the name. The name
  // joins the apposition's chunk, which then names that person of that state
  // (the reverse order, "American tourist Otto Warmbier", is read in Extend).
  // `c` is the apposition ("American tourist", "Swedish"); `done` the
  // sentence's chunks before it. Returns whether the chunk grew.
  bool NameBeforeApposition(RawChunk* c, const std::vector<RawChunk>& done) {
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

  bool Keep(const RawChunk& c) {
    // A country word joined by a hyphen to another ("Việt Nam-China
    // relations", "Sino-Vietnamese") modifies a noun: no actor.
    const ChunkElement& first = c.elements.front();
    if (c.elements.size() == 1 && IsCountryWord(first)) {
      if (IsWord(d_, first.end, "-") && first.end + 1 < end_) {
        ChunkElement next;
        if (ElementAt(first.end + 1, &next) && IsCountryWord(next)) return false;
      }
      if (first.begin >= begin_ + 2 && IsWord(d_, first.begin - 1, "-")) {
        ChunkElement prev;
        for (uint32_t b = first.begin >= 4 ? first.begin - 4 : 0; b + 1 < first.begin; ++b) {
          if (b >= begin_ && ElementAt(b, &prev) && prev.end == first.begin - 1 && IsCountryWord(prev)) return false;
        }
      }
      // A bare adjective ("Chinese characteristics") is no actor of its own;
      // patterns may still read it as the owner ("seized a Vietnamese boat").
      if (first.kind == PhraseKind::kCountryAdjective) modifier_ = true;
    }
    // A place alone ("shelled Kharkiv") stands for its state as a target,
    // never as a subject: the resolver marks it place-like.
    if (c.elements.size() == 1 && first.type == ElementType::kDictionary && first.kind == PhraseKind::kPlace) {
      place_ = true;
    }
    return true;
  }

  void Annotate(RawChunk* c) const {
    uint32_t p = c->begin;
    // "the shooting of former Japanese prime minister Shinzo Abe": words
    // that date a title stand between the preposition and its object.
    auto dating = [](std::string_view w) {
      return w == "former" || w == "late" || w == "then" || w == "outgoing" || w == "incoming" || w == "acting";
    };
    // "over eastern Ukraine", "in southern Lebanon": a part of the country
    // stands between them too.
    auto part = [](std::string_view w) {
      return w == "eastern" || w == "western" || w == "northern" || w == "southern" || w == "central" ||
             w == "northeastern" || w == "northwestern" || w == "southeastern" || w == "southwestern";
    };
    while (p > begin_ && (Determiners().Contains(d_.text(p - 1)) || dating(d_.text(p - 1)) || part(d_.text(p - 1)))) --p;
    c->after_preposition = p > begin_ && Prepositions().Contains(d_.text(p - 1));
    // "Hundreds of South Korean protesters rallied …": after a quantity or a
    // group word, "of" introduces the subject itself.
    if (c->after_preposition && d_.text(p - 1) == "of" && p >= begin_ + 2 && QuantityWords().Contains(d_.text(p - 2))) {
      c->after_preposition = false;
      // "Thousands of Chinese joined …": the adjective alone is the people,
      // when a verb or a punctuation mark follows it (not "thousands of
      // Ukrainian recruits", nor a list: "of American and Korean troops").
      std::string_view next = c->end < end_ ? d_.text(c->end) : std::string_view(",");
      bool verb_follows = !d_.tokens[c->end < end_ ? c->end : c->end - 1].is_word ||
                          HasPastShape(next) || next == "were" || next == "are" ||
                          next == "have" || next == "had" || next == "took" || next == "fled" || next == "came" ||
                          next == "went" || next == "began" || next == "held";
      if (next == "," || next == "and" || next == "or") verb_follows = false;
      if (c->modifier && c->elements.size() == 1 && verb_follows) {
        c->modifier = false;
        c->people = true;
      }
    }
    const ChunkElement& first = c->elements.front();
    if (c->elements.size() == 1 && first.type == ElementType::kDictionary && first.kind == PhraseKind::kCapital &&
        p > begin_) {
      std::string_view prev = d_.text(p - 1);
      c->place_like = c->place_like || prev == "in" || prev == "at" || prev == "from" || prev == "near";
    }
  }

  const ActorDictionary& dict_;
  const DocumentTokens& d_;
  uint32_t begin_, end_;
  const std::function<bool(uint32_t)>& active_;
  bool modifier_ = false;
  bool place_ = false;
};

}  // namespace

std::vector<RawChunk> FindChunks(const ActorDictionary& dict, const DocumentTokens& d, uint32_t begin, uint32_t end,
                                 const std::function<bool(uint32_t)>& is_active_short_name) {
  return SentenceChunker(dict, d, begin, end, is_active_short_name).Run();
}

}  // namespace dyad
