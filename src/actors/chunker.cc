// FindChunks: SentenceChunker's walk over a sentence, growing each phrase
// from its first element through "of", "the", "'s", brackets and title
// conjunctions (Extend), and telling what a found phrase is: no actor, a
// modifier, after a preposition, place-like (Keep, Annotate). The elements
// are read in chunk_elements.cc, appositions in chunk_appositions.cc.
#include "actors/chunker.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "actors/sentence_chunker.h"
#include "text/word_shape.h"
#include "util/flat_map.h"

namespace dyad {
namespace {

// Elements one phrase may hold. The longest real ones hold a handful
// ("General Secretary of the CPC Central Committee and President of China Xi
// Jinping": five); Extend rescans the phrase for every element it adds, so a
// run of names without a stop ("Turkey Greece Cyprus ..." for a MB, found by
// analyzer_fuzz) was one phrase and quadratic: 256 KB took 2 minutes.
constexpr size_t kMaxChunkElements = 32;

const FlatStringSet& QuantityWords() {
  static const auto* words = new FlatStringSet{
      "hundreds", "thousands", "dozens", "scores", "millions", "tens", "hundred", "thousand", "dozen", "group",
      "groups", "crowd", "crowds", "supporters", "families", "relatives", "members", "number", "some", "many",
      "several", "team", "teams", "delegation", "squad", "unit", "units", "contingent", "convoy", "fleet", "flotilla",
      "battalion", "column", "wave", "swarm", "pair", "couple", "handful", "majority", "most", "all", "two", "three",
      "four", "five", "six", "dozens", "batch"};
  return *words;
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

}  // namespace

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

const FlatStringSet& TitleGlue() {
  static const auto* words = new FlatStringSet{
      "of", "the", "'s", "member", "members", "permanent", "standing", "deputy", "vice", "first", "executive",
      "acting", "former", "late", "senior", "top", "chief", "head", "director", "also", "then", "newly", "appointed",
      "elected", "incoming", "outgoing", "special", "alternate", "political", "bureau", "office", "general"};
  return *words;
}

bool StopWord(std::string_view w) {
  static const FlatStringSet kWords = {
      "and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "that", "which",
      "who", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "not", "as", "than",
      "into", "over", "after", "before", "its", "their", "his", "her", "this", "these", "those"};
  return kWords.Contains(w) || HasPastShape(w) ||
         (w.size() > 4 && w.substr(w.size() - 3) == "ing" && w != "fishing" && w != "patrolling");
}

std::vector<RawChunk> SentenceChunker::Run() {
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

uint32_t SentenceChunker::Extend(RawChunk* c, uint32_t j) {
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

bool SentenceChunker::Keep(const RawChunk& c) {
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

void SentenceChunker::Annotate(RawChunk* c) const {
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

std::vector<RawChunk> FindChunks(const ActorDictionary& dict, const DocumentTokens& d, uint32_t begin, uint32_t end,
                                 const std::function<bool(uint32_t)>& is_active_short_name) {
  return SentenceChunker(dict, d, begin, end, is_active_short_name).Run();
}

}  // namespace dyad
