// Who is who in a story: actor phrases ("chunks") found in each sentence and
// resolved to states, organisations and people with their CAMEO code on the
// story's date, including later short mentions (surnames, given names, titles,
// pronouns) and compound actors ("the two sides") for the story's pair.
//
// Thread safety: Resolve is const; one ActorResolver serves many threads.
#pragma once

#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/document_tokens.h"
#include "dyad/document.h"
#include "dyad/records.h"
#include "util/day.h"

namespace dyad {

struct ResolvedActor {
  int person = -1;       // index into the dictionary's people, -1 otherwise
  std::string actor_id;  // dictionary id, "new:<name>" for title-coded people, "" for bare states
  std::string name;
  std::string country;   // ISO alpha-3, "" for international organisations
  std::string code;      // CAMEO actor code
  std::string role;
  std::string sector;    // for re-coding a person-less actor
  // "a British-Iranian aid worker": the other nationality joined by a
  // hyphen before the actor, "" if none. An act of one of the two states on
  // the person is an act on the other.
  std::string second_country;
};

// The same actor as one of `country`, its sector kept: a dual national as
// the other nationality, a dependent territory as its state.
inline ResolvedActor AsCountry(ResolvedActor a, std::string_view country) {
  a.country = std::string(country);
  a.code = a.country + a.sector;
  return a;
}

// A title in a person's chunk ("Vietnamese president"), for year inference.
struct ChunkTitle {
  uint32_t role = 0;    // index into the dictionary's roles
  std::string country;  // the country word next to it, "" if none
};

struct ActorChunk {
  int sentence = 0;
  uint32_t begin = 0;  // token range
  uint32_t end = 0;
  uint32_t head = 0;   // the token that names the actor (person name, org, country)
  std::vector<ResolvedActor> actors;  // two for a compound ("the two sides")
  std::string how;                    // dictionary, title, coreference, compound
  bool after_preposition = false;     // "with X", "of X": not a subject
  bool place_like = false;            // a capital after "in"/"at": a location more than an actor
  bool compound = false;
  bool modifier = false;              // a bare country adjective: only $A pattern slots read it
  bool against = false;               // "anti-French": a modifier that $T slots read too, never a subject
  bool apposed_name = false;          // "Bruce Lowrance, an American tourist": RawChunk::apposed_name
  std::vector<ChunkTitle> titles;
};

// A news outlet named as the one a story is told to or quoted by ("told
// Reuters", "according to Xinhua", "in an interview with CNN", "quoted by
// TASS"): it reports, it is no party. A state's media that act ("Iranian
// state television aired …") are parties.
inline bool ReportingOutlet(const DocumentTokens& t, const ActorChunk& c) {
  if (c.actors.size() != 1 || c.actors[0].sector != "MED" || c.begin == 0) return false;
  std::string_view before = t.text(c.begin - 1);
  return before == "told" || before == "to" || before == "with" || before == "by" || before == "tells";
}

struct ResolvedDocument {
  DocumentTokens tokens;
  std::vector<ActorChunk> chunks;                 // in text order
  std::vector<std::vector<uint32_t>> by_sentence; // chunk indices per sentence
  std::string pair[2];                            // the story's two main states ("" if fewer)
  Day story_day = 0;                              // published, or dateline + inferred year
  int inferred_year = 0;
  std::string inferred_year_reason;
};

// The mention of `actor` at text[start, end) of sentence `sentence`, found as
// `how` says (dictionary, title, coreference …).
Mention ActorMention(const Document& doc, int sentence, uint32_t start, uint32_t end, const ResolvedActor& actor,
                     const std::string& how);

class ActorResolver {
 public:
  explicit ActorResolver(const ActorDictionary* dictionary) : dict_(dictionary) {}

  ResolvedDocument Resolve(const Document& doc, const std::vector<SentenceSpan>& sentences) const;

  // One Mention per chunk, for storage and `dyad actors`.
  std::vector<Mention> Mentions(const Document& doc, const ResolvedDocument& r) const;

  // Re-codes a person for another day (an event's own date).
  std::string CodeOn(const ResolvedActor& a, Day day) const;

  const ActorDictionary& dictionary() const { return *dict_; }

 private:
  const ActorDictionary* dict_;
};

}  // namespace dyad
