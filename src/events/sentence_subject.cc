// SentenceContext::Subject: who does the act at a match (the subject, through
// coordination, relative and participial clauses, lists, the speaker of
// reported speech).
#include "events/sentence_context.h"

#include <algorithm>
#include <unordered_set>

#include "events/clause_rules.h"
#include "events/codebook.h"
#include "events/verb_classes.h"
#include "events/word_classes.h"
#include "text/word_shape.h"

namespace dyad {

std::vector<const ResolvedActor*> SentenceContext::Subject(const PatternMatch& m, bool* plural) const {
  const auto& chunks = ctx_.r.by_sentence[static_cast<size_t>(sentence_)];
  const ActorChunk* subject = nullptr;
  std::vector<const ActorChunk*> partners;  // "Iran, Russia and China began …"
  uint32_t before = m.begin;
  const bool conjoined_verb = ConjoinedVerb(m.begin, &before);
  if (conjoined_verb && depth_ == 0) {
    // The subject of the first conjunct: "French police boarded and detained
    // …", "X boarded Y's boats on Monday and seized …".
    for (uint32_t i = before - 1; i > begin_; --i) {
      // "X imposed tariffs, and Beijing hit back with duties, accusing …":
      // past a clause joined by ", and" the predicate is that clause's, whose
      // subject opens it.
      if (i >= begin_ + 2 && i + 1 < before && (ctx_.r.tokens.text(i - 1) == "and" || ctx_.r.tokens.text(i - 1) == "but") &&
          ctx_.r.tokens.text(i - 2) == ",") {
        uint32_t j = i;
        while (j < before && IsDeterminer(ctx_.r.tokens.text(j))) ++j;
        const ActorChunk* opener = ChunkAt(j);
        if (opener != nullptr && opener->begin == j && Eligible(*opener) && !opener->after_preposition) {
          std::vector<const ResolvedActor*> out;
          for (const ResolvedActor& a : opener->actors) out.push_back(&a);
          *plural = out.size() > 1;
          return out;
        }
      }
      if (!ctx_.r.tokens.tokens[i - 1].is_word || ChunkAt(i - 1) != nullptr) continue;
      std::string_view form = ctx_.r.tokens.text(i - 1);
      // A verb of a subordinate clause ("unless Pyongyang stopped …") is no
      // first conjunct: the main subject is.
      if (form == "unless" || form == "if" || form == "when" || form == "after" || form == "before" ||
          form == "because" || form == "while" || form == "until" || form == "since" || form == "that") {
        break;
      }
      bool past = HasPastShape(form);
      // An irregular past ("bore", "struck"), not a plural noun that a
      // pattern verb spells ("military ties").
      // Nor an -ing form ("goods including soybeans and pork, accusing …",
      // "the acting high commissioner").
      bool irregular = ctx_.verbs.count(ctx_.lemmas[i - 1]) && ctx_.lemmas[i - 1] != form && form.back() != 's' &&
                       !HasIngVerbShape(form);
      if (!past && !irregular) continue;
      // Nor a participle after "be" ("bases that US forces will be allowed
      // to use, …, drawing a rebuke"): no predicate of the main clause.
      if (i >= begin_ + 2) {
        const std::string_view aux = ctx_.r.tokens.text(i - 2);
        if (aux == "be" || aux == "been" || aux == "being") continue;
      }
      // "…, after Japan's white paper described them as …, and summoned":
      // the verb of a subordinate clause that a state's possessive opens (a
      // subject only there, see Eligible) is no first conjunct either.
      bool owned_clause = false;
      for (uint32_t j = i - 1; j > begin_ && ctx_.r.tokens.text(j - 1) != ","; --j) {
        std::string_view w = ctx_.r.tokens.text(j - 1);
        bool subordinator = w == "when" || w == "after" || w == "before" || w == "because" || w == "while" ||
                            w == "until" || w == "since" || w == "once";
        const ActorChunk* owner = subordinator ? ChunkAt(j) : nullptr;
        owned_clause = owned_clause || (owner != nullptr && owner->end < end_ && ctx_.r.tokens.text(owner->end) == "'s");
      }
      if (owned_clause) break;
      std::vector<const ResolvedActor*> out = SubjectOfVerbAt(i - 1, plural);
      if (!out.empty()) return out;
      break;
    }
  }
  // "helped Ukrainian investigators collect evidence", "let Taiwan open an
  // office", "allowed Russian ships to dock": the object of help, let,
  // allow or enable does what follows.
  if (depth_ == 0) {
    uint32_t at = before;
    if (at > begin_ && ctx_.r.tokens.text(at - 1) == "to") --at;
    for (uint32_t k : chunks) {
      const ActorChunk& c = ctx_.r.chunks[k];
      if (c.end != at || c.begin <= begin_ || c.place_like) continue;
      uint32_t v = c.begin;
      while (v > begin_ && IsDeterminer(ctx_.r.tokens.text(v - 1))) --v;
      if (v <= begin_) break;
      std::string_view lemma = ctx_.lemmas[v - 1];
      if (lemma == "help" || lemma == "let" || lemma == "allow" || lemma == "enable" || lemma == "assist" ||
          lemma == "permit") {
        std::vector<const ResolvedActor*> out;
        for (const ResolvedActor& a : c.actors) out.push_back(&a);
        *plural = out.size() > 1;
        if (!out.empty()) return out;
      }
      break;
    }
  }
  // "praised the stimulus after meeting Hu in London": a gerund right after
  // "after", "before", "while" … has no subject of its own; the clause the
  // subordinator stands in lends it.
  if (depth_ == 0 && before > begin_ + 1) {
    std::string_view prev = ctx_.r.tokens.text(before - 1);
    std::string_view form = ctx_.r.tokens.text(m.begin);
    bool gerund = HasIngVerbShape(form);
    if (gerund && (prev == "after" || prev == "before" || prev == "while" || prev == "when" || prev == "since" ||
                   prev == "upon" || prev == "on")) {
      std::vector<const ResolvedActor*> out = SubjectOfVerbAt(before - 1, plural);
      // Not across a reporting verb: in "X told reporters the ships had
      // shadowed it before turning …" the clause's subject is the ships.
      const ActorChunk* holder = nullptr;
      for (uint32_t k : chunks) {
        const ActorChunk& c = ctx_.r.chunks[k];
        if (!out.empty() && !c.actors.empty() && out[0] >= &c.actors.front() && out[0] <= &c.actors.back()) holder = &c;
      }
      bool reported = false;
      for (uint32_t i = holder != nullptr ? holder->end : before; i + 1 < before; ++i) {
        reported = reported || (ctx_.flags[i] & kWordSpeechVerb) != 0;
      }
      if (holder != nullptr && !reported) return out;
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
    std::vector<const ResolvedActor*> out = MainClauseSubject(m, plural);
    if (!out.empty()) return out;
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
  // phrase, which is its subject; or on the group noun that opens one
  // ("Troops from the Soviet Union and Poland poured into …").
  for (uint32_t k : chunks) {
    const ActorChunk& c = ctx_.r.chunks[k];
    const bool group_noun = c.begin == m.begin && !c.actors.empty() &&
                            std::all_of(c.actors.begin(), c.actors.end(),
                                        [](const ResolvedActor& a) { return !a.sector.empty() && a.person < 0; });
    if ((c.begin < m.begin || group_noun) && m.begin < c.end && !c.place_like && !c.compound) {
      // "Soviet, Polish and Hungarian troops poured …": a list of adjectives
      // sharing the group noun.
      std::vector<const ResolvedActor*> out = ActorsWithListed(c);
      // "Troops of the Soviet Union, Poland, Hungary and Bulgaria": the
      // states listed after the group's own are its states too.
      if (group_noun && ctx_.actor_end[c.begin] > c.end) {
        for (const ResolvedActor* a : ActorsAt(c.end, ctx_.actor_end[c.begin])) {
          if (!a->country.empty() && a->person < 0) out.push_back(StateActor(a->country));
        }
      }
      *plural = out.size() > 1;
      return out;
    }
  }
  // "despite Iranian drones pummelling …": a gerund's own subject stands
  // right before it, even inside a prepositional phrase ("to French
  // warplanes flying to Mali"); not a state addressed or answered ("sent a
  // note to Malaysia protesting …": the note protests, and so the sender).
  {
    std::string_view form = ctx_.r.tokens.text(m.begin);
    if (HasIngVerbShape(form) && m.begin > begin_) {
      for (uint32_t k : chunks) {
        const ActorChunk& c = ctx_.r.chunks[k];
        if (c.end != m.begin || c.place_like || c.compound) continue;
        std::string_view before_chunk = c.begin > begin_ ? ctx_.r.tokens.text(c.begin - 1) : std::string_view();
        bool bare_state = !c.actors.empty() && c.actors[0].sector.empty() && c.actors[0].person < 0;
        if ((before_chunk == "to" || before_chunk == "from") && bare_state) continue;
        std::vector<const ResolvedActor*> out;
        for (const ResolvedActor& a : c.actors) out.push_back(&a);
        *plural = out.size() > 1;
        return out;
      }
    }
  }
  // "a resolution deploring its invasion": a participle right after a plain
  // noun has that noun for subject; so has a passive one ("civilians killed
  // by Russian troops": the civilians, not the sentence's subject).
  {
    std::string_view form = ctx_.r.tokens.text(m.begin);
    // A meeting "hosted by" or talks "mediated by" a third are the
    // sentence's parties' (root 04), whatever noun stands before.
    bool participle = HasIngVerbShape(form) ||
                      (m.pattern != nullptr && m.pattern->passive && m.has_source && m.pattern->code.rfind("04", 0) != 0);
    if (participle && m.begin > begin_ + 1 && !EndsActor(m.begin)) {
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
      // A place is no antecedent that acts: "the bombings in Kerman that killed …".
      const ActorChunk* antecedent = ChunkAt(i - 2);
      bool place = antecedent != nullptr && antecedent->end == i - 1 && (antecedent->place_like || antecedent->how == "place");
      if ((rel == "that" || rel == "which" || rel == "who") && (!EndsActor(i - 1) || place) &&
          !(ctx_.r.tokens.text(i - 2) == "," && EndsActor(i - 2)) && !(ctx_.flags[i - 2] & kWordSpeechVerb)) {
        return {};
      }
    }
  }
  uint32_t pronoun = begin_;
  for (uint32_t i = m.begin; i > begin_; --i) {
    std::string_view w = ctx_.r.tokens.text(i - 1);
    // "most of them", "against it": a pronoun after a preposition is its
    // object, no subject of a clause of its own.
    std::string_view before_pronoun = i >= begin_ + 2 ? ctx_.r.tokens.text(i - 2) : std::string_view();
    const bool object = before_pronoun == "of" || before_pronoun == "to" || before_pronoun == "for" ||
                        before_pronoun == "with" || before_pronoun == "against" || before_pronoun == "among" ||
                        before_pronoun == "from" || before_pronoun == "by";
    if ((w == "it" || w == "they" || w == "we" || w == "i" || w == "you" || w == "them" || w == "him") &&
        ChunkAt(i - 1) == nullptr && !object) {
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
      // "withdrew after a battle with Ukrainian troops": a preposition before
      // the act's own noun opens no clause; the subject fought.
      // Only a fight "with" someone: "after a drone attack on …", "after the
      // assassination of …" name acts of others the clause answers.
      const bool with = m.begin + 1 < end_ && ctx_.r.tokens.text(m.begin + 1) == "with";
      if ((w == "after" || w == "before" || w == "until") && with && NounPhraseOpensAt(i, m.begin)) break;
      clause = i;
      break;
    }
  }
  // "Ukraine, Russia swap prisoners", "Israel, Lebanon agree to ceasefire":
  // a headline lists its subjects with a comma and no "and", right before
  // the verb.
  const uint32_t headline_subject_end = HeadlineSubjectEnd();
  const uint32_t relative_open = RelativeInsertBefore(before);
  // "Soviet troops, supported by units from Poland, invaded …": those a
  // participle of accompanying names (verb_classes.tsv) act with the subject.
  const bool participle_insert = relative_open != 0 && relative_open + 1 < before &&
                                 ctx_.verb_classes.IsAccompanying(ctx_.r.tokens.text(relative_open + 1));
  std::vector<const ActorChunk*> inserted;
  for (size_t k = chunks.size(); k > 0; --k) {
    const ActorChunk& c = ctx_.r.chunks[chunks[k - 1]];
    if (c.end > m.begin) continue;
    // "Romania, whose language most Moldovans share, condemned …": the
    // relative clause's own actors are not the verb's subject.
    if (relative_open != 0 && c.begin > relative_open && c.end < before) {
      if (participle_insert && !c.modifier) inserted.push_back(&c);
      continue;
    }
    if (!Eligible(c)) continue;
    const bool headline_list = headline_subject_end != 0 && c.end == headline_subject_end && c.end == before;
    if (c.end <= pronoun && pronoun > begin_) break;
    if (clause > begin_ && c.end < clause) break;
    subject = &c;
    // "X and (his counterpart) Y held talks", "Iran, Russia and China began":
    // the actors listed before the subject.
    const ListOpening opening = ListedBefore(k - 1, &partners, headline_list);
    if (opening == ListOpening::kSubject) break;
    subject = nullptr;
    if (opening == ListOpening::kNoun) break;
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
    // A cue ("appeal", "intent") is said, unless it halts or names an agent.
    const CueMode mode = m.pattern->mode;
    bool verbal = false;
    if (m.pattern->cue()) {
      verbal = mode != CueMode::kHalt && mode != CueMode::kAgent;
    } else {
      int root = RootOf(m.pattern->code);
      verbal = root <= 3 || root == 5 || (root >= 10 && root <= 13);
    }
    if (verbal) subject = Speaker();
    // "Ali said Guyana would defend …": no speaker resolved, the state the
    // said clause opens with.
    if (subject == nullptr) subject = ClauseAfterUnresolvedSpeaker(m);
  } else if (subject == nullptr) {
    subject = Speaker();
  }
  std::vector<const ResolvedActor*> out;
  if (subject == nullptr) return out;
  if (subject->end <= relative_open) partners.insert(partners.begin(), inserted.begin(), inserted.end());
  for (auto p = partners.rbegin(); p != partners.rend(); ++p) {
    for (const ResolvedActor& a : (*p)->actors) out.push_back(&a);
  }
  for (const ResolvedActor& a : subject->actors) out.push_back(&a);
  *plural = out.size() > 1;
  return out;
}

}  // namespace dyad
