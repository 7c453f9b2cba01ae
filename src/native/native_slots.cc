#include "native/native_slots.h"

namespace dyad {
namespace {

// A subject may stand further off when nothing else does: "Lương Cường đã dự
// lễ kỷ niệm … tại Bắc Kinh hôm qua và có cuộc gặp với …".
constexpr uint32_t kMaxSubjectGap = 32;

bool OpensOnRelative(const NativeSentenceView& v, uint32_t at) {
  for (const NativeSegment& seg : v.sentence.segments) {
    if (seg.begin == at) return SegmentHas(v.lex, seg, NativeEntryKind::kRelative);
  }
  return false;
}

// Where a Chinese relative clause ends: the last "的" in [from, to) outside
// any chunk ("会见应越共中央邀请访越的中共中央政治局委员…": the object follows
// it); `from` when there is none.
uint32_t AfterRelativeClause(const NativeSentenceView& v, uint32_t from, uint32_t to) {
  uint32_t after = from;
  if (!v.chinese) return after;  // Vietnamese "của" follows what it owns
  for (const NativeSegment& s : v.sentence.segments) {
    if (s.begin < from || s.end > to || !SegmentHas(v.lex, s, NativeEntryKind::kOf)) continue;
    bool in_chunk = false;
    for (uint32_t id : v.sentence.chunks) in_chunk = in_chunk || (v.chunk(id).begin <= s.begin && s.end <= v.chunk(id).end);
    if (!in_chunk) after = s.end;
  }
  return after;
}

}  // namespace

int FirstSubject(const NativeSentenceView& v, uint32_t at) {
  for (uint32_t id : v.sentence.chunks) {
    const NativeChunk& c = v.chunk(id);
    if (c.end > at) break;
    if (c.after_prep) continue;
    return c.actors.empty() ? -1 : static_cast<int>(id);
  }
  return -2;
}

bool SameState(const NativeSentenceView& v, int a, int b) {
  for (const ResolvedActor& x : v.chunk(static_cast<uint32_t>(a)).actors) {
    for (const ResolvedActor& y : v.chunk(static_cast<uint32_t>(b)).actors) {
      if (x.country == y.country) return true;
    }
  }
  return false;
}

// The subject before token `at`: the nearest resolved chunk in the clause that
// no preposition governs; else, when the clause has no chunk at all, the
// sentence's first such chunk (Chinese and Vietnamese leave a shared
// subject out of later clauses: "苏林抵达北京，开始对中国进行国事访问").
int SubjectBefore(const NativeSentenceView& v, uint32_t at) {
  const std::vector<uint32_t>& chunks = v.sentence.chunks;
  bool clause_has_chunk = false;
  for (size_t k = chunks.size(); k-- > 0;) {
    const NativeChunk& c = v.chunk(chunks[k]);
    if (c.end > at) continue;
    if (v.BreakBetween(c.end, at)) break;
    // A place after "在", a thing after "就": no subject, and no sign the clause has its own.
    if (!c.after_prep) clause_has_chunk = true;
    if (c.after_prep || c.actors.empty()) continue;
    if (at - c.end > kMaxSubjectGap) return -1;
    return static_cast<int>(chunks[k]);
  }
  if (clause_has_chunk) return -1;
  // ", người đang thăm …", "，他表示": the actor the clause opens on.
  uint32_t start = at;
  while (start > v.sentence.begin && !v.breaks[start - 1 - v.sentence.begin]) --start;
  if (OpensOnRelative(v, start)) {
    for (size_t k = chunks.size(); k-- > 0;) {
      const NativeChunk& c = v.chunk(chunks[k]);
      if (c.end < start && !c.actors.empty()) return static_cast<int>(chunks[k]);
    }
    return -1;
  }
  // Chinese: the subject of the nearest clause before that opens on one: "中国海警依法
  // 进行管控，并对菲方船只实施喷水警告", "洪磊表示，越方出动…船只，非法干扰中方…，
  // 并多次冲撞…" (中方 is no subject: a verb opens its clause).
  // At most one word before a clause's subject ("并", "và"): "恢复日本…" opens on its verb.
  constexpr uint32_t kOpening = 1;
  int nearest = -1;
  bool found = false;
  uint32_t last_open = v.sentence.end;
  for (uint32_t id : chunks) {
    const NativeChunk& c = v.chunk(id);
    // Vietnamese lists its predicates after the sentence's subject ("Thủ tướng …
    // cảm ơn …, đề nghị …"), and its lists of actors look like clauses.
    if (c.end > start || !v.chinese) break;
    if (c.after_prep) continue;
    uint32_t open = c.begin;
    while (open > v.sentence.begin && !v.breaks[open - 1 - v.sentence.begin]) --open;
    if (open == last_open || c.begin - open > kOpening || c.joined_to_previous) continue;
    last_open = open;
    nearest = c.actors.empty() ? -1 : static_cast<int>(id);
    found = true;
    // "…, ông đã gặp …" opens on a pronoun: the actor before it.
    if (c.actors.empty() && OpensOnRelative(v, c.begin)) {
      for (uint32_t b : chunks) {
        if (v.chunk(b).end <= c.begin && !v.chunk(b).actors.empty()) nearest = static_cast<int>(b);
      }
    }
  }
  if (found) return nearest;
  const int first = FirstSubject(v, at);
  if (first != -2) return first;
  // No actor before the verb at all: a clause that opens the sentence on its
  // verb ("Tiếp Bộ trưởng …, Thủ tướng … đề nghị", "在会见…时，王毅表示") has
  // the subject of the main clause after it, the first actor no preposition governs.
  uint32_t clause_end = at;
  while (clause_end < v.sentence.end && !v.breaks[clause_end - v.sentence.begin]) ++clause_end;
  for (uint32_t id : chunks) {
    const NativeChunk& c = v.chunk(id);
    if (c.begin < clause_end || c.after_prep) continue;
    return c.actors.empty() || c.begin - clause_end > kMaxSubjectGap ? -1 : static_cast<int>(id);
  }
  return -1;
}

// The actor of a slot between two words: after a relative clause when one
// ends in the gap, else the first resolved chunk no preposition of the gap
// governs ("同正在韩国进行国事访问的越共中央总书记苏林举行会谈").
int ChunkWithin(const NativeSentenceView& v, uint32_t from, uint32_t to) {
  const uint32_t after = AfterRelativeClause(v, from, to);
  // No actor after the "的": it owned the thing ("对越南的兄弟般援助表示感谢",
  // "对原产于中国的钢板征收"), and the owner is the slot's actor.
  for (uint32_t start : {after, from}) {
    int first_any = -1;
    for (uint32_t id : v.sentence.chunks) {
      const NativeChunk& c = v.chunk(id);
      if (c.begin < start || c.end > to || c.actors.empty()) continue;
      if (first_any < 0) first_any = static_cast<int>(id);
      if (!c.after_prep || c.begin == start) return static_cast<int>(id);
    }
    if (first_any >= 0 || start == from) return first_any;
  }
  return -1;
}

// The first chunk after token `from`, within `gap` tokens and the clause,
// when it is resolved; an unresolved one ("tàu tiếp tế", "一艘船") only
// gives way to the resolved chunk right after it that "của"/"的" ties to it
// ("tàu tiếp tế của Philippines"). Never a later actor: precision first.
int ObjectAfter(const NativeSentenceView& v, uint32_t from, uint32_t gap) {
  const std::vector<uint32_t>& chunks = v.sentence.chunks;
  // A relative clause before the object ("扣押两艘涉嫌非法捕捞的中国渔船"): the
  // object is the actor right after its "的".
  uint32_t clause_end = from;
  while (clause_end < v.sentence.end && !v.breaks[clause_end - v.sentence.begin]) ++clause_end;
  const uint32_t after = AfterRelativeClause(v, from, std::min(clause_end, from + gap));
  if (after > from) {
    for (uint32_t id : chunks) {
      const NativeChunk& c = v.chunk(id);
      if (c.begin >= after && c.begin <= after + 8 && c.end <= clause_end && !c.actors.empty()) {
        return static_cast<int>(id);
      }
    }
  }
  for (size_t k = 0; k < chunks.size(); ++k) {
    const NativeChunk& c = v.chunk(chunks[k]);
    if (c.begin < from) continue;
    if (c.begin - from > gap || v.BreakBetween(from, c.begin)) return -1;
    if (!c.actors.empty()) return static_cast<int>(chunks[k]);
    if (k + 1 < chunks.size()) {
      const NativeChunk& next = v.chunk(chunks[k + 1]);
      if (next.begin == c.end + 1 && next.after_prep && !next.actors.empty()) return static_cast<int>(chunks[k + 1]);
      // "bắt giữ 2 tàu cá cùng 37 ngư dân Việt Nam": only a joining word and
      // numbers stand between the unowned thing and the owned one.
      bool joined_by_list = next.begin > c.end && !next.actors.empty();
      for (uint32_t t = c.end; t < next.begin && joined_by_list; ++t) {
        bool join = false;
        for (const NativeSegment& s : v.sentence.segments) {
          if (s.begin == t && SegmentHas(v.lex, s, NativeEntryKind::kJoin)) join = true;
        }
        joined_by_list = join || v.story.tokens[t].kind == NativeTokenKind::kNumber;
      }
      if (joined_by_list) return static_cast<int>(chunks[k + 1]);
    }
    return -1;
  }
  return -1;
}

}  // namespace dyad
