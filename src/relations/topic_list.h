// What events and commitments are about (data/relations/topics.tsv): railways,
// border gates, trade, maritime, defence, health … each with the words and
// phrases news uses for it. A sentence's topics are those its words name.
//
// Thread safety: TopicsIn is const and may run on many threads at once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "actors/document_tokens.h"
#include "dyad/status.h"
#include "relations/phrase_index.h"

namespace dyad {

struct Topic {
  std::string id;
  std::string label;
  std::vector<std::string> phrases;
};

class TopicList {
 public:
  // Reads `path`; a bad line (a malformed or repeated id, no label, no
  // phrase, a phrase with no word or under two topics) names file and line.
  static Result<TopicList> Load(const std::string& path);

  const std::vector<Topic>& topics() const { return topics_; }
  const Topic* Find(std::string_view id) const;

  // The topics tokens [begin, end) of a story speak of, in the file's order,
  // each once. `raw` is the story's text.
  std::vector<std::string> TopicsIn(const DocumentTokens& tokens, std::string_view raw, uint32_t begin,
                                    uint32_t end) const;
  // Where: each phrase found, its payload the topic's index in topics().
  std::vector<PhraseIndex::Hit> Hits(const DocumentTokens& tokens, std::string_view raw, uint32_t begin,
                                     uint32_t end) const {
    return index_.Find(tokens, raw, begin, end);
  }

 private:
  std::vector<Topic> topics_;
  PhraseIndex index_;  // payload: index into topics_
};

}  // namespace dyad
