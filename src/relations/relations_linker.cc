#include "relations/relations_linker.h"

#include <algorithm>

namespace dyad {
namespace {

// Written with no capital and no digit: a common phrase, not a proper name.
bool CommonPhrase(std::string_view name) {
  return std::none_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

std::vector<std::string> States(const std::vector<std::string>& members) {
  std::vector<std::string> out;
  for (const std::string& m : members) out.push_back(m.size() == 6 ? m.substr(0, 3) : m);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool Has(const std::vector<std::string>& sorted, const std::string& s) {
  return std::binary_search(sorted.begin(), sorted.end(), s);
}

void AddOnce(std::vector<std::string>* list, const std::string& s) {
  if (std::find(list->begin(), list->end(), s) == list->end()) list->push_back(s);
}

}  // namespace

RelationsLinker::RelationsLinker(RelationsDictionary dictionary, TopicList topics, CommitmentFinder commitments,
                                 CommitmentFinder::IsPlace is_place)
    : dictionary_(std::move(dictionary)),
      topics_(std::move(topics)),
      commitments_(std::move(commitments)),
      is_place_(std::move(is_place)) {
  auto add = [&](bool mechanism, size_t index, const std::vector<std::string>& names) {
    for (const std::string& name : names) {
      names_.push_back({mechanism, index, CommonPhrase(name)});
      if (!index_.Add(name, static_cast<uint32_t>(names_.size() - 1), {.case_matters = true, .plural_ending = false})) {
        names_.pop_back();
      }
    }
  };
  for (size_t i = 0; i < dictionary_.mechanisms().size(); ++i) {
    members_.push_back(States(dictionary_.mechanisms()[i].members));
    add(true, i, dictionary_.mechanisms()[i].names);
  }
  for (size_t i = 0; i < dictionary_.frameworks().size(); ++i) {
    parties_.push_back(States(dictionary_.frameworks()[i].parties));
    add(false, i, dictionary_.frameworks()[i].names);
  }
}

Result<std::unique_ptr<RelationsLinker>> RelationsLinker::Load(const std::string& data_dir,
                                                               const std::function<bool(std::string_view)>& is_state,
                                                               CommitmentFinder::IsPlace is_place) {
  Result<RelationsDictionary> dictionary = RelationsDictionary::Load(data_dir + "/relations", is_state);
  if (!dictionary.ok()) return dictionary.status();
  Result<TopicList> topics = TopicList::Load(data_dir + "/relations/topics.tsv");
  if (!topics.ok()) return topics.status();
  Result<CommitmentFinder> commitments = CommitmentFinder::Load(data_dir + "/relations/commitment_stages.tsv");
  if (!commitments.ok()) return commitments.status();
  return std::unique_ptr<RelationsLinker>(new RelationsLinker(
      std::move(dictionary).value(), std::move(topics).value(), std::move(commitments).value(), std::move(is_place)));
}

const std::string& RelationsLinker::IdOf(const Named& n) const {
  return n.mechanism ? dictionary_.mechanisms()[n.index].id : dictionary_.frameworks()[n.index].id;
}

bool RelationsLinker::LinksEvent(const Named& n, const EventRecord& e) const {
  const std::vector<std::string>& members = MembersOf(n);
  if (members.empty()) return !n.common;  // open to every state ("*"): by its proper name only
  std::vector<std::string> states;
  for (const std::string* c : {&e.source.country, &e.target.country}) {
    if (!c->empty()) states.push_back(*c);
  }
  if (states.empty()) return false;
  const bool all = std::all_of(states.begin(), states.end(), [&](const std::string& s) { return Has(members, s); });
  const bool any = std::any_of(states.begin(), states.end(), [&](const std::string& s) { return Has(members, s); });
  // A common phrase, and any bilateral mechanism, belong to their members'
  // acts; a framework named by its proper name is invoked by anyone ("China
  // criticised the Quad"), a bilateral one by its parties' acts.
  if (n.common || (n.mechanism && members.size() == 2)) return all;
  if (n.mechanism || members.size() <= 2) return any;
  return true;
}

bool RelationsLinker::FitsStory(const Named& n, const std::set<std::string>& states) const {
  const std::vector<std::string>& members = MembersOf(n);
  if (members.empty()) return !n.common;
  size_t in_story = 0;
  for (const std::string& m : members) in_story += states.count(m);
  if (n.common) return in_story == members.size() || in_story >= 3;
  return in_story >= 1;
}

std::vector<InstitutionMention> RelationsLinker::Link(const Document& doc, const ResolvedDocument& resolved,
                                                      const std::set<std::string>& story_states,
                                                      std::vector<EventRecord>* events, bool mentions_wanted) const {
  const std::string_view raw = doc.text;
  const DocumentTokens& tokens = resolved.tokens;
  // The names in each sentence.
  std::vector<std::vector<Found>> by_sentence(tokens.sentence_tokens.size());
  std::vector<InstitutionMention> mentions;
  // Without a use for the story's mentions (`dyad code` stores none), only
  // the sentences that hold an event are read.
  std::vector<bool> read(tokens.sentence_tokens.size(), mentions_wanted);
  for (const EventRecord& e : *events) {
    for (const Evidence& ev : e.evidence) {
      if (ev.doc == doc.id && ev.sentence >= 0 && static_cast<size_t>(ev.sentence) < read.size()) read[ev.sentence] = true;
    }
  }
  for (size_t s = 0; s < tokens.sentence_tokens.size(); ++s) {
    if (!read[s]) continue;
    auto [b, e] = tokens.sentence_tokens[s];
    for (const PhraseIndex::Hit& h : index_.Find(tokens, raw, b, e)) {
      const Named& n = names_[h.payload];
      by_sentence[s].push_back({&n, h.first, h.last});
      if (!FitsStory(n, story_states)) continue;
      mentions.push_back({n.mechanism ? "mechanism" : "framework", IdOf(n), static_cast<int>(s),
                          tokens.raw_begin[h.first], tokens.raw_end[h.last - 1]});
    }
  }
  // Topic phrases per sentence, found once however many events it holds.
  std::vector<std::vector<PhraseIndex::Hit>> topic_hits(tokens.sentence_tokens.size());
  std::vector<bool> topics_found(tokens.sentence_tokens.size(), false);
  for (EventRecord& e : *events) {
    e.frameworks.clear();
    e.topics.clear();
    e.mechanism.clear();
    e.commitments.clear();
    std::vector<bool> topic_named(topics_.topics().size(), false);
    for (const Evidence& ev : e.evidence) {
      if (ev.doc != doc.id || ev.sentence < 0 || static_cast<size_t>(ev.sentence) >= by_sentence.size()) continue;
      for (const Found& f : by_sentence[static_cast<size_t>(ev.sentence)]) {
        if (!LinksEvent(*f.named, e)) continue;
        if (f.named->mechanism) {
          if (e.mechanism.empty()) e.mechanism = IdOf(*f.named);
        } else {
          AddOnce(&e.frameworks, IdOf(*f.named));
        }
      }
      const size_t sentence = static_cast<size_t>(ev.sentence);
      auto [b, end] = tokens.sentence_tokens[sentence];
      if (!topics_found[sentence]) {
        topic_hits[sentence] = topics_.Hits(tokens, raw, b, end);
        topics_found[sentence] = true;
      }
      const std::vector<PhraseIndex::Hit>& hits = topic_hits[sentence];
      for (const PhraseIndex::Hit& h : hits) topic_named[h.payload] = true;
      for (CommitmentMention& m : commitments_.Find(resolved, raw, b, end, e, hits, topics_, is_place_)) {
        auto same = [&](const CommitmentMention& x) {
          return x.topic == m.topic && x.project == m.project && x.object == m.object && x.stage == m.stage;
        };
        if (std::none_of(e.commitments.begin(), e.commitments.end(), same)) e.commitments.push_back(std::move(m));
      }
    }
    for (size_t k = 0; k < topics_.topics().size(); ++k) {
      if (topic_named[k]) e.topics.push_back(topics_.topics()[k].id);
    }
    // Sorted, as the store keeps them when several stories report the event.
    std::sort(e.frameworks.begin(), e.frameworks.end());
    std::sort(e.topics.begin(), e.topics.end());
  }
  return mentions;
}

}  // namespace dyad
