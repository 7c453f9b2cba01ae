#include "native/native_names.h"

#include <string_view>

namespace dyad {
namespace {

// Characters that begin the words of time and grammar a name is followed by
// ("林剑今天表示", "田军里20日", "范秋姮在记者会上"): never part of the name.
constexpr std::string_view kNotInName[] = {
    "今", "昨", "明", "前", "当", "在", "于", "也", "还", "并", "就", "又", "则", "等", "和", "与", "同",
    "对", "向", "将", "已", "曾", "再", "均", "都", "是", "的", "说", "称", "表", "指", "会", "出", "接",
    "回", "答", "率", "致", "访", "抵", "到", "从", "近", "日", "月", "年", "时", "上", "下", "先", "后",
    "晚", "早", "午", "一", "透", "介", "强", "认", "即", "首", "次", "本", "该", "其"};

// One character no lexicon knows, or one only an event pattern or a family
// name uses ("军" of "派遣…军": "田军里").
bool NameCharacter(const NativeLexicon& lex, const std::vector<NativeToken>& tokens, const NativeSegment& s) {
  if (s.end != s.begin + 1) return false;
  if (s.entries != nullptr) {
    for (uint32_t e : *s.entries) {
      NativeEntryKind kind = lex.entry(e).kind;
      if (kind != NativeEntryKind::kLiteral && kind != NativeEntryKind::kSurname) return false;
    }
  }
  const NativeToken& t = tokens[s.begin];
  if (t.kind != NativeTokenKind::kHan) return false;
  for (std::string_view c : kNotInName) {
    if (t.key == c) return false;
  }
  return true;
}

std::string KeysOf(const std::vector<NativeToken>& tokens, const std::vector<NativeSegment>& segs, size_t k, size_t n) {
  std::string keys;
  for (size_t j = k; j < k + n; ++j) keys += tokens[segs[j].begin].key;
  return keys;
}

}  // namespace

size_t StoryNames::NameAfterTitle(const NativeLexicon& lex, const std::vector<NativeToken>& tokens, const std::vector<NativeSegment>& segs,
                                  size_t k) {
  // A family name first: "外长系列会议", "当局借…" name no one.
  if (k >= segs.size() || !SegmentHas(lex, segs[k], NativeEntryKind::kSurname)) return 0;
  const bool compound = segs[k].end - segs[k].begin == 2;  // "岩屋毅", "欧阳"
  size_t n = 1;
  while (n < (compound ? 2u : 3u) && k + n < segs.size() && NameCharacter(lex, tokens, segs[k + n])) {
    // No space inside a name: "…发言人 林剑" is a headline's next clause.
    if (tokens[segs[k + n].begin].begin != tokens[segs[k + n].begin - 1].end) break;
    ++n;
  }
  return n >= 2 ? n : 0;
}

void StoryNames::Remember(const std::vector<NativeToken>& tokens, const std::vector<NativeSegment>& segs, size_t k,
                          size_t n, const ResolvedActor& actor) {
  names_.emplace_back(KeysOf(tokens, segs, k, n), actor);
}

size_t StoryNames::Recall(const NativeLexicon& lex, const std::vector<NativeToken>& tokens, const std::vector<NativeSegment>& segs, size_t k,
                          const ResolvedActor** actor) const {
  for (size_t i = names_.size(); i-- > 0;) {
    const std::string& name = names_[i].first;
    std::string keys;
    size_t n = 0;
    while (k + n < segs.size() && keys.size() < name.size() && NameCharacter(lex, tokens, segs[k + n])) {
      keys += tokens[segs[k + n].begin].key;
      ++n;
    }
    if (keys != name) continue;
    *actor = &names_[i].second;
    return n;
  }
  return 0;
}

}  // namespace dyad
