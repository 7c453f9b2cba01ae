// Which chunks of a Vietnamese or Chinese sentence fill an event pattern's
// slots: the subject before its first word (its clause's, or a clause's
// before it), the actor between two of its words, and the object after its
// last.
//
// Thread safety: reentrant.
#pragma once

#include <cstdint>

#include "native/native_sentence_view.h"

namespace dyad {

// The chunk of the subject of a verb at token `at`, -1 if none is known.
int SubjectBefore(const NativeSentenceView& v, uint32_t at);

// The sentence's first chunk before token `at` no preposition governs: -1
// when it is unresolved, -2 when there is none.
int FirstSubject(const NativeSentenceView& v, uint32_t at);

// Whether chunks `a` and `b` share a state.
bool SameState(const NativeSentenceView& v, int a, int b);

// The chunk of the actor between two words of a pattern, tokens [from, to); -1 if none.
int ChunkWithin(const NativeSentenceView& v, uint32_t from, uint32_t to);

// The chunk of the object after token `from`, within `gap` tokens and the clause; -1 if none.
int ObjectAfter(const NativeSentenceView& v, uint32_t from, uint32_t gap);

}  // namespace dyad
