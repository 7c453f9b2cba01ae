// A Vietnamese or Chinese sentence cut into the lexicon's phrases. Chinese
// leaves as few characters outside every phrase as it can, then uses as few
// phrases, the longer first among equals: longest match alone would read
// "对台湾" as 对台|湾 and "菲律宾海警" as 菲律宾海|警, losing the state and the coast
// guard. Vietnamese, whose syllables stand apart, keeps the longest match: a
// pair's words ("hai Bộ") may swallow what follows.
//
// Thread safety: reentrant.
#pragma once

#include <vector>

#include "native/native_actors.h"
#include "native/native_lexicon.h"

namespace dyad {

// Fills s->segments over tokens [s->begin, s->end). A character of a date after
// its number ("1日", "3月") opens no phrase: "7月1日中泰建交" is no 日中.
void SegmentNative(const NativeLexicon& lex, const std::vector<NativeToken>& tokens, bool chinese, NativeSentence* s);

}  // namespace dyad
