#include "native/native_segment.h"

namespace dyad {
namespace {

// "1日", "3月", "2025年": a character of a date after its number opens no
// phrase ("7月1日中泰建交" is no 日中, Japan and China).
bool DateCharacter(const std::vector<NativeToken>& tokens, uint32_t i, uint32_t begin) {
  if (i == begin || tokens[i - 1].kind != NativeTokenKind::kNumber || tokens[i].kind != NativeTokenKind::kHan) return false;
  const std::string& k = tokens[i].key;
  return k == "日" || k == "月" || k == "年" || k == "号";
}

}  // namespace

void SegmentNative(const NativeLexicon& lex, const std::vector<NativeToken>& tokens, bool chinese, NativeSentence* s) {
  struct Best {
    uint32_t outside = 0, phrases = 0, length = 1;
    const std::vector<uint32_t>* entries = nullptr;
  };
  const uint32_t n = s->end - s->begin;
  std::vector<Best> best(n + 1);
  std::vector<NativeLexicon::Match> phrases;
  for (uint32_t k = n; k-- > 0;) {
    const uint32_t i = s->begin + k;
    Best& b = best[k];
    b.outside = best[k + 1].outside + 1;  // the token alone, in no phrase
    b.phrases = best[k + 1].phrases + 1;
    if (DateCharacter(tokens, i, s->begin)) continue;
    lex.Phrases(tokens, i, s->end, &phrases);
    for (const NativeLexicon::Match& m : phrases) {
      const Best& rest = best[k + m.length];
      const bool tie = rest.outside == b.outside && rest.phrases + 1 == b.phrases;
      const bool better = !chinese ? b.entries == nullptr
                                   : rest.outside < b.outside ||
                                         (rest.outside == b.outside && rest.phrases + 1 < b.phrases) ||
                                         (tie && b.entries == nullptr);
      if (!better) continue;
      b.outside = rest.outside;
      b.phrases = rest.phrases + 1;
      b.length = m.length;
      b.entries = m.entries;
    }
  }
  for (uint32_t k = 0; k < n;) {
    NativeSegment seg;
    seg.begin = s->begin + k;
    seg.end = seg.begin + best[k].length;
    seg.entries = best[k].entries;
    s->segments.push_back(seg);
    k += best[k].length;
  }
}

}  // namespace dyad
