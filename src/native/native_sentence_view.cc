#include "native/native_sentence_view.h"

namespace dyad {

NativeSentenceView::NativeSentenceView(const NativeLexicon& lexicon, const NativeStory& s, const NativeSentence& sent,
                                       bool is_chinese)
    : lex(lexicon), story(s), sentence(sent), breaks(sent.end - sent.begin, false), chinese(is_chinese) {
  for (uint32_t t = sentence.begin; t < sentence.end; ++t) {
    breaks[t - sentence.begin] = IsClauseBreak(story.tokens[t]);
    if (chinese && t + 1 < sentence.end && story.tokens[t].kind == NativeTokenKind::kHan &&
        story.tokens[t + 1].kind == NativeTokenKind::kHan && story.tokens[t + 1].begin > story.tokens[t].end) {
      breaks[t - sentence.begin] = true;
    }
  }
  for (const NativeSegment& seg : sentence.segments) {
    if (SegmentHas(lex, seg, NativeEntryKind::kClause)) breaks[seg.begin - sentence.begin] = true;
  }
  for (uint32_t id : sentence.chunks) {
    for (uint32_t t = story.chunks[id].begin; t < story.chunks[id].end; ++t) breaks[t - sentence.begin] = false;
  }
}

bool NativeSentenceView::BreakBetween(uint32_t from, uint32_t to, bool commas_allowed) const {
  for (uint32_t t = from; t < to; ++t) {
    if (breaks[t - sentence.begin] && !(commas_allowed && story.tokens[t].key == ",")) return true;
  }
  return false;
}

std::vector<uint32_t> NativeSentenceView::Entries(const NativeSegment& seg) const {
  std::vector<uint32_t> out;
  if (seg.entries != nullptr) out = *seg.entries;
  // Only a phrase of pattern words or mode words ("lệnh trừng phạt", "愿同"): a
  // word listed to keep its syllables apart ("liên quan đến") keeps them apart,
  // and an actor's name is no verb.
  for (uint32_t e : out) {
    NativeEntryKind k = lex.entry(e).kind;
    if (k != NativeEntryKind::kLiteral && k != NativeEntryKind::kMode) return out;
  }
  for (uint32_t j = seg.begin + 1; j < seg.end; ++j) {
    NativeLexicon::Match m = lex.Longest(story.tokens, j, seg.end);
    if (m.length == seg.end - j) out.insert(out.end(), m.entries->begin(), m.entries->end());
  }
  return out;
}

int NativeSentenceView::FindLeft(uint32_t entry, size_t from, uint32_t limit, uint32_t gap, bool commas) const {
  const std::vector<NativeSegment>& segs = sentence.segments;
  for (size_t k = from; k-- > 0;) {
    if (limit - segs[k].end > gap || BreakBetween(segs[k].end, limit, commas)) return -1;
    for (uint32_t e : Entries(segs[k])) {
      if (e == entry) return static_cast<int>(k);
    }
  }
  return -1;
}

int NativeSentenceView::FindRight(uint32_t entry, size_t from, uint32_t limit, uint32_t gap, bool commas) const {
  const std::vector<NativeSegment>& segs = sentence.segments;
  for (size_t k = from; k < segs.size(); ++k) {
    if (segs[k].begin - limit > gap || BreakBetween(limit, segs[k].begin, commas)) return -1;
    for (uint32_t e : Entries(segs[k])) {
      if (e == entry) return static_cast<int>(k);
    }
  }
  return -1;
}

int NativeSentenceView::ConditionActor(uint32_t at) const {
  int actor = -1;
  for (const NativeSegment& seg : sentence.segments) {
    if (seg.end > at) break;
    if (!SegmentHas(lex, seg, NativeEntryKind::kCondition)) continue;
    uint32_t open = seg.begin, close = seg.end;  // the condition's clause
    while (open > sentence.begin && !breaks[open - 1 - sentence.begin]) --open;
    while (close < at && !breaks[close - sentence.begin]) ++close;
    if (close >= at) continue;  // the act is the condition's own
    for (uint32_t id : sentence.chunks) {
      const NativeChunk& c = chunk(id);
      if (c.begin < open || c.end > close || c.after_prep || c.actors.empty()) continue;
      actor = static_cast<int>(id);
      break;
    }
  }
  return actor;
}

}  // namespace dyad
