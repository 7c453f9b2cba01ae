// The names a Chinese story gives people no lexicon knows: the Han characters
// right after a title ("南部战区新闻发言人田军里", "外交部发言人林剑"), and each later
// bare mention of the same characters ("田军里指出") as the same actor.
//
// Thread safety: one per story.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "actors/actor_resolver.h"
#include "native/native_actors.h"

namespace dyad {

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
