#include "events/sentence_context.h"

#include "events/clause_rules.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace dyad {
namespace {

bool IsPunct(std::string_view t) {
  return t == "," || t == ";" || t == "." || t == ":" || t == "(" || t == ")" || t == "\"" || t == "!" || t == "?";
}

// Words that end the modifiers allowed between a verb and its object.
const std::unordered_set<std::string_view>& SlotStops() {
  static const auto* words = new std::unordered_set<std::string_view>{
      "in", "at", "on", "to", "from", "with", "for", "by", "that", "and", "or", "which", "who", "as", "about",
      "over", "during", "after", "before", "while", "when", "but", "is", "are", "was", "were", "will", "would",
      "said", "says", "into", "under", "against", "between", "through", "since", "if", "not"};
  return *words;
}

bool IsAdverb(std::string_view w) {
  return w == "also" || w == "again" || w == "then" || w == "later" || w == "further" || w == "strongly" ||
         w == "firmly" || w == "repeatedly" || w == "immediately" || w == "subsequently";
}

bool IsAdjectivalParticiple(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "fishing", "sailing", "visiting", "leading", "ruling", "opposing", "neighbouring", "neighboring", "remaining",
      "incoming", "outgoing", "rising", "following", "governing", "founding", "warring", "fighting", "striking",
      "marching", "protesting", "training", "patrolling", "building", "shipping", "mining", "engineering"};
  return kWords.count(w) > 0;
}

bool IsAuxiliary(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "has" || w == "have" || w == "had" ||
         w == "been" || w == "will" || w == "would" || w == "also" || w == "later" || w == "then" || w == "be";
}

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their";
}

}  // namespace

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
  return flags;
}

DocumentContext::DocumentContext(const Document& d, const std::vector<SentenceSpan>& s, const ResolvedDocument& res,
                                 const WordTable& words, const ActorDictionary& dictionary, const StringSet& verb_words)
    : doc(d), sentences(s), r(res), dict(dictionary), verbs(verb_words) {
  const DocumentTokens& t = r.tokens;
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
  chunk_starting_at.assign(t.size(), -1);
  for (size_t k = 0; k < r.chunks.size(); ++k) chunk_starting_at[r.chunks[k].begin] = static_cast<int>(k);
  // What the pattern matcher asks of every token, as arrays.
  punct.assign(t.size(), 0);
  skippable.assign(t.size(), 0);
  actor_end.assign(t.size(), 0);
  actor_end_mod.assign(t.size(), 0);
  chunk_end.assign(t.size(), 0);
  for (size_t i = 0; i < t.size(); ++i) {
    punct[i] = (flags[i] & kWordPunct) != 0;
    // "U.S.", "U.K.": the points of an abbreviation break nothing.
    if (punct[i] && i > 0 && t.text(i) == "." && t.text(i - 1).size() == 1 && t.tokens[i - 1].is_word &&
        t.tokens[i].begin == t.tokens[i - 1].end) {
      punct[i] = 0;
      skippable[i] = 1;
    }
    // "$5.5 billion", "300,000 tonnes": a point or comma inside a number.
    if (punct[i] && i > 0 && i + 1 < t.size() && (t.text(i) == "." || t.text(i) == ",")) {
      auto digit = [&](size_t k) { return !t.text(k).empty() && std::isdigit(static_cast<unsigned char>(t.text(k)[0])); };
      if (digit(i - 1) && digit(i + 1) && t.tokens[i].begin == t.tokens[i - 1].end && t.tokens[i + 1].begin == t.tokens[i].end) {
        punct[i] = 0;
        skippable[i] = 1;  // "deported 4,000 Egyptian migrants"
      }
    }
    // A verb form ends the modifiers before an object: "released a statement
    // criticising China" has no object China. Participles used as
    // adjectives stay ("fishing boats", "neighbouring states").
    std::string_view w = t.text(i);
    bool gerund = w.size() > 5 && w.substr(w.size() - 3) == "ing" && !IsAdjectivalParticiple(w);
    skippable[i] = skippable[i] || (t.tokens[i].is_word && (flags[i] & kWordSlotStop) == 0 && !gerund) ||
                   w == "\"";
  }
  passive_ok.assign(t.size(), 0);
  for (const auto& [sb, se] : t.sentence_tokens) {
    for (uint32_t i = sb; i < se; ++i) {
      passive_ok[i] = InPassive(*this, sb, i) || (i + 1 < se && t.text(i + 1) == "by" && ParticipleForm(*this, i));
    }
  }
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
        if (next + 1 < se && t.text(next) == "the") ++next;
        if ((joint != "and" && joint != ",") || next >= se || chunk_starting_at[next] < 0) break;
        const ActorChunk& n = r.chunks[static_cast<size_t>(chunk_starting_at[next])];
        if (n.modifier) break;
        // A comma joins only into a list that an "and" closes.
        if (joint == "," && t.text(next - 1) != "and") {
          bool closes = false;
          for (uint32_t q = n.end; q + 1 < se && q < n.end + 12; ++q) {
            if (t.text(q) == "and") {
              uint32_t after = q + 1 < se && t.text(q + 1) == "the" ? q + 2 : q + 1;
              closes = after < se && chunk_starting_at[after] >= 0;
              break;
            }
            if (t.text(q) != "," && chunk_starting_at[q] < 0) break;
          }
          if (!closes) break;
        }
        end = n.end;
      }
      // "Chinese-made goods", "US-backed forces": the state only qualifies;
      // "an Israeli-owned ship", "a British-flagged tanker" are the state's.
      if (c.end + 1 < se && t.text(c.end) == "-" && t.tokens[c.end + 1].is_word) {
        std::string_view how = t.text(c.end + 1);
        static const std::unordered_set<std::string_view> kOwned = {
            "owned", "flagged", "registered", "operated", "crewed", "drafted", "sponsored", "proposed", "led", "run",
            "controlled"};
        if (!kOwned.count(how)) continue;
      }
      actor_end_mod[i] = end;
      chunk_end[i] = c.end;
      if (!c.modifier) actor_end[i] = end;
    }
  }
  anchor = r.story_day;
  // The lead's date stands for the occasion the whole story reports.
  for (size_t s2 = 0; s2 < std::min<size_t>(2, t.sentence_tokens.size()) && !has_lead_date; ++s2) {
    for (const DateMention& m : DatesOf(s2)) {
      if (m.precision == "day" || m.precision == "range") {
        lead_date = m;
        has_lead_date = true;
        break;
      }
    }
  }
  if (!doc.dateline.empty()) {
    if (const CountryEntry* c = dict.CountryByFoldedCapital(FoldString(doc.dateline)); c != nullptr) {
      dateline_place = c->capital;
      dateline_country = c->iso3;
    }
    if (dateline_place.empty()) dateline_place = doc.dateline;
  }
}

const std::vector<DateMention>& DocumentContext::DatesOf(size_t s) const {
  if (dates_.size() != sentences.size()) {
    dates_.assign(sentences.size(), {});
    dates_done_.assign(sentences.size(), false);
  }
  if (!dates_done_[s]) {
    dates_[s] = FindDates(r.tokens, r.tokens.sentence_tokens[s].first, r.tokens.sentence_tokens[s].second, anchor);
    dates_done_[s] = true;
  }
  return dates_[s];
}

SentenceContext::SentenceContext(const DocumentContext& ctx, int sentence)
    : ctx_(ctx), sentence_(sentence) {
  begin_ = ctx.r.tokens.sentence_tokens[static_cast<size_t>(sentence)].first;
  end_ = ctx.r.tokens.sentence_tokens[static_cast<size_t>(sentence)].second;
  const DocumentTokens& t = ctx.r.tokens;
  leading_pp_end_ = LeadInPhraseEnd(t, begin_, end_, ChunkAt(begin_) != nullptr);
  view_.begin = begin_;
  view_.end = end_;
  view_.lemma_id = ctx_.lemma_ids.data();
  view_.form_id = ctx_.form_ids.data();
  view_.punct = ctx_.punct.data();
  view_.skippable = ctx_.skippable.data();
  view_.actor_end = ctx_.actor_end.data();
  view_.actor_end_mod = ctx_.actor_end_mod.data();
  view_.passive_ok = ctx_.passive_ok.data();
  view_.chunk_end = ctx_.chunk_end.data();
  dates_ = &ctx.DatesOf(static_cast<size_t>(sentence));
  if (sentence > 0) {
    const SentenceSpan& prev = ctx.sentences[static_cast<size_t>(sentence - 1)];
    const SentenceSpan& here = ctx.sentences[static_cast<size_t>(sentence)];
    bool same_paragraph = ctx.doc.text.substr(prev.end, here.begin - prev.end).find('\n') == std::string::npos;
    auto [pb, pe] = t.sentence_tokens[static_cast<size_t>(sentence - 1)];
    (void)pb;
    (void)pe;
    if (same_paragraph) {
      for (const DateMention& d : ctx.DatesOf(static_cast<size_t>(sentence - 1))) {
        if (d.precision == "day" || d.precision == "range") previous_date_ = d;
      }
    }
  }
}

const ActorChunk* SentenceContext::ChunkAt(uint32_t token) const {
  if (token >= ctx_.chunk_starting_at.size()) return nullptr;
  int k = ctx_.chunk_starting_at[token];
  return k < 0 ? nullptr : &ctx_.r.chunks[static_cast<size_t>(k)];
}

// Words that are verbs in patterns but nouns after "the", "a" or a
// possessive: "China's demand that …", "the visit", "a call", "a mutual halt".
bool IsNounUse(const DocumentTokens& t, uint32_t begin, uint32_t first) {
  static const std::unordered_set<std::string_view> kAmbiguous = {
      "demand", "demands", "visit", "visits", "call", "calls", "protest", "protests", "attack", "attacks", "strike",
      "strikes", "ban", "support", "threat", "threats", "appeal", "request", "offer", "pledge", "praise", "warning",
      "accusation", "accusations", "sanction", "sanctions", "release", "host", "tour", "trip", "arrest", "seizure",
      "halt", "freeze", "withdrawal", "ceasefire", "truce", "return", "exchange", "raid", "raids", "shelling",
      "blockade", "boycott", "ambush", "clash", "clashes", "invasion", "rally", "march", "probe", "review", "deal",
      "export", "exports", "import", "imports", "trade", "sale", "sales", "supply", "supplies", "shipment",
      "shipments", "aid", "deployment", "deployments", "patrol", "patrols", "drill", "drills", "purchase", "purchases"};
  if (first <= begin) return false;
  std::string_view prev = t.text(first - 1);
  if (prev == "'s") return true;
  auto determiner = [](std::string_view w) {
    return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" ||
           w == "this" || w == "that";
  };
  if (!kAmbiguous.count(t.text(first))) return false;
  if (determiner(prev)) return true;
  // "a mutual halt", "the latest strikes", "by strong exports": a
  // determiner or a preposition and one modifier.
  std::string_view before = first >= begin + 2 ? t.text(first - 2) : std::string_view();
  bool opener = determiner(before) || before == "by" || before == "of" || before == "with" || before == "for" ||
                before == "from" || before == "on" || before == "in";
  return first >= begin + 2 && opener && t.tokens[first - 1].is_word &&
         !t.capitalized[first - 1] && !IsClauseAdverb(prev) && prev != "and" && prev != "was" && prev != "were";
}

std::vector<PatternMatch> SentenceContext::SelectMatches(std::vector<PatternMatch> all) {
  all.erase(std::remove_if(all.begin(), all.end(),
                           [this](const PatternMatch& m) {
                             if (m.pattern->nominal) return false;
                             // "the Turkish boycott of …": a country adjective before the word
                             // makes it a noun.
                             bool after_adjective = m.begin > begin_ && EndsModifier(m.begin);
                             // "the mayor of occupied Melitopol", "the seized boat": a
                             // participle after a determiner or preposition is an adjective.
                             std::string_view form = ctx_.r.tokens.text(m.begin);
                             if (m.begin > begin_ && form.size() > 4 && form.substr(form.size() - 2) == "ed" &&
                                 !m.has_source) {
                               std::string_view prev = ctx_.r.tokens.text(m.begin - 1);
                               if (prev == "the" || prev == "a" || prev == "an" || prev == "of" || prev == "its" ||
                                   prev == "their" || prev == "in" || prev == "from" || prev == "on") {
                                 return true;
                               }
                             }
                             return after_adjective || IsNounUse(ctx_.r.tokens, begin_, m.begin);
                           }),
            all.end());
  std::stable_sort(all.begin(), all.end(), [](const PatternMatch& a, const PatternMatch& b) {
    if (a.weight != b.weight) {
      return a.weight > b.weight;
    }
    // A target the text names beats one guessed from the sentence ("rejected
    // China's demand" over "rejected … demand" with a partner).
    // Only between two readings of the same words.
    bool named_a = a.has_target || a.has_source, named_b = b.has_target || b.has_source;
    if (a.begin == b.begin && named_a != named_b) return named_a;
    return (a.end - a.begin) > (b.end - b.begin);
  });
  std::vector<PatternMatch> kept;
  for (const PatternMatch& m : all) {
    bool overlaps = false;
    for (const PatternMatch& k : kept) overlaps = overlaps || (m.begin < k.end && k.begin < m.end);
    if (!overlaps) kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(), [](const PatternMatch& a, const PatternMatch& b) { return a.begin < b.begin; });
  for (const PatternMatch& m : kept) {
    if (m.has_target) objects_.emplace_back(m.target_begin, m.target_end);
  }
  return kept;
}

std::vector<const ResolvedActor*> SentenceContext::ActorsAt(uint32_t begin, uint32_t end) const {
  std::vector<const ResolvedActor*> out;
  for (uint32_t i = begin; i < end; ++i) {
    const ActorChunk* c = ChunkAt(i);
    if (c == nullptr) continue;
    for (const ResolvedActor& a : c->actors) out.push_back(&a);
    i = c->end - 1;
  }
  return out;
}

bool SentenceContext::Eligible(const ActorChunk& c) const {
  if (c.after_preposition || c.place_like || c.modifier) return false;
  // The object of a verb ("told a South Korean official that …") is no subject.
  uint32_t p = c.begin;
  while (p > begin_ && IsDeterminer(ctx_.r.tokens.text(p - 1))) --p;
  if (p > begin_) {
    std::string_view verb = ctx_.lemmas[p - 1];
    // "a move Kyiv called …": after a determiner the word is a noun.
    bool noun = p >= begin_ + 2 && IsDeterminer(ctx_.r.tokens.text(p - 2));
    if (!noun && ctx_.verbs.count(verb) && verb != "say" && verb != "add" && verb != "note" && verb != "stress") {
      return false;
    }
  }
  // "increase China's imports", "a Hong Kong-based firm": the state only
  // modifies the real subject.
  bool opens_clause = c.begin == begin_ || ctx_.r.tokens.text(c.begin - 1) == "," ||
                      (c.begin == begin_ + 1 && IsDeterminer(ctx_.r.tokens.text(begin_)));
  if (c.end < end_ && ctx_.r.tokens.text(c.end) == "'s" && !opens_clause) return false;
  if (c.end + 1 < end_ && ctx_.r.tokens.text(c.end) == "-" && ctx_.r.tokens.tokens[c.end + 1].is_word) return false;
  for (const auto& [b, e] : objects_) {
    if (c.begin >= b && c.end <= e) return false;
  }
  return true;
}

std::vector<const ResolvedActor*> SentenceContext::Subject(const PatternMatch& m, bool* plural) const {
  const auto& chunks = ctx_.r.by_sentence[static_cast<size_t>(sentence_)];
  const ActorChunk* subject = nullptr;
  std::vector<const ActorChunk*> partners;  // "Iran, Russia and China began …"
  // "…, and accused Y of …": a second predicate shares the main subject.
  uint32_t before = m.begin;
  while (before > begin_ && IsAdverb(ctx_.r.tokens.text(before - 1))) --before;
  // "boarded Philippine boats and seized …", ", and accused …", ", accusing
  // Tokyo of …": a second predicate or a participle shares the clause's
  // subject, not the object of the first verb. "and" after an actor joins
  // actors instead ("China and Vietnam signed").
  bool conjoined_verb = false;
  if (before > begin_ + 1) {
    std::string_view prev = ctx_.r.tokens.text(before - 1);
    bool inflected = ctx_.lemmas[m.begin] != ctx_.r.tokens.text(m.begin);
    if ((prev == "and" || prev == "but") && ctx_.r.tokens.text(before - 2) == ",") conjoined_verb = true;
    if ((prev == "and" || prev == "but") && inflected && !EndsActor(before - 1)) conjoined_verb = true;
    std::string_view form = ctx_.r.tokens.text(m.begin);
    if (prev == "," && form.size() > 4 && form.substr(form.size() - 3) == "ing") conjoined_verb = true;
  }
  if (conjoined_verb && depth_ == 0) {
    // The subject of the first conjunct: "French police boarded and detained
    // …", "X boarded Y's boats on Monday and seized …".
    for (uint32_t i = before - 1; i > begin_; --i) {
      if (!ctx_.r.tokens.tokens[i - 1].is_word || ChunkAt(i - 1) != nullptr) continue;
      std::string_view form = ctx_.r.tokens.text(i - 1);
      // A verb of a subordinate clause ("unless Pyongyang stopped …") is no
      // first conjunct: the main subject is.
      if (form == "unless" || form == "if" || form == "when" || form == "after" || form == "before" ||
          form == "because" || form == "while" || form == "until" || form == "since" || form == "that") {
        break;
      }
      bool past = form.size() > 3 && form.substr(form.size() - 2) == "ed";
      if (!past && !(ctx_.verbs.count(ctx_.lemmas[i - 1]) && ctx_.lemmas[i - 1] != form)) continue;
      PatternMatch first;
      first.begin = i - 1;
      first.end = i;
      ++depth_;
      std::vector<const ResolvedActor*> out = Subject(first, plural);
      --depth_;
      if (!out.empty()) return out;
      break;
    }
  }
  // "…, who is paying an official visit": the relative pronoun's antecedent,
  // even when it is the object of the main verb.
  {
    uint32_t i = before;
    while (i > begin_ && IsAuxiliary(ctx_.r.tokens.text(i - 1))) --i;
    if (i >= begin_ + 2 && (ctx_.r.tokens.text(i - 1) == "who" || ctx_.r.tokens.text(i - 1) == "which" ||
                            ctx_.r.tokens.text(i - 1) == "that")) {
      uint32_t a = i - 1;
      if (ctx_.r.tokens.text(a - 1) == ",") --a;
      for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
        const ActorChunk& c = ctx_.r.chunks[k];
        if (c.end == a && !c.modifier && !c.place_like) {
          std::vector<const ResolvedActor*> out;
          for (const ResolvedActor& r : c.actors) out.push_back(&r);
          *plural = out.size() > 1;
          return out;
        }
      }
    }
  }
  if (conjoined_verb) {
    const ActorChunk* main = MainSubject(m.begin);
    if (main != nullptr && main->end <= before - 1) {
      std::vector<const ResolvedActor*> out;
      for (const ResolvedActor& a : main->actors) out.push_back(&a);
      // "India and China held talks … and agreed …".
      const ActorChunk* next = main->end + 1 < end_ && ctx_.r.tokens.text(main->end) == "and" ? ChunkAt(main->end + 1) : nullptr;
      if (next != nullptr && Eligible(*next)) {
        for (const ResolvedActor& a : next->actors) out.push_back(&a);
      }
      *plural = out.size() > 1;
      return out;
    }
  }
  // An unresolved pronoun subject ("a firm that it accused …") is closer than
  // any actor before it: better no source than the wrong one.
  // "an Omani-brokered swap", "US-mediated talks": the state before the
  // hyphen does it.
  if (m.begin >= begin_ + 2 && ctx_.r.tokens.text(m.begin - 1) == "-") {
    for (uint32_t k : chunks) {
      const ActorChunk& c = ctx_.r.chunks[k];
      if (c.end == m.begin - 1 && !c.compound && c.actors.size() == 1 && !c.actors[0].country.empty()) {
        *plural = false;
        return {&c.actors[0]};
      }
    }
  }
  // "Russian missile strikes on Kyiv …": the pattern opens inside an actor
  // phrase, which is its subject.
  for (uint32_t k : chunks) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.begin < m.begin && m.begin < c.end && !c.place_like && !c.compound) {
      std::vector<const ResolvedActor*> out;
      for (const ResolvedActor& a : c.actors) out.push_back(&a);
      *plural = out.size() > 1;
      return out;
    }
  }
  // "despite Iranian drones pummelling …": a gerund's own subject stands
  // right before it, even inside a prepositional phrase.
  {
    std::string_view form = ctx_.r.tokens.text(m.begin);
    if (form.size() > 4 && form.substr(form.size() - 3) == "ing" && m.begin > begin_) {
      for (uint32_t k : chunks) {
        const ActorChunk& c = ctx_.r.chunks[k];
        if (c.end == m.begin && !c.place_like && !c.compound) {
          std::vector<const ResolvedActor*> out;
          for (const ResolvedActor& a : c.actors) out.push_back(&a);
          *plural = out.size() > 1;
          return out;
        }
      }
    }
  }
  // "a resolution deploring its invasion": a participle right after a plain
  // noun has that noun for subject.
  {
    std::string_view form = ctx_.r.tokens.text(m.begin);
    if (form.size() > 4 && form.substr(form.size() - 3) == "ing" && m.begin > begin_ + 1 && !EndsActor(m.begin)) {
      uint32_t p = m.begin - 1;
      std::string_view prev = ctx_.r.tokens.text(p);
      static const std::unordered_set<std::string_view> kNotNoun = {
          "and", "or", "but", "while", "when", "after", "before", "by", "of", "for", "to", "in", "on", "at", "with",
          "from", "is", "are", "was", "were", "been", "be", "has", "have", "had", "not", "also", "then", "without",
          "since", "as", "into", "over", "against", "about", "through", "despite", "amid", "upon", "began", "started",
          "begun", "begins", "starts", "continues", "keeps", "resumes", "resume", "start", "begin", "keep", "continue",
          "continued", "kept", "stopped", "resumed", "avoid", "avoided", "denied", "admitted", "considered",
          "including", "like", "than", "that", "who", "which", "it", "they", "we", "he", "she", "a", "an", "the",
          "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "any", "no", "each", "every",
          "such", "so", "out", "up", "off", "down", "back", "around", "during", "via"};
      if (ctx_.r.tokens.tokens[p].is_word && !ctx_.r.tokens.capitalized[p] && !kNotNoun.count(prev) &&
          !IsClauseAdverb(prev) && !(ctx_.flags[p] & kWordSpeechVerb)) {
        return {};
      }
    }
  }
  // "a deal that eased …": a relative pronoun whose antecedent is no actor
  // is the subject; no actor further back is.
  {
    uint32_t i = before;
    while (i > begin_ && IsAuxiliary(ctx_.r.tokens.text(i - 1))) --i;
    if (i > begin_ + 1) {
      std::string_view rel = ctx_.r.tokens.text(i - 1);
      if ((rel == "that" || rel == "which" || rel == "who") && !EndsActor(i - 1) &&
          !(ctx_.r.tokens.text(i - 2) == "," && EndsActor(i - 2)) && !(ctx_.flags[i - 2] & kWordSpeechVerb)) {
        return {};
      }
    }
  }
  uint32_t pronoun = begin_;
  for (uint32_t i = m.begin; i > begin_; --i) {
    std::string_view w = ctx_.r.tokens.text(i - 1);
    if ((w == "it" || w == "they" || w == "we" || w == "i" || w == "you" || w == "them" || w == "him") &&
        ChunkAt(i - 1) == nullptr) {
      pronoun = i;
      break;
    }
  }
  // "Poland summoned X after a missile entered …": a subordinate clause has
  // its own subject; an actor before "after" is not it.
  uint32_t clause = begin_;
  for (uint32_t i = m.begin; i > begin_; --i) {
    std::string_view w = ctx_.r.tokens.text(i - 1);
    if (w == "," || w == ";") break;
    if (w == "after" || w == "before" || w == "when" || w == "while" || w == "because" || w == "although" ||
        w == "though" || w == "whereas" || w == "until") {
      clause = i;
      break;
    }
  }
  for (size_t k = chunks.size(); k > 0; --k) {
    const ActorChunk& c = ctx_.r.chunks[chunks[k - 1]];
    if (c.end > m.begin || !Eligible(c)) continue;
    if (c.end <= pronoun && pronoun > begin_) break;
    if (clause > begin_ && c.end < clause) break;
    subject = &c;
    // "X and (his counterpart) Y held talks", "Iran, Russia and China began":
    // the actors listed before the subject.
    bool closed_by_and = false;
    for (size_t j = k - 1; j > 0; --j) {
      uint32_t before = ctx_.r.chunks[chunks[j]].begin;
      while (before > begin_ && IsDeterminer(ctx_.r.tokens.text(before - 1))) --before;
      if (before < begin_ + 2) break;
      std::string_view joint = ctx_.r.tokens.text(before - 1);
      if (joint != "and" && joint != ",") break;
      if (joint == "," && !closed_by_and) break;
      closed_by_and = true;
      const ActorChunk& prev = ctx_.r.chunks[chunks[j - 1]];
      if (prev.end != before - 1 || prev.place_like || prev.modifier) break;
      partners.push_back(&prev);
    }
    break;
  }
  // "In a phone call with Y, X said …": the main clause's subject.
  if (subject == nullptr && leading_pp_end_ != 0 && m.begin < leading_pp_end_) {
    for (uint32_t k : chunks) {
      const ActorChunk& c = ctx_.r.chunks[k];
      if (c.begin > leading_pp_end_ && Eligible(c)) {
        subject = &c;
        break;
      }
    }
  }
  // A speaker is the source of what is said (appeals, pledges, praise,
  // accusations, threats), never of a strike or a visit reported in the quote.
  if (subject == nullptr && m.pattern != nullptr) {
    int root = std::stoi(m.pattern->code.substr(0, 2));
    bool verbal = root <= 3 || root == 5 || (root >= 10 && root <= 13);
    if (verbal) subject = Speaker();
  } else if (subject == nullptr) {
    subject = Speaker();
  }
  std::vector<const ResolvedActor*> out;
  if (subject == nullptr) return out;
  for (auto p = partners.rbegin(); p != partners.rend(); ++p) {
    for (const ResolvedActor& a : (*p)->actors) out.push_back(&a);
  }
  for (const ResolvedActor& a : subject->actors) out.push_back(&a);
  *plural = out.size() > 1;
  return out;
}

bool SentenceContext::EndsModifier(uint32_t token) const {
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.end == token && c.modifier) return true;
  }
  return false;
}

bool SentenceContext::EndsActor(uint32_t token) const {
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    if (ctx_.r.chunks[k].end == token) return true;
  }
  return false;
}

const ActorChunk* SentenceContext::MainSubject(uint32_t before) const {
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.begin >= before) break;
    if (Eligible(c)) return &c;
  }
  return nullptr;
}

std::vector<const ResolvedActor*> SentenceContext::OtherStates(const std::string& country) const {
  std::vector<const ResolvedActor*> out;
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.place_like || c.modifier || c.compound) continue;
    for (const ResolvedActor& a : c.actors) {
      if (a.country.empty() || a.country == country) continue;
      bool seen = false;
      for (const ResolvedActor* o : out) seen = seen || o->country == a.country;
      if (!seen) out.push_back(&a);
    }
  }
  return out;
}

const ResolvedActor* SentenceContext::SpeakerActor() const {
  const ActorChunk* c = Speaker();
  return c == nullptr || c->actors.size() != 1 ? nullptr : &c->actors[0];
}

const ActorChunk* SentenceContext::Speaker() const {
  const DocumentTokens& t = ctx_.r.tokens;
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    // "…, Xi said." and "according to Long".
    if (c.end < end_ && !c.modifier) {
      if ((ctx_.flags[c.end] & kWordSpeechVerb) != 0 && !c.place_like) return &c;
    }
    if (c.begin >= 2 && t.text(c.begin - 1) == "to" && t.text(c.begin - 2) == "according") return &c;
  }
  return nullptr;
}

const ResolvedActor* SentenceContext::Partner(const ResolvedActor& source, const PatternMatch& m) const {
  // A place in another country after the verb ("condolences over the
  // earthquake in Xizang") names who is consoled.
  const DocumentTokens& t = ctx_.r.tokens;
  const PhraseMatcher& matcher = ctx_.dict.matcher();
  for (uint32_t i = m.end; i < end_; ++i) {
    PhraseMatcher::Match pm = matcher.LongestAt(t.ids, i);
    if (pm.end <= pm.begin || !t.capitalized[i]) continue;
    for (uint32_t p : matcher.Payloads(pm.node)) {
      std::string country;
      PhraseKind kind = ActorDictionary::KindOf(p);
      uint32_t index = ActorDictionary::IndexOf(p);
      if (kind == PhraseKind::kPlace) country = ctx_.dict.places()[index].country;
      if (kind == PhraseKind::kCapital || kind == PhraseKind::kCountryName) country = ctx_.dict.countries()[index].iso3;
      if (country.empty() || country == source.country) continue;
      return StateActor(country);
    }
    i = pm.end - 1;
  }
  // Someone else named in the same sentence: "spoke with Zelensky and
  // pledged … in military aid".
  const ActorChunk* nearest = nullptr;
  uint32_t best = UINT32_MAX;
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.compound || c.place_like || c.actors.size() != 1) continue;
    const ResolvedActor& a = c.actors[0];
    if (a.country.empty() || a.country == source.country) continue;
    uint32_t d = c.begin >= m.end ? c.begin - m.end : m.begin > c.end ? m.begin - c.end : 0;
    if (d < best) best = d, nearest = &c;
  }
  if (nearest != nullptr) return &nearest->actors[0];
  for (const std::string& c : ctx_.r.pair) {
    if (c.empty() || c == source.country) continue;
    if (source.country != ctx_.r.pair[0] && source.country != ctx_.r.pair[1]) return nullptr;
    return StateActor(c);
  }
  return nullptr;
}

bool SentenceContext::InfinitiveOfNamedActor(uint32_t verb) const {
  uint32_t i = SkipAdverbsBack(ctx_, begin_, verb);
  return i > begin_ + 1 && ctx_.r.tokens.text(i - 1) == "to" && EndsActor(i - 1);
}

bool SentenceContext::AfterInfinitiveMarker(uint32_t verb) const {
  const DocumentTokens& t = ctx_.r.tokens;
  for (uint32_t i = verb; i > begin_ && i + 3 > verb; --i) {
    std::string_view w = t.text(i - 1);
    if (w == "to") return true;
    if (w != "soon" && w != "immediately" && w != "also" && w != "further" && w != "quickly" && w != "not") return false;
  }
  return false;
}

const ResolvedActor* SentenceContext::DatelineCountry() const {
  std::string country = ctx_.dateline_country;
  if (country.empty()) {
    // A dateline that is not a capital may still be a known place.
    std::string folded = FoldString(ctx_.doc.dateline);
    for (const PlaceEntry& p : ctx_.dict.places()) {
      if (FoldString(p.name) == folded) country = p.country;
    }
  }
  if (country.empty()) return nullptr;
  return StateActor(country);
}

const ResolvedActor* SentenceContext::StateActor(const std::string& iso3) const {
  ResolvedActor a;
  a.country = iso3;
  a.code = iso3;
  const CountryEntry* ce = ctx_.dict.CountryByIso(iso3);
  a.name = ce ? ce->name : iso3;
  partners_.push_back(std::move(a));
  return &partners_.back();
}

bool SentenceContext::Negated(uint32_t verb, uint32_t end) const {
  const DocumentTokens& t = ctx_.r.tokens;
  // "carried out no strikes", "signed no agreement".
  for (uint32_t i = verb + 1; i < end && i < end_; ++i) {
    std::string_view w = t.text(i);
    if (w == "no" || w == "not" || w == "never") return true;
  }
  for (uint32_t i = verb > begin_ + 4 ? verb - 4 : begin_; i < verb; ++i) {
    std::string_view w = t.text(i);
    std::string_view l = ctx_.lemmas[i];
    if (w == "not" || w == "no" || w == "never" || w == "t" || w == "didn" || w == "doesn" || w == "don" || w == "won" ||
        w == "cannot" || w == "wasn" || w == "isn" || w == "hasn" || w == "haven") {
      return true;
    }
    if ((l == "refuse" || l == "decline" || l == "fail" || w == "refused" || w == "declined" || w == "failed") &&
        i + 1 < verb && t.text(i + 1) == "to") {
      return true;
    }
  }
  return false;
}

EventDate SentenceContext::DateFor(uint32_t begin, uint32_t end) const {
  EventDate out;
  const DateMention* best = nullptr;
  uint32_t best_distance = 0;
  const DocumentTokens& t = ctx_.r.tokens;
  for (const DateMention& d : *dates_) {
    // "next year", "later this month", "by June": when something else will
    // happen, not when this act did.
    std::string_view first = t.text(d.begin);
    std::string_view before = d.begin > begin_ ? t.text(d.begin - 1) : std::string_view();
    if (first == "next" || first == "coming" || before == "later" || before == "by" || before == "until" ||
        before == "before") {
      continue;
    }
    uint32_t distance = d.end <= begin ? begin - d.end : d.begin >= end ? d.begin - end : 0;
    if (best == nullptr || distance < best_distance) best = &d, best_distance = distance;
  }
  // "Beijing reacted on Friday. Lin said …": the previous sentence's day,
  // within the paragraph.
  if (best == nullptr && previous_date_.has_value()) {
    best = &*previous_date_;
    out.note = "the previous sentence's date (\"" + best->text + "\")";
  } else if (best == nullptr && ctx_.has_lead_date) {
    best = &ctx_.lead_date;
    out.from_lead = true;
    out.note = "the lead's date (\"" + best->text + "\")";
  } else if (best != nullptr) {
    out.note = "\"" + best->text + "\"";
  }
  if (best == nullptr) return out;
  out.date = FormatMention(*best);
  out.precision = best->precision;
  if (best->precision == "range") out.date_end = FormatDay(best->last);
  if (ctx_.r.inferred_year > 0 && ctx_.doc.published.empty()) {
    out.note += "; year " + std::to_string(ctx_.r.inferred_year) + " inferred from roles";
  }
  return out;
}

std::string SentenceContext::LocationFor(uint32_t begin, uint32_t end, bool from_lead) const {
  std::string name, country;
  FindLocation(begin, end, &name, &country);
  if (name.empty() && from_lead) name = ctx_.dateline_place;
  return name;
}

std::string SentenceContext::LocationCountry(uint32_t begin, uint32_t end) const {
  std::string name, country;
  FindLocation(begin, end, &name, &country);
  return country;
}

void SentenceContext::FindLocation(uint32_t begin, uint32_t end, std::string* name, std::string* country) const {
  const DocumentTokens& t = ctx_.r.tokens;
  const PhraseMatcher& matcher = ctx_.dict.matcher();
  uint32_t best_distance = UINT32_MAX;
  for (uint32_t i = begin_; i + 1 < end_; ++i) {
    if (t.text(i) != "in" && t.text(i) != "at") continue;
    uint32_t j = i + 1;
    if (t.text(j) == "the") ++j;
    if (j >= end_ || !t.capitalized[j]) continue;
    PhraseMatcher::Match pm = matcher.LongestAt(t.ids, j);
    if (pm.end <= pm.begin) continue;
    for (uint32_t p : matcher.Payloads(pm.node)) {
      PhraseKind kind = ActorDictionary::KindOf(p);
      uint32_t index = ActorDictionary::IndexOf(p);
      std::string here, iso;
      if (kind == PhraseKind::kPlace) here = ctx_.dict.places()[index].name, iso = ctx_.dict.places()[index].country;
      if (kind == PhraseKind::kCapital) here = ctx_.dict.countries()[index].capital, iso = ctx_.dict.countries()[index].iso3;
      if (here.empty()) continue;
      uint32_t distance = i >= end ? i - end : begin > i ? begin - i : 0;
      if (distance < best_distance) *name = here, *country = iso, best_distance = distance;
      break;
    }
  }
}

Evidence SentenceContext::SentenceEvidence() const {
  const SentenceSpan& s = ctx_.sentences[static_cast<size_t>(sentence_)];
  return {ctx_.doc.id, sentence_, s.begin, s.end, ctx_.doc.text.substr(s.begin, s.end - s.begin)};
}

bool SentenceContext::SpeechVerb(PatternMatch* m) const {
  for (uint32_t i = begin_; i < end_; ++i) {
    if ((ctx_.flags[i] & kWordSpeechVerb) == 0) continue;
    m->begin = i;
    m->end = i + 1;
    return true;
  }
  return false;
}

}  // namespace dyad
