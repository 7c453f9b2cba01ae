#include "native/native_story.h"

#include <algorithm>
#include <utility>

#include "native/native_text.h"

namespace dyad {

std::string OutletHome(const NativeLexicon& lex, const NativeStory& story, const std::string& language_home) {
  // The outlet opens the story: its dateline ("中央社記者…台北26日電", "Hà Nội
  // (TTXVN) -") is in the first sentences, its first few tokens.
  constexpr size_t kSentences = 3;
  constexpr uint32_t kTokens = 40;
  for (size_t si = 0; si < std::min(kSentences, story.sentences.size()); ++si) {
    const NativeSentence& s = story.sentences[si];
    for (const NativeSegment& seg : s.segments) {
      if (seg.begin >= s.begin + kTokens) break;
      uint32_t id = 0;
      if (SegmentHas(lex, seg, NativeEntryKind::kOutlet, &id)) return lex.entry(id).country;
    }
  }
  return language_home;
}

void JoinLists(const std::vector<NativeToken>& tokens, const NativeSentence& sentence, std::vector<NativeChunk>* chunks) {
  const std::vector<uint32_t>& ids = sentence.chunks;
  for (size_t k = ids.size(); k-- > 1;) {
    if (!(*chunks)[ids[k]].joined_to_previous) continue;
    for (size_t j = k - 1; j > 0; --j) {
      NativeChunk& b = (*chunks)[ids[j]];
      const NativeChunk& a = (*chunks)[ids[j - 1]];
      if (b.joined_to_previous || a.end + 1 != b.begin || (tokens[a.end].key != "," && tokens[a.end].key != "、") ||
          a.actors.empty() || b.actors.empty() || a.after_prep || b.after_prep) {
        break;
      }
      b.joined_to_previous = true;
    }
  }
}

void SettleStory(const ActorDictionary& dict, const std::string& text, const std::string& home,
                 bool home_named_or_dropped,
                 const std::vector<size_t>& home_chunks, const std::vector<size_t>& pair_chunks, NativeStory* story) {
  const std::vector<NativeToken>& tokens = story->tokens;
  // In Vietnamese copy the outlet's state stands in for an unnamed one only in
  // a story about it: VNA's world desk retells foreign news ("KCNA dẫn lời
  // người phát ngôn Bộ Quốc phòng": the ministry is the quoted state's, which
  // the text leaves to the reader); so does Taiwan's CNA ("菲律賓與日本舉行
  // 國防部長會談"). Mainland Chinese copy is about China.
  bool home_named = !home_named_or_dropped;
  for (size_t c = 0; c < story->chunks.size() && !home_named; ++c) {
    if (story->chunks[c].how == "home") continue;
    for (const ResolvedActor& a : story->chunks[c].actors) home_named = home_named || a.country == home;
  }
  if (!home_named) {
    for (size_t c : home_chunks) {
      story->chunks[c].actors.clear();
      story->chunks[c].how.clear();
    }
  }
  // The story's pair: the two states its actors belong to most often ("中俄"
  // counts for both; "双方" has no states yet).
  std::vector<std::pair<std::string, int>> counts;
  for (const NativeChunk& c : story->chunks) {
    for (const ResolvedActor& a : c.actors) {
      auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == a.country; });
      if (it == counts.end()) counts.emplace_back(a.country, 1);
      else ++it->second;
    }
  }
  std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (counts.size() >= 2 && (counts.size() == 2 || counts[1].second > counts[2].second)) {
    story->pair[0] = counts[0].first;
    story->pair[1] = counts[1].first;
  }
  // "两国", "hai bên" shortly after a pair the text named in their paragraph
  // ("菲越两国…。两国海警…") are that pair; else the story's.
  size_t named = story->chunks.size();
  for (size_t c = 0, next = 0; c < story->chunks.size(); ++c) {
    const NativeChunk& chunk = story->chunks[c];
    if (chunk.how == "pair" && chunk.actors.size() == 2) named = c;
    if (next >= pair_chunks.size() || pair_chunks[next] != c) continue;
    ++next;
    const bool recent = named < c && chunk.sentence - story->chunks[named].sentence <= 3 &&
                        text.find('\n', tokens[story->chunks[named].end - 1].end) >= tokens[chunk.begin].begin;
    std::string first = recent ? story->chunks[named].actors[0].country : story->pair[0];
    std::string second = recent ? story->chunks[named].actors[1].country : story->pair[1];
    // "中共外交部长秦刚与宏国外长雷伊纳…签署建交联合公报，双方决定…": the two
    // states its own sentence named before it.
    std::vector<std::string> own;
    for (size_t b = c; b-- > 0 && story->chunks[b].sentence == chunk.sentence;) {
      for (const ResolvedActor& a : story->chunks[b].actors) {
        if (std::find(own.begin(), own.end(), a.country) == own.end()) own.push_back(a.country);
      }
    }
    if (own.size() == 2) first = own[1], second = own[0];
    if (first.empty()) continue;
    story->chunks[c].actors.push_back(StateActor(dict, first, ""));
    story->chunks[c].actors.push_back(StateActor(dict, second, ""));
  }
}

namespace {

// Who says "we" at chunk `k` of sentence `si`: the first actor of its
// sentence before it no preposition governs, else the last sentence's.
std::vector<ResolvedActor> Speaker(const NativeStory& story, size_t si, size_t k) {
  auto subject = [&](const NativeSentence& s, size_t before) -> const NativeChunk* {
    for (size_t j = 0; j < before; ++j) {
      const NativeChunk& c = story.chunks[s.chunks[j]];
      if (!c.after_prep && c.actors.size() == 1 && c.how != "back" && c.how != "we" && c.how != "he") return &c;
    }
    return nullptr;
  };
  const NativeChunk* c = subject(story.sentences[si], k);
  if (c == nullptr && si > 0) c = subject(story.sentences[si - 1], story.sentences[si - 1].chunks.size());
  return c != nullptr ? c->actors : std::vector<ResolvedActor>{};
}

}  // namespace

void ResolveBackReferences(NativeStory* story) {
  const std::vector<NativeToken>& tokens = story->tokens;
  std::vector<NativeChunk>& chunks = story->chunks;
  auto countries = [](const NativeChunk& c, std::vector<std::string>* out) {
    for (const ResolvedActor& a : c.actors) out->push_back(a.country);
  };
  for (size_t si = 0; si < story->sentences.size(); ++si) {
    const NativeSentence& s = story->sentences[si];
    for (size_t k = 0; k < s.chunks.size(); ++k) {
      NativeChunk& back = chunks[s.chunks[k]];
      if (back.how != "we" && back.how != "he" && back.how != "back") continue;
      uint32_t clause = back.begin;  // where its clause opens
      while (clause > s.begin && !IsClauseBreak(tokens[clause - 1])) --clause;
      if (back.how == "we" || (back.how == "he" && back.begin == clause)) {
        back.actors = Speaker(*story, si, k);
        continue;
      }
      std::vector<std::string> named;
      for (size_t j = 0; j < k; ++j) {
        const NativeChunk& c = chunks[s.chunks[j]];
        if (c.begin >= clause) countries(c, &named);
      }
      for (size_t j = 0; j < k && named.empty(); ++j) {
        const NativeChunk& c = chunks[s.chunks[j]];
        if (!c.after_prep && !c.actors.empty()) countries(c, &named);
      }
      if (named.empty()) continue;  // who acts is unknown, so who is acted on is too
      // The chunks before its clause, latest first: this sentence's, then the last one's.
      std::vector<uint32_t> before;
      for (size_t j = k; j-- > 0;) {
        if (chunks[s.chunks[j]].end <= clause) before.push_back(s.chunks[j]);
      }
      if (si > 0) {
        const std::vector<uint32_t>& last = story->sentences[si - 1].chunks;
        for (size_t j = last.size(); j-- > 0;) before.push_back(last[j]);
      }
      for (uint32_t id : before) {
        const NativeChunk& c = chunks[id];
        if (c.actors.size() != 1 || c.how == "back" || c.how == "he") continue;
        if (std::find(named.begin(), named.end(), c.actors[0].country) != named.end()) continue;
        back.actors = c.actors;
        break;
      }
    }
  }
}

}  // namespace dyad
