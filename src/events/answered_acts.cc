#include "events/answered_acts.h"

#include <algorithm>

#include "events/codebook.h"
#include "events/word_classes.h"
#include "text/word_shape.h"

namespace dyad {
namespace {

// A country's name, capital or adjective among tokens [begin, end).
bool NamesState(const DocumentContext& ctx, uint32_t begin, uint32_t end) {
  const DocumentTokens& t = ctx.r.tokens;
  const PhraseMatcher& matcher = ctx.dict.matcher();
  for (uint32_t i = begin; i < end; ++i) {
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

bool EndsInResponse(const DocumentTokens& t, const PatternMatch& m) {
  if (m.end < m.begin + 2 || t.text(m.end - 2) != "in") return false;
  const std::string_view w = t.text(m.end - 1);
  return w == "response" || w == "retaliation" || w == "reprisal";
}

bool AnswersAnAct(const std::string& code) {
  const int root = RootOf(code);
  return root >= 10 && root <= 12;
}

bool DoneByNoState(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& m) {
  const int root = RootOf(m.pattern->code);
  if (root < 13 || root > 20) return false;
  const DocumentTokens& t = ctx.r.tokens;
  const uint32_t sentence_begin = sc.View().begin;
  // A finite verb: a gerund or participle has its subject elsewhere.
  if (HasIngVerbShape(t.text(m.begin))) return false;
  uint32_t verb = m.begin;
  while (verb > sentence_begin && (IsAuxiliary(t.text(verb - 1)) || IsAdverb(t.text(verb - 1)))) --verb;
  if (verb == sentence_begin || !t.tokens[verb - 1].is_word) return false;
  const std::string_view last = t.text(verb - 1);
  if (IsDeterminer(last) || last == "it" || last == "they" || last == "he" || last == "she" || last == "we" ||
      last == "who" || last == "which" || last == "that" || last == "and" || last == "or") {
    return false;
  }
  // The clause runs back to a comma, a semicolon or a colon ("Russian-installed
  // authorities": a hyphen is inside the phrase).
  uint32_t clause = verb - 1;
  while (clause > sentence_begin) {
    const std::string_view w = t.text(clause - 1);
    if (w == "," || w == ";" || w == ":" || w == "\"" || w == "(") break;
    --clause;
  }
  for (uint32_t i = clause; i < verb; ++i) {
    if (sc.InsideActor(i)) return false;
  }
  return !NamesState(ctx, clause, verb);
}

void TellAct(const PatternMatch& m, const std::string& code, const std::vector<const ResolvedActor*>& sources,
             const std::vector<const ResolvedActor*>& targets, std::vector<ToldAct>* told) {
  if (AnswersAnAct(code)) return;
  ToldAct act{m.end, {}, {}};
  for (const ResolvedActor* src : sources) {
    if (!src->country.empty() && std::find(act.doers.begin(), act.doers.end(), src->country) == act.doers.end()) {
      act.doers.push_back(src->country);
    }
  }
  for (const ResolvedActor* tgt : targets) {
    if (!tgt->country.empty()) act.targets.push_back(tgt->country);
  }
  told->push_back(std::move(act));
}

const ToldAct* ActAnswered(const DocumentContext& ctx, const PatternMatch& m,
                           const ResolvedActor& source, const std::vector<const ResolvedActor*>& allies,
                           const std::vector<ToldAct>& told) {
  // An organisation's reaction ("the African Union demanded an end to the
  // fighting") is to whom its words name, not to the last doer.
  if (source.country.empty() || NamesState(ctx, m.begin + 1, m.end)) return nullptr;
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
