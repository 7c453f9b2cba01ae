// The relations stage: finds a story's mentions of standing mechanisms and
// frameworks (data/relations/) and puts them, with the topics of
// data/relations/topics.tsv, on the events the coder found in the same
// sentences, and the commitments its acts of cooperation speak of.
//
// Precision first. A name written as a common phrase ("the bilateral
// cooperation steering committee", "a code of conduct") stands for a
// mechanism or framework only between its own members: it links an event only
// when both of the event's states are members, and is kept as a story's
// mention only when the story speaks of all of them. A proper name ("the 3+3
// strategic dialogue", "the Belt and Road Initiative") is the institution
// wherever it stands, but a bilateral one links only its own pair's events.
//
// Thread safety: Link and LinkEvents are const and may run on many threads.
#pragma once

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_resolver.h"
#include "dyad/document.h"
#include "dyad/records.h"
#include "dyad/status.h"
#include "relations/commitment_finder.h"
#include "relations/phrase_index.h"
#include "relations/relations_dictionary.h"
#include "relations/topic_list.h"

namespace dyad {

class RelationsLinker {
 public:
  // Loads data_dir/relations/ (the dictionary and topics.tsv).
  // `is_state` says whether an ISO3 code is a state, `is_place` whether a
  // folded word names a place of the gazetteer (see CommitmentFinder).
  static Result<std::unique_ptr<RelationsLinker>> Load(const std::string& data_dir,
                                                       const std::function<bool(std::string_view)>& is_state,
                                                       CommitmentFinder::IsPlace is_place);

  // Sets mechanism, frameworks, topics and commitments on `events` (this
  // story's, with their evidence sentences) and returns the story's mentions
  // whose institution fits `story_states` (the states the story speaks of);
  // with `mentions_wanted` false, only those in sentences that hold events.
  std::vector<InstitutionMention> Link(const Document& doc, const ResolvedDocument& resolved,
                                       const std::set<std::string>& story_states, std::vector<EventRecord>* events,
                                       bool mentions_wanted = true) const;

  const RelationsDictionary& dictionary() const { return dictionary_; }
  const TopicList& topics() const { return topics_; }
  const CommitmentFinder& commitments() const { return commitments_; }

 private:
  struct Named {
    bool mechanism = false;
    size_t index = 0;      // into the dictionary's mechanisms or frameworks
    bool common = false;   // written as a common phrase, not a proper name
  };
  struct Found {
    const Named* named = nullptr;
    uint32_t first = 0, last = 0;  // tokens
  };
  RelationsLinker(RelationsDictionary dictionary, TopicList topics, CommitmentFinder commitments,
                  CommitmentFinder::IsPlace is_place);
  const std::vector<std::string>& MembersOf(const Named& n) const { return n.mechanism ? members_[n.index] : parties_[n.index]; }
  const std::string& IdOf(const Named& n) const;
  bool LinksEvent(const Named& n, const EventRecord& e) const;
  bool FitsStory(const Named& n, const std::set<std::string>& states) const;

  RelationsDictionary dictionary_;
  TopicList topics_;
  CommitmentFinder commitments_;
  CommitmentFinder::IsPlace is_place_;
  std::vector<Named> names_;  // payloads of index_
  PhraseIndex index_;
  // States of each mechanism's members and each framework's parties (a
  // party code counts for its state), sorted, once.
  std::vector<std::vector<std::string>> members_, parties_;
};

}  // namespace dyad
