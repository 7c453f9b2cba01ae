// The resolution of one story's actors (ActorResolver::Resolve): chunks of
// each sentence resolved to actors, with what the story has said before
// (people and their titles, institutions, the story's pair of states).
// Internal to src/actors: document_resolver.cc runs a story and keeps its
// memory, chunk_resolver.cc resolves one chunk.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/actor_resolver.h"
#include "actors/chunker.h"
#include "util/day.h"
#include "util/string_hash.h"

namespace dyad {

// Titles that may stand for any person of the right country.
bool IsGenericTitle(std::string_view role);

// "diplomat", "envoy": titles an ambassador or a spokesperson also answers to.
bool IsDiplomatTitle(std::string_view role);

// The text of a title ("the Chinese ambassador") fits the role remembered.
bool RoleTextMatches(std::string_view text, std::string_view role);

// The raw text of tokens [begin, end).
std::string RawText(const Document& doc, const DocumentTokens& d, uint32_t begin, uint32_t end);

struct PersonMemory {
  ResolvedActor actor;
  std::string roles_folded;  // every title the story or the dictionary gives them
  uint32_t last_token = 0;
};

class DocumentResolver {
 public:
  DocumentResolver(const ActorDictionary& dict, const Document& doc, ResolvedDocument* r)
      : dict_(dict), doc_(doc), r_(r), d_(r->tokens), published_day_(ParseDay(doc.published, false)) {}

  void Run();

 private:
  // "Under the leadership of X, …", "In a phone call with Y, X said": the
  // actors before the first comma are not the sentence's subject.
  void MarkLeadingPrepositionalPhrase(uint32_t b, uint32_t e, std::vector<RawChunk>* raw) const;

  // A short name the story has made a person's ("Biden" after "Joe Biden").
  bool IsActiveShortName(uint32_t i) const;

  // "Biden said", "the Putin government": a designated short name of four
  // letters or more that only one person in the dictionaries bears names
  // that person even before the story gives the full name. -1 otherwise.
  // Only designated short names count: "Trong" is Nguyen Phu Trong's, not
  // Nguyen Trong Nghia's, whose name merely contains it.
  int UniqueShortName(std::string_view w, const std::vector<uint32_t>& people) const;
  // "Prime Minister Atal Behari Vajpayee": an unknown name over [begin, end)
  // after `title` that ends with a known person's short name, has another
  // word of his full name and whose office that day is the title is a
  // spelling of it the dictionary lacks; -1 when not exactly one person.
  int KnownPersonSpeltOtherwise(uint32_t begin, uint32_t end, std::string_view title) const;
  // "President Ford" in 1975, "Chancellor Brandt" in 1970: a name part after
  // a person's title is the one person bearing it who held an office on the
  // story's day, preferring an office the title names. -1 when not one.
  int TitledOfficeholder(const std::vector<uint32_t>& people, std::string_view title) const;

  // The country a chunk's title belongs to ("Vietnamese president", "President of China").
  std::string CountryOfTitle(const RawChunk& rc) const;

  ResolvedActor PersonActor(uint32_t p) const;
  // Token `i` follows "to" or "to the": the post of "ambassador to the UN".
  bool PostedTo(uint32_t i) const;

  void Remember(const ResolvedActor& a, const std::string& titles, uint32_t token);

  // The most recent person whose titles fit `role` (and `country` if given).
  const PersonMemory* FindByTitle(std::string_view role, const std::string& country) const;

  const ResolvedActor* SubjectBefore(uint32_t token) const;

  // The most recent state or organisation (not a person, not a place, not a
  // modifier like "Hong Kong-based") in this sentence or the one before.
  const ResolvedActor* LastInstitution(uint32_t token) const;

  const ActorChunk* LastInstitutionChunk(uint32_t token) const;

  bool ResolveChunk(int sentence, const RawChunk& rc, ActorChunk* c);
  // The person a chunk's short name stands for: the one the story has given
  // it, else the one person the dictionary (or, on the story's day, the
  // title before it) gives it (person_resolver.cc); false when none.
  bool ResolveShortName(const RawChunk& rc, const ChunkElement* short_name, const ChunkElement* person_title,
                        const std::string& titles_text, ActorChunk* c);
  // A name no dictionary knows under a title or before an apposition of a
  // state word: a known person spelt otherwise, else a new person of the
  // state `country` (the chunk's own), else of where the sentence or the
  // dateline places the official (person_resolver.cc); false when none.
  bool ResolveUnknownName(int sentence, const RawChunk& rc, const ChunkElement* unknown,
                          const ChunkElement* person_title, const ChunkElement* org, const ChunkElement* org_title,
                          const std::string& titles_text, std::string country, ActorChunk* c);

  // The country of the capital or place named after "in" at token `i`, or of
  // the dateline for "here" ("protesters rallied outside the embassy here"),
  // "" if none.
  std::string CountryOfPlaceAt(uint32_t i, bool capitals_only = false) const;
  // The state of the dateline's capital or known place, "" if none.
  std::string DatelineCountry() const;
  // "A Foreign Ministry spokesman said in Khartoum", "… told reporters in
  // Beijing": the state of the capital an official whose phrase ends at
  // token `end` speaks in, "" if the words after it name none.
  std::string SpeechCapitalAfter(uint32_t end) const;
  // "in the Islamic Republic", "in Mashhad": a place phrase between token
  // `from` and the end of its clause, known or not.
  bool NamesPlaceInClause(int sentence, uint32_t from) const;
  // "In Moscow, tens of thousands of demonstrators …": the country of the
  // place that opens sentence `sentence`, when its crowd at token `begin`
  // opens the main clause after it; "" otherwise.
  std::string LeadingPlaceOfCrowd(int sentence, uint32_t begin) const;
  // Whether a crowd starting at token `begin` opens its sentence or a
  // subordinate clause ("a day after protesters stormed …").
  bool CrowdOpensClause(int sentence, uint32_t begin) const;

  // The state of a group noun with no country word of its own, from where
  // the sentence places it when the group opens a clause: "officials in
  // Tbilisi" (a capital), "troops from Chad" (a state's name), one state per
  // name of a list; empty if none.
  std::vector<std::string> CountriesOfGroupOrigin(int sentence, const RawChunk& rc, bool civilian) const;

  // A spokesperson of the coast guard speaks for the coast guard: the
  // institution in the title gives the sector before the title itself.
  std::string InstitutionSector(const ChunkElement* org, const ChunkElement* org_title,
                                const ChunkElement* person_title) const;

  std::string NearbyCountry(const RawChunk& rc, const ChunkElement& title) const;

  // Token i is "the", "its" or a capitalised "north"/"south": what the three
  // below need before they look further. Most tokens are none of these, and
  // skip building a chunk to fill.
  bool MayOpenDescription(uint32_t i) const;
  // "the North" / "the South" (written with a capital, not followed by a
  // name such as "the South China Sea") in a story that has named either
  // Korea: the DPRK or the Republic of Korea.
  bool KoreanHalf(int sentence, uint32_t i, uint32_t end, ActorChunk* c);
  // "aid to the island nation", "its blockade of the Gulf state": a
  // description of a state after the sentence's subject names the state
  // named last before it, other than the subject's (state_descriptions.cc).
  bool StateDescription(int sentence, uint32_t i, uint32_t end, ActorChunk* c);
  // "the two regional powers", "both Gulf rivals": the story's pair named
  // by a pair noun of the dictionary with modifiers before it
  // (state_descriptions.cc).
  bool PairDescription(int sentence, uint32_t i, uint32_t end, ActorChunk* c);
  // "Kinshasa was blaming its neighbour": the one other state the sentence
  // names, owned by the state before "its" (state_descriptions.cc).
  bool OwnersNeighbour(int sentence, uint32_t i, uint32_t end, ActorChunk* c);
  // "Qatar told Israel it would …": the teller's chunk when "it" at `it`
  // follows a telling verb and its hearer, else nullptr.
  const ActorChunk* TellerBefore(uint32_t it) const;

  // The subject of the sentence before this one when it is one state or
  // institution (not a person, a pair or a place), else nullptr: what a
  // sentence-opening "It" continues (pronoun_resolver.cc).
  const ResolvedActor* PreviousSentenceInstitution() const;
  // "X said … and that it …", "… and added that it", "…, adding that it": the
  // speaker X (one state, right before the sentence's first speech verb)
  // when "it" at `it` opens such a second clause, else nullptr
  // (pronoun_resolver.cc).
  const ActorChunk* SpeakerOfSecondClause(uint32_t it) const;
  // Whether "it" at `it` follows a preposition or a transitive verb in the
  // past: an object, never its own clause's subject (pronoun_resolver.cc).
  bool IsObjectPosition(uint32_t it) const;
  // The last institution before `it` outside the subject of the clause "it"
  // is the object of (the actor or list right before its verb), nullptr
  // when none.
  const ResolvedActor* InstitutionBeforeSubject(uint32_t it) const;

  // "warned him": the one person named before an object pronoun at
  // `pronoun` in its sentence other than its verb's subject, else nullptr.
  const ResolvedActor* ObjectPersonBefore(uint32_t pronoun) const;

  // The actor a pronoun chunk stands for (pronoun_resolver.cc); false when
  // the pronoun is left unresolved.
  bool ResolvePronoun(const RawChunk& rc, const ChunkElement& pronoun, ActorChunk* c);
  // The actor that names an act in "what it called …" before `token`: the
  // speaker of the sentence's reported speech, else its last subject.
  const ResolvedActor* NamerBefore(uint32_t token) const;
  // Whether the token is a personal pronoun ("him", "its", "they" …).
  bool IsPronoun(uint32_t token) const;

  // "North and South Korean warships": the bare compass word is a state's
  // adjective of its own (state_descriptions.cc).
  void CompassHalves(int sentence);
  // "Thai and Cambodian troops": the first adjective shares the second's
  // group noun, so both states act ("exchanged fire").
  void ShareGroupNoun();

  // "a British-Iranian aid worker": notes the nationality joined before the
  // chunk (ResolvedActor::second_country).
  void NoteSecondNationality(ActorChunk* c) const;

  // "Starmer and Macron …" followed by "the two leaders": the compound names
  // the two just conjoined, not necessarily the story's main pair.
  void NoteConjoinedPair(int sentence);

  void UpdateSalient();

  void FindPair();

  const ActorDictionary& dict_;
  const Document& doc_;
  ResolvedDocument* r_;
  const DocumentTokens& d_;
  const Day published_day_;  // 0 when the story has no date
  std::unordered_set<uint32_t> seen_people_;
  StringMap<ResolvedActor> local_short_;
  std::unordered_map<std::string, PersonMemory> people_memory_;
  ResolvedActor salient_;
  size_t sentence_start_chunk_ = 0;
  struct Conjoined {
    int sentence;
    uint32_t begin;  // the first state's first token
    std::string a, b;
  };
  std::vector<Conjoined> conjoined_;
  bool korea_named_ = false;
  std::unordered_map<std::string, std::string> institution_country_;  // "foreign ministry" -> the last state it was
  // "troops" -> the last state whose troops the story named, and where.
  struct NamedGroup {
    std::string country;
    int sentence = 0;
  };
  std::unordered_map<std::string, NamedGroup> group_country_;
};


}  // namespace dyad
