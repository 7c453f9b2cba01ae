// Events a sentence implies beyond its patterns: a reception or a meeting at
// home is the guest's visit, a state reporting another's use of force accuses
// it, a plain "X said" is a statement.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/actor_resolver.h"
#include "events/event_sink.h"
#include "events/sentence_context.h"
#include "util/string_hash.h"
#include "events/verb_patterns.h"

namespace dyad {

// An ambassador, envoy, chargé d'affaires, consul or attaché, by role or name.
bool IsEnvoy(const ResolvedActor& a);

// "Rouhani received Abe" and "Modi met Albanese in New Delhi" are visits to
// Iran and India as well (042, from the guest); an envoy received where he is
// posted visits nobody.
void AddImpliedVisit(const ResolvedActor& src, const ResolvedActor& tgt, const std::string& code,
                     const SentenceContext& sc, const PatternMatch& m, EventSink* sink);

// "Clinton said in Mexico City", "Obama pledged in Tallinn": an official
// acting in a foreign capital is there on a visit (042 to that state), not
// an envoy where he is posted; the verb a past form with the capital right
// after it ("said on Tuesday in Tallinn" too). Two officials of two states
// acting together ("Biden and Xi agreed in Bali", "Modi and Hasina signed in
// Dhaka") met there: 044 both ways on third ground, the guest's 042 at home.
void AddVisitsAtVenues(const SentenceContext& sc, const DocumentContext& ctx, EventSink* sink);

// After the sentence's acts (those from `first_event` on; `coded` if any):
// "its jets struck a camp in Ecuador, Colombia said" is also COL>ECU 015 (a
// claim of its own use of force; "Russian troops shelled Kharkiv, Ukrainian
// officials said" is the act alone); a plain "X said …" with nothing coded
// is X's 010 without target.
void AddSpeakerEvents(const SentenceContext& sc, size_t first_event, bool coded, EventSink* sink);

// "Georgian police arrested four Russian officers on spying charges",
// "Norway expelled 15 Russian diplomats, saying they were intelligence
// officers": an arrest, a detention or an expulsion (17x) told with a word
// of #espionage (word_classes.tsv) also accuses the target's state of spying
// (1125), as annotators code it.
class EspionageCharges {
 public:
  explicit EspionageCharges(const VerbPatterns& patterns);
  // After the sentence's acts (those from `first_event` on).
  void Add(const SentenceContext& sc, const DocumentContext& ctx, size_t first_event, EventSink* sink) const;

 private:
  std::unordered_set<std::string> words_;  // a word, or words joined by "_" ("intelligence_officers")
};

// Verbs that answer what another state did, read from the lexicon: a pattern
// of root 10-12 that is the verb, its particles and the target alone
// ("complain about $A" 114, "condemn $T" 111), no reporting verb. Written last after the
// clause they answer ("Chinese warships held drills without notice,
// Canberra complains"), that clause stands where the target would.
class ClosingReactions {
 public:
  explicit ClosingReactions(const VerbPatterns& patterns);
  // The code of the reaction the lemma `verb` writes, or nullptr.
  const std::string* CodeOf(std::string_view verb) const;
  // A noun of an act a reaction may answer ("move", "strikes", "charge"):
  // the classes #act, #claim and #proposal of word_classes.tsv.
  bool IsActNoun(std::string_view word) const {
    return act_nouns_.contains(word) || IsClaimNoun(word) || IsProposalNoun(word);
  }
  // A noun of what a state said of another ("charge", "accusation").
  bool IsClaimNoun(std::string_view word) const { return claim_nouns_.contains(word); }
  // A noun of what a state put to another ("proposal", "request"): #proposal.
  bool IsProposalNoun(std::string_view word) const { return proposal_nouns_.contains(word); }
  // A verb that names what was done ("called it retaliation": #calling), and
  // a word that condemns in such a naming (#censure).
  bool IsCallingVerb(std::string_view lemma) const { return calling_verbs_.contains(lemma); }
  bool IsCensure(std::string_view word) const { return censure_words_.contains(word); }
  // A verb that denies a claim ("…, a charge Kigali denied": 016), the class
  // #denial.
  bool IsDenial(std::string_view lemma) const { return denial_verbs_.contains(lemma); }

 private:
  std::unordered_map<std::string, std::string> codes_;  // lemma -> code of its shortest such pattern
  StringSet act_nouns_;  // heterogeneous: asked with a token's view, per actor of every sentence
  StringSet claim_nouns_;
  StringSet proposal_nouns_;
  StringSet calling_verbs_;
  StringSet censure_words_;
  StringSet denial_verbs_;
};

// "…, Canberra complains": the reactor answers the state that acted in the
// clause before (a source coded from `first_event` on, else that clause's
// subject). True if it coded.
bool AddClosingReaction(const SentenceContext& sc, const DocumentContext& ctx, const ClosingReactions& reactions,
                        size_t first_event, EventSink* sink);

// "Russia annexed Crimea, a move Ukraine condemned", "…, a charge Baku
// rejected", "…, in exercises Taipei condemned as intimidation": a reaction
// in a relative clause after the noun of the act it answers
// (`relative`, from SentenceContext::RelativeReactions). The reactor answers
// the state that acted before (a source coded from `first_event` on, other
// than its own), else its partner in the story (SentenceContext::Partner:
// "China said it would hold drills, a move Taipei denounced"). True if it
// coded.
// "…, a move Israel called a dictator's decision": the code of a reaction
// whose verb names the act (#calling) with a word of #censure in the few
// words after it: 111 for an act, 120 for a claim ("a charge Baku called
// absurd"); nullptr when no such word follows.
const std::string* NamingCode(const SentenceContext& sc, const DocumentContext& ctx, const ClosingReactions& reactions,
                              const SentenceContext::RelativeReaction& r);

bool AddRelativeReactions(const SentenceContext& sc, const DocumentContext& ctx, const ClosingReactions& reactions,
                          const std::vector<SentenceContext::RelativeReaction>& relative, size_t first_event,
                          EventSink* sink);

}  // namespace dyad
