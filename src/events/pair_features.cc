#include "events/pair_features.h"

#include <algorithm>
#include <cctype>

#include "events/sentence_context.h"

namespace dyad {
namespace {

// Words and numbers; punctuation says little on its own.
bool IsWordToken(std::string_view t) {
  if (t.empty()) return false;
  unsigned char c = static_cast<unsigned char>(t[0]);
  return std::isalnum(c) || c >= 0x80 || t == "'s";
}

// The word tokens of [begin, end) as lemmas, at most `limit`.
void Lemmas(const DocumentContext& ctx, uint32_t begin, uint32_t end, size_t limit, std::vector<std::string_view>* out) {
  out->clear();
  for (uint32_t k = begin; k < end && out->size() < limit; ++k) {
    if (IsWordToken(ctx.r.tokens.text(k))) out->push_back(ctx.lemmas[k]);
  }
}

// The last word before `token` and the first (two) after `end` in the sentence.
std::string_view WordBefore(const DocumentContext& ctx, uint32_t first, uint32_t token) {
  for (uint32_t k = token; k > first; --k) {
    if (IsWordToken(ctx.r.tokens.text(k - 1))) return ctx.lemmas[k - 1];
  }
  return "^";
}

// The first verb (a pattern's opening word or a reporting verb) within
// `window` tokens after `from` or before `to`, "" when none: the verb a state
// is the subject of, or the one whose object it is.
std::string_view VerbAfter(const DocumentContext& ctx, uint32_t from, uint32_t last, uint32_t window) {
  for (uint32_t k = from; k < last && k < from + window; ++k) {
    if (ctx.flags[k] & kWordVerb) return ctx.lemmas[k];
  }
  return {};
}

std::string_view VerbBefore(const DocumentContext& ctx, uint32_t first, uint32_t to, uint32_t window) {
  for (uint32_t k = to; k > first && k + window > to; --k) {
    if (ctx.flags[k - 1] & kWordVerb) return ctx.lemmas[k - 1];
  }
  return {};
}

}  // namespace

std::vector<SentenceState> SentenceStates(const DocumentContext& ctx, int s, size_t limit) {
  std::vector<SentenceState> out;
  for (uint32_t k : ctx.r.by_sentence[static_cast<size_t>(s)]) {
    const ActorChunk& c = ctx.r.chunks[k];
    for (const ResolvedActor& a : c.actors) {
      if (a.country.empty()) continue;
      auto it = std::find_if(out.begin(), out.end(), [&](const SentenceState& st) { return st.country == a.country; });
      if (it == out.end()) {
        if (out.size() >= limit) continue;
        out.push_back({a.country, &a, {}});
        it = out.end() - 1;
      }
      if (it->chunks.empty() || it->chunks.back() != &c) it->chunks.push_back(&c);
      it->only_place = it->only_place && c.place_like;
      it->only_property = it->only_property && ctx.PropertyChunk(c);
      it->only_qualifier = it->only_qualifier && ctx.QualifierChunk(c);
    }
  }
  return out;
}

SentenceState AsTargetOf(const SentenceState& target, const std::string& source) {
  SentenceState out = target;
  out.chunks.clear();
  for (const ActorChunk* c : target.chunks) {
    const bool with_source = c->compound && std::any_of(c->actors.begin(), c->actors.end(),
                                                        [&](const ResolvedActor& a) { return a.country == source; });
    if (!with_source) out.chunks.push_back(c);
  }
  if (out.chunks.size() != target.chunks.size() && !out.chunks.empty()) {
    const ActorChunk& first = *out.chunks.front();
    auto it = std::find_if(first.actors.begin(), first.actors.end(),
                           [&](const ResolvedActor& a) { return a.country == target.country; });
    if (it != first.actors.end()) out.actor = &*it;
  }
  return out;
}

void SentenceFeatures(const DocumentContext& ctx, int s, uint8_t modality, const FeatureSink& emit) {
  static constexpr const char* kModality[] = {"m:question", "m:negation", "m:unreal", "m:refusal",
                                              "m:denial",   "m:score",    "m:possible"};
  for (int bit = 0; bit < 7; ++bit) {
    if (modality & (1u << bit)) emit(kModality[bit]);
  }
  const auto [first, last] = ctx.r.tokens.sentence_tokens[static_cast<size_t>(s)];
  std::vector<std::string_view> words;
  Lemmas(ctx, first, last, 200, &words);
  std::string f;
  for (size_t i = 0; i < words.size(); ++i) {
    f.assign("w:").append(words[i]);
    emit(f);
  }
}

void RoleFeatures(const DocumentContext& ctx, int s, const SentenceState& state, bool source, const FeatureSink& emit) {
  const auto [first, last] = ctx.r.tokens.sentence_tokens[static_cast<size_t>(s)];
  std::vector<std::string_view> words;
  std::string f;
  for (const ActorChunk* c : state.chunks) {
    f.assign(source ? "preS:" : "preT:").append(WordBefore(ctx, first, c->begin));
    emit(f);
    if (c->begin > first + 1) {
      Lemmas(ctx, c->begin >= first + 4 ? c->begin - 4 : first, c->begin, 4, &words);
      if (words.size() >= 2) {
        f.assign(source ? "preS2:" : "preT2:").append(words[words.size() - 2]).append("_").append(words.back());
        emit(f);
      }
    }
    // The verb the state is the subject of, and the one it is the object of.
    if (std::string_view v = VerbAfter(ctx, c->end, last, 8); !v.empty()) {
      f.assign(source ? "sv:" : "tv:").append(v);
      emit(f);
    }
    if (std::string_view v = VerbBefore(ctx, first, c->begin, 8); !v.empty()) {
      f.assign(source ? "sov:" : "tov:").append(v);
      emit(f);
    }
    Lemmas(ctx, c->end, std::min(last, c->end + 4), 2, &words);
    if (!words.empty()) {
      f.assign(source ? "postS:" : "postT:").append(words[0]);
      emit(f);
    }
    if (source && words.size() > 1) {
      f.assign("postS2:").append(words[0]).append("_").append(words[1]);
      emit(f);
    }
    for (const ResolvedActor& actor : c->actors) {
      // "CHNMIL" -> MIL; a bare state is its government's.
      if (actor.country != state.country) continue;
      f.assign(source ? "sS:" : "tS:").append(actor.code.size() > 3 ? std::string_view(actor.code).substr(3, 3) : "STATE");
      emit(f);
    }
  }
}

void RelationFeatures(const DocumentContext& ctx, int s, const SentenceState& source, const SentenceState& target,
                      const std::vector<CodedTuple>& coded, const FeatureSink& emit) {
  std::vector<std::string_view> words;
  std::string f;
  const ActorChunk& s0 = *source.chunks.front();
  const ActorChunk& t0 = *target.chunks.front();
  const bool source_first = s0.begin <= t0.begin;
  emit(source_first ? "sfirst" : "tfirst");
  uint32_t first_actor = UINT32_MAX;
  for (uint32_t k : ctx.r.by_sentence[static_cast<size_t>(s)]) {
    const ActorChunk& c = ctx.r.chunks[k];
    for (const ResolvedActor& a : c.actors) {
      if (!a.country.empty()) first_actor = std::min(first_actor, c.begin);
    }
  }
  if (s0.begin == first_actor) emit("s_is_first");
  if (t0.begin == first_actor) emit("t_is_first");
  const ActorChunk& a = source_first ? s0 : t0;
  const ActorChunk& b = source_first ? t0 : s0;
  if (a.end <= b.begin) {
    Lemmas(ctx, a.end, b.begin, 12, &words);
    for (std::string_view w : words) {
      f.assign(source_first ? "sb:" : "tb:").append(w);
      emit(f);
    }
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      f.assign(source_first ? "sb2:" : "tb2:").append(words[i]).append("_").append(words[i + 1]);
      emit(f);
    }
    if (b.begin - a.end <= 3) emit("close");
    if (b.begin - a.end > 15) emit("far");
  }
  bool any = false;
  for (const CodedTuple& t : coded) {
    if (t.source == source.country && t.target == target.country) {
      f.assign("lex:");
      any = true;
    } else if (t.source == target.country && t.target == source.country) {
      f.assign("rlex:");
    } else {
      f.assign("slex:");
    }
    emit(f.append(t.root));
  }
  if (!any) emit("nolex");
  // Where in the story: a lead tells the news, later sentences also its
  // background; the story's own two states against a third named in passing.
  emit(s == 0 ? "lead" : "later");
  const std::string* pair = ctx.r.pair;
  if ((pair[0] == source.country && pair[1] == target.country) ||
      (pair[1] == source.country && pair[0] == target.country)) {
    emit("mainpair");
  }
  // Who acts on whom: "MIL>MIL" fights, "GOV>GOV" talks, "COP>CVL" arrests.
  auto sector = [](const SentenceState& st) {
    const std::string& code = st.actor->code;
    return code.size() > 3 ? std::string_view(code).substr(3, 3) : std::string_view("STATE");
  };
  f.assign("sp:").append(sector(source)).append(">").append(sector(target));
  emit(f);
  emit("bias");
}

void PairFeatures(const DocumentContext& ctx, int s, uint8_t modality, const SentenceState& source,
                  const SentenceState& target, const std::vector<CodedTuple>& coded, std::vector<std::string>* out) {
  out->clear();
  FeatureSink keep = [out](std::string_view f) { out->emplace_back(f); };
  SentenceFeatures(ctx, s, modality, keep);
  RoleFeatures(ctx, s, source, true, keep);
  RoleFeatures(ctx, s, target, false, keep);
  RelationFeatures(ctx, s, source, target, coded, keep);
  // Each feature once: a repeated word is no stronger evidence.
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

}  // namespace dyad
