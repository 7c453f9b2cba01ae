// What the event coder knows about a story and about the sentence at hand:
// lemmas, actor phrases by position, the subject of a verb, negation, the
// event's date and place, and the evidence span.
#pragma once

#include <functional>
#include <list>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "actors/actor_resolver.h"
#include "dyad/document.h"
#include "dyad/records.h"
#include "events/date_finder.h"
#include "events/lemmatizer.h"
#include "events/verb_patterns.h"
#include "events/word_table.h"
#include "util/string_hash.h"

namespace dyad {

class ActKinds;
class RelativeDayPhrases;
class VerbClasses;

// Reporting verbs: their subject is a speaker.
inline constexpr const char* kSpeechVerbs[] = {"say",    "add",       "note",     "stress",  "emphasize", "affirm",
                                                "state",  "highlight", "underline", "reiterate", "tell",   "remark",
                                                "assert", "point",     "insist",   "declare", "announce"};

// Word flags the sentence rules read (WordTable flags, see ClassifyWord).
inline constexpr uint8_t kWordSpeechVerb = 1;  // the lemma is one of kSpeechVerbs
inline constexpr uint8_t kWordSlotStop = 2;    // ends the modifiers between a verb and its object
inline constexpr uint8_t kWordPunct = 4;       // breaks a pattern gap
inline constexpr uint8_t kWordAdverb = 8;      // may stand between an auxiliary or a cue and its verb
inline constexpr uint8_t kWordBe = 16;         // a form of "be" or "get" (passives)
inline constexpr uint8_t kWordParticiple = 32;  // ParticipleShape(form, lemma)
inline constexpr uint8_t kWordVerb = 64;        // form or lemma opens a pattern (DocumentContext::verbs)
uint8_t ClassifyWord(std::string_view form, std::string_view lemma);

class DocumentContext {
 public:
  DocumentContext(const Document& doc, const std::vector<SentenceSpan>& sentences, const ResolvedDocument& r,
                  const WordTable& words, const ActorDictionary& dict, const StringSet& verb_words,
                  const RelativeDayPhrases& relative_day_phrases, const VerbClasses& verb_classes,
                  const ActKinds& act_kinds);

  const Document& doc;
  const std::vector<SentenceSpan>& sentences;
  const ResolvedDocument& r;
  const ActorDictionary& dict;
  std::vector<std::string_view> lemmas;  // per token: views of the text or of the lemmatizer's strings
  std::vector<uint32_t> lemma_ids;       // per token: VerbPatterns::WordId of the lemma
  std::vector<uint32_t> form_ids;        // per token: VerbPatterns::WordId of the folded form
  std::vector<uint8_t> flags;            // per token: kWord* flags
  const StringSet& verbs;                // first words of the patterns and reporting verbs
  const RelativeDayPhrases& relative_days;  // "the same day", "two days later"
  const VerbClasses& verb_classes;          // doing, reaction and answer verbs
  const ActKinds& act_kinds;                // "the invasion" names an armed act
  std::vector<int> chunk_starting_at;   // per token: chunk index or -1
  std::vector<uint8_t> punct, skippable;             // per token, for SentenceView
  std::vector<uint8_t> gap_free;                      // per token, for SentenceView::gap_free
  std::vector<uint32_t> actor_end, actor_end_mod;    // per token, for SentenceView
  std::vector<uint8_t> passive_ok;                   // per token, for SentenceView
  std::vector<uint32_t> chunk_end;                   // per token, for SentenceView
  std::vector<uint32_t> insert_end;                  // per token, for SentenceView
  std::vector<uint32_t> venue_end;                   // per token, for SentenceView
  // Per token, the end of the time phrase it opens ("on Wednesday", "in
  // March", "last week"), 0 when none: filled with each sentence's dates.
  mutable std::vector<uint32_t> time_phrase_end;
  // The first token of the time phrase that ends at `end` (not before
  // `begin`), or `end` when none does: "Russia on Wednesday | to cut".
  uint32_t TimePhraseBefore(uint32_t begin, uint32_t end) const;
  Day anchor = 0;
  Day published_day = 0;  // the story's publication day (0 if none), later than `anchor` when filed the day before
  DateMention lead_date;                // the lead's date, precision "" when none
  bool has_lead_date = false;
  EventLocation dateline_place;  // the dateline as a place; only its name when the gazetteer lacks it
  std::string dateline_country;  // the state whose capital the dateline is
  // True when mention `d` (of a sentence starting at token
  // `sentence_begin`) dates something to come ("next year", "by June",
  // "later this month"), not an act told.
  bool IsLaterDate(const DateMention& d, uint32_t sentence_begin) const;
  // The chunk names a thing a state owns or flags ("a Panama-flagged
  // tanker", compound_participles.tsv's owners): never a doer.
  bool PropertyChunk(const ActorChunk& c) const;
  // The chunk names a thing a state backs ("Iran-backed militias",
  // compound_participles.tsv's sponsors): the state does not do what the
  // thing does.
  bool QualifierChunk(const ActorChunk& c) const;
  // Token `participle` is joined by a hyphen to the word before it and, for
  // that word's state, has `role` in compound_participles.tsv ("Soviet-led":
  // a leader, "Greek-flagged": an owner).
  bool JoinedParticiple(uint32_t participle, CompoundRole role) const;
  // Date mentions of sentence `s`, found once.
  const std::vector<DateMention>& DatesOf(size_t s) const;
  // The states that acted in the story so far, latest last: "the launch" a
  // later sentence condemns, the drill held "in response", is theirs.
  struct Doer {
    std::string country;
    int sentence = 0;
    bool hostile = false;  // an act of roots 13-20
    std::string cameo;     // the coded act's code; "" for the subject of an uncoded act
    std::string target;    // the coded act's target state; "" when none
  };
  std::vector<Doer> doers;
  // The states given or promised aid so far (07x, 033x), latest last: the
  // next donor's aid with no recipient named goes to the same state ("Japan
  // will send water to Tonga. Beijing would provide food").
  std::vector<std::string> aid_recipients;
  // The two states of the story's latest act done both ways, the same code
  // each way (a meeting, a signing, a clash; not a visit and its hosting),
  // the sentences before this one; empty when none: "The accord was signed
  // on Friday" is theirs before the story's most named.
  std::string mutual_pair[2];

 private:
  // A number of a thousand or more ("7,000", "1.5 million", "thousands")
  // reads as the pattern word #many.
  void MarkLargeNumbers(uint32_t many_id);
  mutable std::vector<std::vector<DateMention>> dates_;
  mutable std::vector<bool> dates_done_;
};

struct EventDate {
  std::string date, date_end, precision, note;
  // The mention's days, so a record need not parse `date` back (0: none).
  Day first = 0, last = 0;
  bool from_lead = false;
};

class SentenceContext {
 public:
  SentenceContext(const DocumentContext& ctx, int sentence);

  const SentenceView& View() const { return view_; }
  // A noun of an event told as another act's occasion, within a few words
  // after "during" or "on" ("asked China during a visit to Beijing to …").
  bool Occasion(const PatternMatch& m) const;
  // A state's adjective or possessive right before the noun at `noun`
  // ("Israeli air strikes", "Russia's attack"): the words name its doer.
  bool NamedDoerBefore(uint32_t noun) const;
  // Keeps the most specific of overlapping matches, and remembers their
  // objects: an object is never a subject.
  std::vector<PatternMatch> SelectMatches(std::vector<PatternMatch> all);
  // The actors of the phrase (and of "X and Y") in the token range.
  std::vector<const ResolvedActor*> ActorsAt(uint32_t begin, uint32_t end) const;
  // "if" or "unless" after token `from` in the sentence, before a full stop.
  bool ConditionAfter(uint32_t from) const;
  // The range holds only capitals after "in"/"at" ("in Moscow"): a venue.
  bool VenueAt(uint32_t begin, uint32_t end) const;
  // A foreign capital after "in"/"at" within a few words after the act
  // ("held talks in Beijing"): the host, for one party meeting abroad.
  const ResolvedActor* HostVenue(const PatternMatch& m, const ResolvedActor& source) const;
  // True when the actor phrase at `token` opens a new coordinated clause
  // (", and X …", "; X …").
  bool OpensClause(uint32_t token) const;
  // Whether the noun phrase a state's "'s" (token `possessive`) opens runs
  // to a past verb, as a subordinate clause's subject does.
  bool OwnedSubjectThenVerb(uint32_t possessive) const;
  // The first word between `from` and `to` that opens another clause
  // ("after", "which", "since" …; empty: none): a date past it dates another
  // event.
  std::string_view ClauseBoundaryBetween(uint32_t from, uint32_t to) const;
  // "The Soviet Union, which signed a treaty with Hanoi last November,
  // denounced …": the tokens [begin, end) lie in a relative clause set off
  // by commas that closes before token `act`.
  bool InRelativeClauseBefore(uint32_t begin, uint32_t end, uint32_t act) const;
  // "The Iranian offer was rejected": the state of a country adjective in
  // the passive's subject, when no actor is the subject; else nullptr.
  const ResolvedActor* PassiveSubjectAdjective(const PatternMatch& m) const;
  // "Kherson came under Russian artillery fire", "Odesa was hit by Russian
  // drones": a place alone as the subject of a passive, which stands for
  // its state as the target (as "shelled Kherson" does); else nullptr.
  const ResolvedActor* PassiveSubjectPlace(const PatternMatch& m) const;
  // The subject of the verb at `m`; `plural` when it is two actors.
  std::vector<const ResolvedActor*> Subject(const PatternMatch& m, bool* plural) const;
  // The comma that opens ", whose|who|which …," or a participle's ",
  // supported by units from Poland," after an actor when the comma right
  // before `verb` closes it, else 0 (sentence_clauses.cc).
  uint32_t RelativeInsertBefore(uint32_t verb) const;
  // Where a date of the sentence that ends at token `end` begins, with an "on"
  // before it ("followed Mali on Tuesday in …", "rejected on Tuesday a …");
  // `end` itself when no date ends there.
  uint32_t DateEndingAt(uint32_t end) const;
  // The main clause's subject when the verb at `m` is a second predicate or a
  // participle (", and summoned …", ", accusing …"), else empty: Subject
  // takes the first conjunct's, which an embedded clause may hold ("said
  // Russia was responsible … and gave Moscow until midnight").
  std::vector<const ResolvedActor*> MainClauseSubject(const PatternMatch& m, bool* plural) const;
  // The same for a predicate joined by "and"/"but" only, and empty when an
  // adverbial clause ("after …", "as …", "if …") stands between that
  // subject and the verb: the predicate may be that clause's.
  // `through_adverbial` reads past such a clause (when its own subject
  // cannot be the doer: "said … after Russian troops pulled out, and
  // accused Moscow of …").
  std::vector<const ResolvedActor*> MainPredicateSubject(const PatternMatch& m, bool* plural,
                                                         bool through_adverbial = false) const;
  // The other party of an act with no named target: a foreign place or
  // another actor in the sentence, else the doer of the story's last act in
  // the two sentences before, else the story's other state.
  // The states a reaction in apposition answers: the main clause's
  // subjects ("Greece and Cyprus signed a pact, a deal Turkey denounced").
  std::vector<const ResolvedActor*> AnsweredInApposition(const PatternMatch& m, const ResolvedActor& source) const;
  // `allies` (the source's fellow subjects) are never the partner. A
  // reaction (`hostile`: condemning, answering with a drill) answers the
  // last hostile act.
  // Aid (`aid`: 07x, 033x) goes to the story's last recipient of aid, if any.
  const ResolvedActor* Partner(const ResolvedActor& source, const PatternMatch& m,
                               const std::vector<const ResolvedActor*>& allies = {}, bool hostile = false,
                               bool aid = false) const;
  // The part of Partner the sentence itself names: a foreign place or state
  // after the verb, a country adjective or owner before it, else the
  // nearest actor of another state; nullptr when it names none. `hostile`
  // (an answer to an act, a show of force): a state named after "the
  // <act> of" suffered the act and is none.
  const ResolvedActor* NamedPartner(const ResolvedActor& source, const PatternMatch& m,
                                    const std::vector<const ResolvedActor*>& allies = {},
                                    bool hostile = false) const;
  // "Niger followed Mali in cutting ties", "joined the US and Canada in
  // imposing sanctions", "followed Mali's lead in …": the states the
  // subject followed or joined in the gerund act at `act`, which did it
  // too, with the following verb's token in `verb`; empty when the act is
  // not so framed.
  std::vector<const ResolvedActor*> FellowDoers(uint32_t act, uint32_t* verb) const;
  // "X and Y signed agreements normalising relations with Israel": a state
  // named by "with" a few words after a mutual act with no target, which
  // each of the subjects (`allies`) did the act with; empty when none.
  std::vector<const ResolvedActor*> WithThirdParty(const PatternMatch& m,
                                                   const std::vector<const ResolvedActor*>& allies) const;
  // "X and Y cut ties with the Pacific nation": the act names its party
  // with "with" right after it, and that party is no known actor; the
  // subjects did not do it with each other.
  bool WithUnnamedParty(const PatternMatch& m) const;
  // "US and Iraqi troops clashed with Islamist militants": the act names
  // its party with "with" right after it, a non-state one (verb_classes.tsv's
  // foe) after at most two modifiers.
  bool WithFoe(const PatternMatch& m) const;
  // "did not", "refused to" before the verb, or "no" inside the act
  // ("carried out no strikes", up to `end`).
  bool Negated(uint32_t verb, uint32_t end = 0) const;
  // The state of the dateline's place, for "arrived here".
  const ResolvedActor* DatelineCountry() const;
  // True when the verb at `verb` is an infinitive ("to (soon) recognise").
  bool AfterInfinitiveMarker(uint32_t verb) const;
  // "for China to lift …", "asked Japan to …": an infinitive whose subject
  // is an actor named right before "to". Not where one of the sentence's
  // `acts` took its doer ("arrived in Phnom Penh to look into …"): that
  // infinitive tells the doer's purpose.
  bool InfinitiveOfNamedActor(uint32_t verb, const std::vector<PatternMatch>& acts) const;
  // Headline grammar: the sentence opens with its subject and "to" + verb
  // stands for "will" ("Japan to provide $1 billion to the Philippines",
  // "Manila to investigate …"), an act announced, not done; so does a bare
  // verb joined to it by "and".
  bool HeadlineInfinitive(uint32_t verb) const;
  // Where the actor phrases a headline opens with end ("Ukraine, Russia" in
  // "Ukraine, Russia swap prisoners"), 0 when the sentence is no headline or
  // opens otherwise.
  uint32_t HeadlineSubjectEnd() const;
  // `promised`: the act is only promised, planned or threatened (an intent
  // coded from a cue: "will visit Vietnam on Tuesday, the ministry said on
  // Sunday"); the promise is dated, not the act, so mentions in the act's
  // own clause are passed over.
  EventDate DateFor(uint32_t begin, uint32_t end, bool promised = false) const;
  // The place named nearest the act after "in", "at", "near", "off" or
  // "outside"; else, for an act the lead dates, the dateline.
  EventLocation LocationFor(uint32_t begin, uint32_t end, bool from_lead) const;
  // The state of the nearest such place of a state, "" if none.
  std::string LocationCountry(uint32_t begin, uint32_t end) const;
  // "COLOMBO, July 29 - Gandhi and Jayewardene held talks on Wednesday":
  // the state of a capital dateline, for an act of the lead's day with no
  // place named; "" otherwise.
  std::string DatelineVenue(uint32_t begin, uint32_t end) const;
  Evidence SentenceEvidence() const;
  int sentence() const { return sentence_; }
  // The token lies inside an actor phrase of this sentence.
  bool InsideActor(uint32_t token) const {
    for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
      const ActorChunk& c = ctx_.r.chunks[k];
      if (c.begin <= token && token < c.end && !c.modifier) return true;
    }
    return false;
  }
  // The sentence's actor phrase whose (first) actor is `a`, nullptr if none.
  const ActorChunk* ChunkNaming(const ResolvedActor* a) const;
  // The actor is a town or region standing for its state ("shelled
  // Kharkiv"), not the state, a capital or an institution.
  bool IsPlace(const ResolvedActor* a) const {
    const ActorChunk* c = ChunkNaming(a);
    return c != nullptr && c->how == "place";
  }
  // The actor is named by a bare country adjective ("the Saudi land border").
  bool NamedByAdjective(const ResolvedActor* a) const {
    const ActorChunk* c = ChunkNaming(a);
    return c != nullptr && c->modifier;
  }
  // The actor's phrase follows a preposition ("off Crimea", "in Auckland"),
  // other than the "of" of a nominal act's object ("the seizure of Crimea").
  bool AfterPreposition(const ResolvedActor* a) const;
  // The actor is a place where something happens: a town or region (IsPlace),
  // or a capital or state named after "in", "at", "near", "off", "around" or
  // "outside" ("drills near Baku").
  bool IsLocation(const ResolvedActor* a) const;
  // The actor is a thing a state owns or flags, named so ("a Panama-flagged
  // tanker", "the Chinese-owned firm": compound_participles.tsv).
  bool StatesProperty(const ResolvedActor* a) const;
  // An actor phrase ends right before `token` (public for the coder).
  bool EndsActorAt(uint32_t token) const { return EndsActor(token); }
  // A state as an actor of its own (for partners, "here" and nominal
  // events), kept alive as long as this context.
  const ResolvedActor* StateActor(const std::string& iso3) const;
  // The noun at `noun` opens a phrase after "over", "about" or "against"
  // ("protested to China over the detention of …"), a determiner between.
  bool AfterReactionPreposition(uint32_t noun) const;
  // The chunk starting at `token`, if any.
  const ActorChunk* ChunkAt(uint32_t token) const;
  // One actor per state the sentence names as an actor (not a place or a
  // modifier), other than `country`, in text order.
  std::vector<const ResolvedActor*> OtherStates(const std::string& country) const;
  // The actors of the chunk `c` of this sentence, after those listed before
  // it ("Chinese and Russian strategic bombers": both states' bombers; "Iran,
  // Russia and China"), in text order.
  std::vector<const ResolvedActor*> ActorsWithListed(const ActorChunk& c) const;
  // "rejected protests from Japan and the United States": the other states
  // of the list that opens with `partner`'s state after the match, if any.
  std::vector<const ResolvedActor*> ListedAfterPartner(const ResolvedActor& partner, const PatternMatch& m) const;
  // The speaker of reported speech ("…, Kuleba said"), if one is named.
  const ResolvedActor* SpeakerActor() const;
  // "Iraq fired missiles at Tel Aviv, and Israel said it reserved the right
  // to retaliate": a speaker that opens a clause of its own after "and",
  // "but", "while" or "whereas" and speaks of itself ("said it", "said that
  // they") reports nothing told before it.
  bool SpeakerTellsOfItself() const;
  // A reporting verb with a subject before it, as a pseudo-match.
  bool SpeechVerb(PatternMatch* m) const;
  // "…, Canberra complains": a single actor written last, after a comma and
  // the clause it answers, before its verb (`verb`); `answered` is that
  // clause's subject when another state's, else nullptr. nullptr if none.
  const ActorChunk* ClosingReactor(uint32_t* verb, const ResolvedActor** answered) const;
  // ", a move Ukraine condemned", ", a charge Baku rejected", ", in
  // exercises Taipei condemned as …": a state right after the noun of an act
  // (`act_noun`) after a comma, then its reaction verb in the past
  // (`reaction`, by lemma) with no object of its own.
  struct RelativeReaction {
    const ActorChunk* reactor = nullptr;
    uint32_t noun = 0;  // the act's noun ("move", "charge")
    uint32_t verb = 0;
  };
  // A verb that `names` the act ("called a dictator's decision") may take
  // a complement; any other reaction takes no object.
  std::vector<RelativeReaction> RelativeReactions(const std::function<bool(std::string_view)>& act_noun,
                                                  const std::function<bool(std::string_view)>& reaction,
                                                  const std::function<bool(std::string_view)>& names) const;

 private:
  // The lower-case noun of an act of a kind (act_kinds.h) that ends `m`
  // ("condemned the invasion") or, failing that, the first inside it ("called
  // the shelling unforgivable"); "" when there is none.
  std::string_view ActKindNoun(const PatternMatch& m) const;
  // The match's act is said to repeat another's: "has also withdrawn",
  // "expelled its envoy too".
  bool RepeatsAct(const PatternMatch& m) const;
  // The first token of the name after "of" that follows such a noun ("the
  // invasion of Panama": who suffered the act), UINT32_MAX when none.
  uint32_t ActVictimAt(const PatternMatch& m) const;
  // NamedPartner's two steps: a name after the verb, an adjective on its
  // object or the owner of the act; else the nearest other actor.
  const ResolvedActor* PartnerNamedAfter(const ResolvedActor& source, const PatternMatch& m,
                                         const std::vector<const ResolvedActor*>& allies, bool hostile) const;
  const ResolvedActor* NearestNamedPartner(const ResolvedActor& source, const PatternMatch& m,
                                           const std::vector<const ResolvedActor*>& allies, bool hostile) const;
  // Where the clause of `m` ends: another coordinated clause, or another
  // predicate of its subject after a comma; the sentence's end if neither.
  uint32_t PredicateEnd(const PatternMatch& m) const;
  // True when a comma stands in [from, to) (within the sentence).
  bool CommaWithin(uint32_t from, uint32_t to) const;
  // A state other than the source's and its allies'.
  static bool IsOtherParty(const std::string& country, const ResolvedActor& source,
                           const std::vector<const ResolvedActor*>& allies);
  bool Eligible(const ActorChunk& c) const;
  // Tokens [from, noun) are at most two determiners or adjectives before
  // the noun at `noun`, after a span of its time: "after a battle", "before
  // fresh talks", "after nine months of secret talks".
  bool NounPhraseOpensAt(uint32_t from, uint32_t noun) const;
  const ActorChunk* Speaker() const;
  // "Ali said Guyana would …": when the match opens with a reporting verb
  // whose speaker is a name no actor resolves, the state that opens the
  // said clause; else nullptr.
  const ActorChunk* ClauseAfterUnresolvedSpeaker(const PatternMatch& m) const;
  // Some actor phrase (a modifier too) covers the token.
  bool CoveredByActor(uint32_t token) const;
  const ActorChunk* MainSubject(uint32_t before) const;
  // The verb at `verb` shares a subject with a clause before it (", and
  // accused", "and seized", ", accusing"); `before` gets the token before
  // its adverbs.
  bool ConjoinedVerb(uint32_t verb, uint32_t* before) const;

  // What the actor phrases listed before the sentence's `k`-th chunk are
  // ("Iran, Russia and China began", "Chinese and Russian bombers"): its
  // fellow subjects (appended to `listed`, nearest first), a list a
  // preposition governs that reaches a place, or one a noun's "of" opens
  // (`listed` then empty). A comma joins only a list closed by "and",
  // unless `bare_commas` (a headline's "Ukraine, Russia swap …").
  enum class ListOpening { kSubject, kPlace, kNoun };
  ListOpening ListedBefore(size_t k, std::vector<const ActorChunk*>* listed, bool bare_commas = false) const;
  // The subject of the verb at `token`, found one level deep (the first
  // conjunct of "boarded … and seized", the clause a gerund hangs on).
  std::vector<const ResolvedActor*> SubjectOfVerbAt(uint32_t token, bool* plural) const;
  // The "with" a few words after act `m` whose phrase is the act's own
  // ("held talks with"), 0 when none (WithThirdParty, WithUnnamedParty).
  uint32_t WithAfterAct(const PatternMatch& m) const;
  // The place named nearest [begin, end); `of_a_state`: only places of a state.
  EventLocation FindLocation(uint32_t begin, uint32_t end, bool of_a_state) const;
  // An actor phrase of this sentence ends right before `token`.
  bool EndsActor(uint32_t token) const;
  // The name at `token` follows the noun of an act and "of" ("the invasion
  // of (the) X"): X suffered the act.
  bool AfterActOf(uint32_t token) const;
  // An actor of a state (not an organisation) is named in [begin, end).
  bool NamesStateIn(uint32_t begin, uint32_t end) const;
  // A bare country adjective ends right before `token`.
  bool EndsModifier(uint32_t token) const;

  const DocumentContext& ctx_;
  int sentence_;
  uint32_t begin_, end_;
  uint32_t leading_pp_end_ = 0;  // first comma of a sentence opening with a preposition
  SentenceView view_;
  const std::vector<DateMention>* dates_ = nullptr;  // the document context's, found once
  std::optional<DateMention> previous_date_;
  // RelativeDay depends on the sentence only: found on the first act without
  // a date of its own, then kept.
  mutable std::optional<std::optional<DateMention>> relative_day_;
  mutable std::list<ResolvedActor> partners_;  // stable addresses; unlike a deque, no allocation while empty
  mutable int depth_ = 0;  // Subject's recursion into a first conjunct
  std::vector<std::pair<uint32_t, uint32_t>> objects_;  // token ranges of matched $T  // stable addresses
};

}  // namespace dyad
