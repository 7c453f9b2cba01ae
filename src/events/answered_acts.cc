#include "events/answered_acts.h"

#include <algorithm>

#include "events/codebook.h"
#include "text/word_shape.h"

namespace dyad {
namespace {

// A country's name, capital or adjective inside the reaction's own words.
bool NamesState(const DocumentContext& ctx, const PatternMatch& m) {
  const DocumentTokens& t = ctx.r.tokens;
  const PhraseMatcher& matcher = ctx.dict.matcher();
  for (uint32_t i = m.begin + 1; i < m.end; ++i) {
    PhraseMatcher::Match pm = matcher.LongestAt(t.ids, i);
    if (pm.end <= pm.begin || !t.capitalized[i]) continue;
    for (uint32_t p : matcher.Payloads(pm.node)) {
      PhraseKind kind = ActorDictionary::KindOf(p);
      if (kind == PhraseKind::kCountryAdjective || kind == PhraseKind::kCountryName || kind == PhraseKind::kCapital) {
        return true;
      }
    }
    i = pm.end - 1;
  }
  return false;
}

}  // namespace

bool AnswersAnAct(const std::string& code) {
  const int root = RootOf(code);
  return root >= 10 && root <= 12;
}

const ToldAct* ActAnswered(const DocumentContext& ctx, const PatternMatch& m,
                           const ResolvedActor& source, const std::vector<const ResolvedActor*>& allies,
                           const std::vector<ToldAct>& told) {
  // An organisation's reaction ("the African Union demanded an end to the
  // fighting") is to whom its words name, not to the last doer.
  if (source.country.empty() || NamesState(ctx, m)) return nullptr;
  auto own = [&](const std::string& country) {
    if (country == source.country) return true;
    return std::any_of(allies.begin(), allies.end(), [&](const ResolvedActor* a) { return a->country == country; });
  };
  const ToldAct* answered = nullptr;
  for (const ToldAct& act : told) {
    if (act.end > m.begin || (answered != nullptr && act.end < answered->end)) continue;
    bool others = act.doers.empty() || !std::all_of(act.doers.begin(), act.doers.end(), own);
    if (others) answered = &act;
  }
  if (answered == nullptr) return nullptr;
  const DocumentTokens& t = ctx.r.tokens;
  const bool participle = m.begin > 0 && t.text(m.begin - 1) == "," && HasIngVerbShape(t.text(m.begin));
  const std::vector<std::string>& targets = answered->targets;
  if (participle && std::find(targets.begin(), targets.end(), source.country) != targets.end()) return nullptr;
  return answered;
}

}  // namespace dyad
