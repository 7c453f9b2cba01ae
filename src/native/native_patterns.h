// The acts a Vietnamese or Chinese sentence states: event patterns of the
// lexicon found around their head word, with the chunks that fill their
// slots and the mode words before the head ("sẽ", "将", "拒绝", "không").
//
// Thread safety: reentrant.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "native/native_actors.h"

namespace dyad {

struct NativeAct {
  uint32_t pattern = 0;
  int source = -1;  // chunk indices; target -1 for a mutual act of the source's parties
  int target = -1;
  uint32_t begin = 0;  // token range of the pattern's words
  uint32_t end = 0;
  uint32_t head_begin = 0;  // token range of the word it was found by
  uint32_t head_end = 0;
  std::string mode;  // "" or a modes.tsv mode
  // The first word of the pattern was found at the end of a longer phrase
  // ("同" in "愿同"): that phrase's own mode word counts too.
  bool first_in_phrase = false;
  // No actor fills $T, but a word points back at an act told before ("lên án
  // động thái này", "对此表示强烈不满"): its doer is the target (target -1).
  bool target_told_before = false;
  // The roots of the acts the pointing words name ("cuộc tập trận": 06, 15);
  // none when they name none ("động thái này").
  std::vector<std::string> told_roots;
  // ... because the verb has no object at all ("中方坚决反对。"): only a
  // reaction proper (approval, disapproval, rejection) answers that way.
  bool object_left_out = false;
  // The chunk of the actor the sentence says the reaction answers ("针对美国…，
  // 中方对此表示强烈不满"), -1 if none: before the story's last act, it is the target.
  int answered = -1;
  // For a `consequence` pattern: the chunk of the condition's actor, -1 if none.
  int condition = -1;
  // The token of the "将"/"把" that put the object before the verb ("将其驱离"),
  // no mode word then; 0 if none.
  uint32_t ba = 0;
};

// The acts of sentence `index` of `story`, at most one per head word: the
// pattern with the most literals that fits.
std::vector<NativeAct> FindNativeActs(const NativeLexicon& lex, const NativeStory& story, size_t index, bool chinese);

}  // namespace dyad
