// DocumentResolver::ResolvePronoun: the actor "it", "its", "they", "them", "him" and "her"
// stand for, from the sentence's clauses and the story so far.
#include "actors/document_resolver.h"
#include "text/word_shape.h"

namespace dyad {
namespace {

// A verb that reports what someone says ("China said its vessels …",
// "prosecutors said they …").
bool IsSpeechVerb(std::string_view w) {
  return w == "said" || w == "say" || w == "says" || w == "told" || w == "added" || w == "stated" || w == "announced" ||
         w == "warned" || w == "insisted" || w == "stressed" || w == "claimed" || w == "confirmed" || w == "reported" ||
         w == "urged";
}

// A verb whose object hears what its subject says: "told Israel it …".
bool IsTellingVerb(std::string_view w) {
  return w == "told" || w == "informed" || w == "notified" || w == "assured" || w == "reminded" || w == "tells" ||
         w == "tell";
}

// A verb in the past or an auxiliary: the word after a subject.
bool OpensPredicate(std::string_view w) {
  return HasPastShape(w) || w == "has" || w == "have" || w == "had" || w == "was" || w == "were" || w == "will" ||
         w == "would" || w == "did" || w == "also" || w == "then" || w == "later" || w == "cut" || w == "shut" ||
         w == "put" || w == "set";
}

}  // namespace

bool DocumentResolver::IsPronoun(uint32_t token) const {
  std::string_view w = d_.text(token);
  return w == "he" || w == "she" || w == "him" || w == "her" || w == "it" || w == "its" || w == "they" ||
         w == "them" || w == "their" || w == "his";
}

const ResolvedActor* DocumentResolver::NamerBefore(uint32_t token) const {
  const ResolvedActor* subject = nullptr;
  for (size_t k = sentence_start_chunk_; k < r_->chunks.size(); ++k) {
    const ActorChunk& c = r_->chunks[k];
    if (c.end > token) break;
    if (c.after_preposition || c.place_like || c.modifier || c.compound || c.actors.size() != 1 ||
        c.actors[0].country.empty()) {
      continue;
    }
    // The speaker opens the sentence ("Hanoi Radio said …"); one told
    // later ("…, the Pentagon said, and Tehran vowed to avenge what it
    // called …") speaks for an earlier clause.
    if (subject == nullptr && c.end < d_.size() && IsSpeechVerb(d_.text(c.end))) return &c.actors[0];
    subject = &c.actors[0];
  }
  return subject;
}

bool DocumentResolver::ResolvePronoun(const RawChunk& rc, const ChunkElement& pronoun, ActorChunk* c) {
  if (d_.text(pronoun.begin) == "it" || d_.text(pronoun.begin) == "its") {
    // "It urged …", "accused it of …": the last state or institution named.
    // "Pakistan said Indian troops attacked its posts": not the subject of
    // the verb "its" follows, unless that verb reports speech ("China said
    // its vessels …").
    const ResolvedActor* thing = LastInstitution(rc.begin);
    // "Poland said Belarus was pushing migrants … and that it had deployed
    // troops": a second "that" clause of reported speech speaks of the
    // speaker.
    if (d_.text(pronoun.begin) == "it") {
      if (const ActorChunk* speaker = SpeakerOfSecondClause(rc.begin)) thing = &speaker->actors[0];
    }
    // "Qatar told Israel (that) it would suspend …": after a verb of telling
    // and its hearer, "it" is the teller.
    if (const ActorChunk* teller = TellerBefore(rc.begin)) thing = &teller->actors[0];
    // "China's military warned … as it launched drills": "it" opening a
    // subordinate clause is the main clause's subject.
    std::string_view before_it = rc.begin > 0 ? d_.text(rc.begin - 1) : std::string_view();
    if (d_.text(pronoun.begin) == "it" && (before_it == "as" || before_it == "while" || before_it == "when" ||
                                            before_it == "after" || before_it == "before" || before_it == "because" ||
                                            before_it == "since" || before_it == "if" || before_it == "unless")) {
      for (size_t k = sentence_start_chunk_; k < r_->chunks.size(); ++k) {
        const ActorChunk& c = r_->chunks[k];
        if (c.after_preposition || c.place_like || c.modifier || c.compound || c.actors.size() != 1) continue;
        if (!c.actors[0].country.empty()) thing = &c.actors[0];
        break;
      }
    }
    // "… and Iran vowed to avenge what it called a massacre": the "it" of a
    // naming is whoever names, the speaker of reported speech ("Hanoi Radio
    // said Chinese forces crossed … in what it called aggression") or else
    // the last subject before it.
    if (d_.text(pronoun.begin) == "it" && before_it == "what") {
      if (const ResolvedActor* namer = NamerBefore(rc.begin)) thing = namer;
    }
    // "Riyadh and Cairo cut ties with it", "Manila accused it of": an object
    // "it" is never its own clause's subject (that would be "itself").
    // After a verb "it" is more often a thing ("China also opposed it"):
    // an actor only when "of" or "to" follows ("accused it of", "urged it
    // to"); else, when the subject is the only candidate, nothing.
    if (d_.text(pronoun.begin) == "it" && thing != nullptr && IsObjectPosition(rc.begin)) {
      const ResolvedActor* before = InstitutionBeforeSubject(rc.begin);
      std::string_view next = rc.begin + 1 < d_.size() ? d_.text(rc.begin + 1) : std::string_view();
      bool actor_object = !HasPastShape(d_.text(rc.begin - 1)) || next == "of" || next == "to";
      thing = actor_object || before == thing ? before : nullptr;
    }
    if (thing != nullptr && d_.text(pronoun.begin) == "its") {
      // "its" is an actor only across a subject: its own subject's "its"
      // ("demanded the release of its fishermen") is no other party.
      thing = nullptr;
      const ActorChunk* last = LastInstitutionChunk(rc.begin);
      if (last != nullptr && last->end < rc.begin && rc.begin - last->end <= 2) {
        std::string_view verb = d_.text(last->end);
        bool speech = IsSpeechVerb(verb);
        // Only across a verb in the past: "troops attacked its posts", not
        // "US sanctions on its oil" or "troops from its territory".
        bool past = HasPastShape(verb) || verb == "struck" || verb == "shot" ||
                    verb == "hit" || verb == "sank" || verb == "stole" || verb == "took" || verb == "held" ||
                    verb == "broke" || verb == "overran" || verb == "fought";
        // The other actor is the sentence's own: "Sweden recalled its
        // envoy. Norway recalled its envoy too" is Norway's.
        const ActorChunk* owner = speech || !past ? nullptr : LastInstitutionChunk(last->begin);
        if (owner != nullptr && owner->sentence == last->sentence &&
            owner->actors[0].country != last->actors[0].country) {
          thing = &owner->actors[0];
        }
      }
      // "cut off funding to South Africa, accusing its government of …":
      // after the object and a comma, a participle's "its" is the object's.
      if (last != nullptr && last->end + 2 == rc.begin && d_.text(last->end) == "," &&
          r_->chunks.size() > sentence_start_chunk_ + 1 && &r_->chunks[sentence_start_chunk_] != last &&
          !last->actors.empty() && !last->actors[0].country.empty()) {
        std::string_view verb = d_.text(last->end + 1);
        if (verb.size() > 4 && verb.substr(verb.size() - 3) == "ing") thing = &last->actors[0];
      }
    }
    // "The Somali foreign ministry said … the London meeting …. It urged
    // Kenya to …": "It" opening a sentence continues the previous sentence's
    // subject, not whatever state that sentence named last.
    if (d_.text(pronoun.begin) == "it" && rc.begin == d_.sentence_tokens[r_->by_sentence.size() - 1].first) {
      if (const ResolvedActor* subject = PreviousSentenceInstitution()) thing = subject;
    }
    if (thing == nullptr) return false;
    c->actors.push_back(*thing);
    c->how = "coreference";
    return true;
  }
  if (d_.text(pronoun.begin) == "them") {
    // "expelled two Estonian diplomats, accusing them of spying", "killed
    // Ethiopian migrants trying to cross from Yemen, firing at them": the
    // group of people named last in the sentence, never its subject.
    for (size_t k = r_->chunks.size(); k > sentence_start_chunk_ + 1; --k) {
      const ActorChunk& group = r_->chunks[k - 1];
      bool people = !d_.capitalized[group.end - 1] && d_.tokens[group.end - 1].is_word;
      if (!people || group.compound || group.place_like || group.actors.empty()) continue;
      for (const ResolvedActor& a : group.actors) c->actors.push_back(a);
      c->how = "coreference";
      return true;
    }
    return false;
  }
  if (d_.text(pronoun.begin) == "they") {
    // "German prosecutors said they were investigating …", "Polish and
    // Lithuanian officials said that they …": the speakers; any other "they"
    // is left unresolved.
    uint32_t at = rc.begin;
    if (at > 0 && d_.text(at - 1) == "that") {
      --at;
      // "announced in Madrid on Thursday that they …": the speech verb
      // across a place and a day, no comma.
      for (uint32_t v = at; v > 1 && at - v < 8 && d_.tokens[v - 1].is_word; --v) {
        if (IsSpeechVerb(d_.text(v - 1))) {
          at = v;
          break;
        }
      }
    }
    if (at < 2 || !IsSpeechVerb(d_.text(at - 1))) return false;
    const ActorChunk* speakers = nullptr;
    const ActorChunk* first_speaker = nullptr;  // "Britain and Argentina announced"
    for (size_t k = sentence_start_chunk_; k < r_->chunks.size(); ++k) {
      if (r_->chunks[k].end != at - 1) continue;
      speakers = &r_->chunks[k];
      const uint32_t joint = speakers->begin;
      if (k > sentence_start_chunk_ && joint >= 1 && d_.text(joint - 1) == "and" && r_->chunks[k - 1].end + 1 == joint) {
        first_speaker = &r_->chunks[k - 1];
      }
    }
    if (speakers == nullptr || speakers->compound || speakers->actors.empty()) return false;
    if (first_speaker != nullptr && !first_speaker->compound && first_speaker->actors.size() == 1 &&
        speakers->actors.size() == 1 && !first_speaker->actors[0].country.empty() &&
        first_speaker->actors[0].country != speakers->actors[0].country) {
      c->actors.push_back(first_speaker->actors[0]);
      c->actors.push_back(speakers->actors[0]);
      c->how = "coreference";
      return true;
    }
    // Only a plural speaker: "Washington said they hit …" speaks of others.
    bool plural = speakers->actors.size() > 1 ||
                  (!d_.capitalized[speakers->end - 1] && d_.text(speakers->end - 1).back() == 's');
    if (!plural) return false;
    for (const ResolvedActor& a : speakers->actors) c->actors.push_back(a);
    c->how = "coreference";
    return true;
  }
  if (d_.text(pronoun.begin) == "him" || d_.text(pronoun.begin) == "her") {
    const ResolvedActor* person = ObjectPersonBefore(rc.begin);
    if (person == nullptr) return false;
    c->actors.push_back(*person);
    c->how = "coreference";
    return true;
  }
  {
    const ResolvedActor* subject = SubjectBefore(rc.begin);
    if (subject == nullptr) return false;
    c->actors.push_back(*subject);
    c->how = "coreference";
    return true;
  }
}

const ActorChunk* DocumentResolver::SpeakerOfSecondClause(uint32_t it) const {
  if (it < 3 || d_.text(it - 1) != "that") return nullptr;
  // "… and that it", "… and added that it", "…, adding that it", "…, but
  // warned that it": a second clause of the same speaker's words.
  const std::string_view joint = d_.text(it - 2);
  const bool second = joint == "and" || joint == "adding" || joint == "saying" ||
                      (it >= 4 && IsSpeechVerb(joint) && (d_.text(it - 3) == "and" || d_.text(it - 3) == "but"));
  if (!second) return nullptr;
  const uint32_t first = d_.sentence_tokens[r_->by_sentence.size() - 1].first;
  // The sentence's first speech verb, and the one state right before it
  // (through a time phrase: "Poland said on Wednesday").
  for (uint32_t v = first + 1; v + 2 < it; ++v) {
    if (!IsSpeechVerb(d_.text(v))) continue;
    for (size_t k = sentence_start_chunk_; k < r_->chunks.size(); ++k) {
      const ActorChunk& c = r_->chunks[k];
      if (c.end > v) break;
      if (c.end != v || c.after_preposition || c.compound || c.place_like || c.actors.size() != 1 ||
          c.actors[0].country.empty() || c.actors[0].person >= 0) {
        continue;
      }
      return &c;
    }
    return nullptr;
  }
  return nullptr;
}

bool DocumentResolver::IsObjectPosition(uint32_t it) const {
  if (it == 0 || !d_.tokens[it - 1].is_word) return false;
  std::string_view w = d_.text(it - 1);
  // "signalled it was willing", "announced it would": "it" opens a clause
  // of its own when a verb follows.
  if (it + 1 < d_.size() && OpensPredicate(d_.text(it + 1))) return false;
  std::string_view next = it + 1 < d_.size() ? d_.text(it + 1) : std::string_view();
  if (next == "is" || next == "could" || next == "can" || next == "should" || next == "must" || next == "might" ||
      next == "may" || next == "does" || next == "wants" || next == "plans") {
    return false;
  }
  if (w == "with" || w == "against" || w == "on" || w == "at" || w == "over" || w == "from" || w == "toward" ||
      w == "towards") {
    return true;
  }
  // A verb in the past, not one that reports what "it" says or does next
  // ("said it would", "warned it could").
  return HasPastShape(w) && !IsSpeechVerb(w) && !IsTellingVerb(w) && w != "insisted" && w != "warned" &&
         w != "believed" && w != "hoped" && w != "feared";
}

const ResolvedActor* DocumentResolver::InstitutionBeforeSubject(uint32_t it) const {
  const ActorChunk* last = LastInstitutionChunk(it);
  if (last == nullptr) return nullptr;
  // The actor right before the verb that governs "it" is that verb's
  // subject when a verb follows it and only words stand between them (no
  // mark, no other actor).
  if (last->after_preposition || last->end >= it || !OpensPredicate(d_.text(last->end))) return &last->actors[0];
  for (uint32_t k = last->end; k < it; ++k) {
    if (!d_.tokens[k].is_word) return &last->actors[0];
  }
  for (size_t k = r_->chunks.size(); k > 0 && r_->chunks[k - 1].begin >= last->end; --k) {
    if (r_->chunks[k - 1].begin < it) return &last->actors[0];
  }
  // The subject may be a list ("Saudi Arabia, the UAE and Egypt cut ties
  // with it"): step back over its members, joined by commas, "and", "or"
  // and "the".
  uint32_t start = last->begin;
  for (size_t k = r_->chunks.size(); k > 0; --k) {
    const ActorChunk& c = r_->chunks[k - 1];
    if (c.end > start) continue;
    bool joined = true;
    for (uint32_t j = c.end; j < start && joined; ++j) {
      std::string_view w = d_.text(j);
      joined = w == "," || w == "and" || w == "or" || w == "the";
    }
    if (!joined) break;
    start = c.begin;
  }
  const ActorChunk* before = LastInstitutionChunk(start);
  return before == nullptr ? nullptr : &before->actors[0];
}

const ResolvedActor* DocumentResolver::PreviousSentenceInstitution() const {
  const size_t sentence = r_->by_sentence.size() - 1;
  if (sentence == 0) return nullptr;
  for (uint32_t k : r_->by_sentence[sentence - 1]) {
    const ActorChunk& c = r_->chunks[k];
    if (c.after_preposition || c.modifier || c.place_like) continue;
    // The subject is the first actor that is no object; a person, a pair or
    // a group of states leaves "It" to the nearer institution.
    if (c.compound || c.actors.size() != 1) return nullptr;
    const ResolvedActor& a = c.actors[0];
    if (a.person >= 0 || a.actor_id.rfind("new:", 0) == 0 || a.country.empty()) return nullptr;
    if (c.end < d_.size() && d_.text(c.end) == "-") return nullptr;  // "Iran-backed"
    // "India and Pakistan exchanged fire. It …": either may be meant.
    if (c.end < d_.size() && (d_.text(c.end) == "and" || d_.text(c.end) == "or")) return nullptr;
    return &a;
  }
  return nullptr;
}

const ResolvedActor* DocumentResolver::ObjectPersonBefore(uint32_t pronoun) const {
  // "him" or "her" is never the subject of its own verb (that would be
  // "himself"), so it is the one other person the sentence has named: "Biden
  // called Putin and warned him", "Biden had warned him". The verb's subject
  // is the actor right before the verb and its auxiliaries, or, for a second
  // predicate (", and warned him", ", warning him"), the sentence's subject;
  // it must be the sentence's subject. Anything less plain is left unresolved.
  if (pronoun < 2 || !d_.tokens[pronoun - 1].is_word || d_.capitalized[pronoun - 1]) return nullptr;
  std::string_view verb = d_.text(pronoun - 1);
  uint32_t at = pronoun - 1;
  // A preposition right after a verb in the past is the verb's own
  // ("appealed to him", "spoke with him", "called on him"); after any other
  // word the phrase may be anyone's ("a call with him").
  const bool preposition = verb == "to" || verb == "of" || verb == "for" || verb == "with" || verb == "by" ||
                           verb == "on" || verb == "about" || verb == "against" || verb == "from" || verb == "at" ||
                           verb == "in";
  if (preposition) {
    if ((verb != "to" && verb != "with" && verb != "on") || at < 2 || !d_.tokens[at - 1].is_word ||
        !HasPastShape(d_.text(at - 1)) || d_.capitalized[at - 1]) {
      return nullptr;
    }
    verb = d_.text(--at);
  }
  for (int n = 0; n < 3 && at > 0; ++n) {
    std::string_view w = d_.text(at - 1);
    bool auxiliary = w == "had" || w == "has" || w == "have" || w == "was" || w == "is" || w == "did" ||
                     w == "also" || w == "again" || w == "then" || w == "later" || w == "repeatedly" ||
                     w == "personally" || w == "reportedly";
    if (!auxiliary) break;
    --at;
  }
  const size_t first = sentence_start_chunk_;
  const ActorChunk* subject = nullptr;
  for (size_t k = first; k < r_->chunks.size(); ++k) {
    const ActorChunk& c = r_->chunks[k];
    if (c.end == at) subject = &c;
  }
  const ActorChunk* main = nullptr;
  for (size_t k = first; k < r_->chunks.size() && main == nullptr; ++k) {
    const ActorChunk& c = r_->chunks[k];
    if (!c.after_preposition && !c.modifier && !c.place_like && !c.compound) main = &c;
  }
  if (subject == nullptr) {
    std::string_view joint = at > 0 ? d_.text(at - 1) : std::string_view();
    bool second_predicate = joint == "and" || (joint == "," && HasIngVerbShape(verb));
    if (!second_predicate) return nullptr;
    subject = main;
  }
  // Only the main clause of a state's actor: in a clause told inside
  // another ("rejected Trump's claim that Modi had asked him to mediate")
  // the act is someone's report, and an actor of no state ("the ICC …,
  // accusing him") is no source to code.
  // A relative clause of place or time has its own subject: "Yeltsin flew
  // to Berlin, where Kohl received him".
  const bool relative = subject != nullptr && subject->begin >= 2 && d_.text(subject->begin - 2) == "," &&
                        (d_.text(subject->begin - 1) == "where" || d_.text(subject->begin - 1) == "when");
  if (subject == nullptr || (subject != main && !relative) || subject->end > at || subject->actors.empty() ||
      subject->actors[0].country.empty()) {
    return nullptr;
  }
  // The persons named before the pronoun in the sentence, other than the
  // subject: exactly one, or none is clear.
  auto same = [](const ResolvedActor& a, const ResolvedActor& b) {
    return a.person >= 0 ? a.person == b.person : a.actor_id == b.actor_id && a.name == b.name;
  };
  const ResolvedActor* other = nullptr;
  for (size_t k = first; k < r_->chunks.size(); ++k) {
    const ActorChunk& c = r_->chunks[k];
    // A surname or title found by coreference is a person named; another
    // pronoun is not.
    if (c.begin >= pronoun || c.compound || c.actors.size() != 1 || (c.how == "coreference" && IsPronoun(c.begin))) {
      continue;
    }
    const ResolvedActor& a = c.actors[0];
    if (a.person < 0 && a.actor_id.rfind("new:", 0) != 0) continue;
    bool is_subject = false;
    for (const ResolvedActor& s : subject->actors) is_subject = is_subject || same(a, s);
    if (is_subject) continue;
    if (other != nullptr && !same(*other, a)) return nullptr;
    other = &a;
  }
  return other;
}

const ActorChunk* DocumentResolver::TellerBefore(uint32_t it) const {
  uint32_t at = it;
  if (at > 0 && d_.text(at - 1) == "that") --at;
  // The hearers right before: actors, or names and "and" ("informed Israel
  // and Hamas that it …"), after a telling verb.
  uint32_t verb = at;
  size_t k = r_->chunks.size();
  for (int n = 0; n < 8 && verb > 0; ++n) {
    while (k > sentence_start_chunk_ && r_->chunks[k - 1].begin >= verb) --k;
    if (k > sentence_start_chunk_ && r_->chunks[k - 1].end == verb) {
      verb = r_->chunks[k - 1].begin;
      continue;
    }
    std::string_view w = d_.text(verb - 1);
    if (w == "and" || (d_.capitalized[verb - 1] && d_.tokens[verb - 1].is_word)) {
      --verb;
      continue;
    }
    break;
  }
  if (verb == at || verb == 0 || !IsTellingVerb(d_.text(verb - 1))) return nullptr;
  // The teller: the sentence's first actor before the verb.
  for (k = sentence_start_chunk_; k < r_->chunks.size(); ++k) {
    const ActorChunk& c = r_->chunks[k];
    if (c.end >= verb) break;
    if (c.after_preposition || c.place_like || c.compound || c.actors.size() != 1 || c.actors[0].country.empty()) {
      continue;
    }
    return &c;
  }
  return nullptr;
}

}  // namespace dyad
