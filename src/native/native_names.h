// What a story's titles and names stand for when said again: a title alone
// ("发言人", "Bộ trưởng") is the actor it last named; a name no lexicon knows
// that a Chinese title gave ("南部战区新闻发言人田军里") is that actor at each later
// bare mention ("田军里指出").
//
// Thread safety: one of each per story.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "actors/actor_resolver.h"
#include "native/native_actors.h"
#include "native/native_lexicon.h"

namespace dyad {

// The actors a story's titles named, latest first: a title said again alone
// is the same person, and so is the end of a longer title ("发言人" after
// "外交部发言人", "Bộ trưởng" after "Bộ trưởng Ngoại giao").
class TitleMemory {
 public:
  void Remember(const NativeEntry& title, const ResolvedActor& actor) { seen_.emplace_back(title.keys, actor); }
  const ResolvedActor* Recall(const NativeEntry& title) const {
    const std::string& key = title.keys;
    for (size_t k = seen_.size(); k-- > 0;) {
      const std::string& earlier = seen_[k].first;
      if (earlier.size() >= key.size() && earlier.compare(earlier.size() - key.size(), key.size(), key) == 0) {
        return &seen_[k].second;
      }
    }
    return nullptr;
  }

 private:
  std::vector<std::pair<std::string, ResolvedActor>> seen_;
};

// The names Chinese titles gave.
class StoryNames {
 public:
  // How many segments from segs[k] on spell a name after a title: two or
  // three characters no lexicon knows and no word of time or grammar ("在",
  // "今天", "20日" end one), 0 if none.
  static size_t NameAfterTitle(const NativeLexicon& lex, const std::vector<NativeToken>& tokens, const std::vector<NativeSegment>& segs,
                               size_t k);

  // The name of segments [k, k + n) stands for `actor` from here on.
  void Remember(const std::vector<NativeToken>& tokens, const std::vector<NativeSegment>& segs, size_t k, size_t n,
                const ResolvedActor& actor);

  // The segments a remembered name spans from segs[k] on (0 if none starts
  // there), its actor in *actor.
  size_t Recall(const NativeLexicon& lex, const std::vector<NativeToken>& tokens, const std::vector<NativeSegment>& segs, size_t k,
                const ResolvedActor** actor) const;

 private:
  std::vector<std::pair<std::string, ResolvedActor>> names_;  // keys, then the actor
};

}  // namespace dyad
