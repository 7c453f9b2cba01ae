#include "events/pair_events.h"

#include <algorithm>

#include "events/event_sink.h"
#include "events/pair_features.h"
#include "events/sentence_context.h"

namespace dyad {
namespace {

// From threats on, fellows in an act are not each other's parties.
constexpr int kFirstHostileRoot = 13;

// "shelled each other": the fellows of a list act on one another.
bool Reciprocal(const DocumentContext& ctx, const SentenceView& v) {
  for (uint32_t i = v.begin; i + 1 < v.end; ++i) {
    std::string_view a = ctx.r.tokens.text(i), b = ctx.r.tokens.text(i + 1);
    if ((a == "each" && b == "other") || (a == "one" && b == "another")) return true;
  }
  return false;
}

}  // namespace

bool FellowsInAct(const std::vector<CodedTuple>& patterns, const std::string& a, const std::string& b,
                  const std::string& root) {
  auto has = [&](const std::string& source, const std::string& target) {
    return std::any_of(patterns.begin(), patterns.end(), [&](const CodedTuple& t) {
      return t.root == root && t.source == source && t.target == target;
    });
  };
  for (const CodedTuple& t : patterns) {
    if (t.root != root) continue;
    if (t.source == a && t.target != a && t.target != b && has(b, t.target)) return true;
    if (t.target == a && t.source != a && t.source != b && has(t.source, b)) return true;
  }
  return false;
}

void AddPairModelEvents(const DocumentContext& ctx, const PairModel& model, size_t s, uint8_t modality,
                        EventSink* sink, std::vector<PairInstance>* instances) {
  if (instances == nullptr && model.empty()) return;
  const int si = static_cast<int>(s);
  if (instances == nullptr && (modality & kLeftToThePatterns) != 0) return;
  std::vector<SentenceState> states = SentenceStates(ctx, si);
  if (states.size() < 2) return;
  // What the patterns coded in the sentence: the model's features, and what
  // it need not add again. A record they made or added to has the sentence
  // as its last evidence (they are the last to have coded).
  std::vector<CodedTuple> patterns;
  for (const EventRecord& e : sink->records()) {
    if (e.evidence.empty()) continue;
    const Evidence& ev = e.evidence.back();
    if (ev.sentence == si && ev.doc == ctx.doc.id) patterns.push_back({e.source.country, e.target.country, e.root});
  }
  std::vector<std::string> features;
  std::vector<uint32_t> rows;
  uint32_t row = 0;
  FeatureSink to_rows = [&](std::string_view f) {
    if (model.FindRow(f, &row)) rows.push_back(row);
  };
  SentenceContext sc(ctx, si);
  if (instances != nullptr) {
    for (const SentenceState& source : states) {
      for (const SentenceState& named : states) {
        if (&source == &named) continue;
        const SentenceState target = AsTargetOf(named, source.country);
        if (target.chunks.empty()) continue;
        PairFeatures(ctx, si, modality, source, target, patterns, &features);
        instances->push_back({si, source.country, target.country, features});
      }
    }
    return;
  }
  // What every pair shares (the sentence's words), and each state as a
  // source or a target, is looked up once; the pair adds the rest.
  auto rows_of = [&](const std::function<void(const FeatureSink&)>& features_to) {
    rows.clear();
    features_to(to_rows);
    return rows;
  };
  const bool reciprocal = Reciprocal(ctx, sc.View());
  std::vector<uint32_t> shared = rows_of([&](const FeatureSink& e) { SentenceFeatures(ctx, si, modality, e); });
  PairModel::Scores shared_sum{};
  model.AddRows(&shared, &shared_sum);
  std::vector<std::vector<uint32_t>> as_source(states.size()), as_target(states.size());
  std::vector<PairModel::Scores> source_sum(states.size()), target_sum(states.size());
  for (size_t k = 0; k < states.size(); ++k) {
    as_source[k] = rows_of([&](const FeatureSink& e) { RoleFeatures(ctx, si, states[k], true, e); });
    as_target[k] = rows_of([&](const FeatureSink& e) { RoleFeatures(ctx, si, states[k], false, e); });
    model.AddRows(&as_source[k], &source_sum[k]);
    model.AddRows(&as_target[k], &target_sum[k]);
  }
  for (size_t i = 0; i < states.size(); ++i) {
    for (size_t j = 0; j < states.size(); ++j) {
      if (i == j) continue;
      const SentenceState& source = states[i];
      // "Its diplomats in Moscow condemned …": a state named only as where
      // something happens does nothing in the sentence.
      // Nor does a state named only as a thing's owner or flag ("a
      // Liberian-flagged tanker rammed …"), nor one named only as what backs
      // a thing ("Eritrean-backed militias shelled …"). (As a target it may
      // be: annotators code "accused Russian-backed separatists" at Russia.)
      if (source.only_place || source.only_property || source.only_qualifier) continue;
      const SentenceState target = AsTargetOf(states[j], source.country);
      if (target.chunks.empty()) continue;
      // Named also in a compound with the source: its role features without it.
      const bool reduced = target.chunks.size() != states[j].chunks.size();
      std::vector<uint32_t> target_rows = as_target[j];
      PairModel::Scores target_part = target_sum[j];
      if (reduced) {
        target_rows = rows_of([&](const FeatureSink& e) { RoleFeatures(ctx, si, target, false, e); });
        target_part = {};
        model.AddRows(&target_rows, &target_part);
      }
      std::vector<uint32_t> relation =
          rows_of([&](const FeatureSink& e) { RelationFeatures(ctx, si, source, target, patterns, e); });
      PairModel::Scores p = shared_sum;
      for (size_t r = 0; r < p.size(); ++r) p[r] += source_sum[i][r] + target_part[r];
      model.AddRows(&relation, &p);
      model.Finish(&p);
      // What the patterns coded for the pair: any event, and a rejection or
      // a denial ("… and Moscow called the accusations absurd").
      bool pair_coded = false, answered = false;
      for (const CodedTuple& t : patterns) {
        if (t.source != source.country || t.target != target.country) continue;
        pair_coded = true;
        answered = answered || t.root == "12" || t.root == "01";
      }
      for (int root = 1; root <= PairModel::kRoots; ++root) {
        if (p[static_cast<size_t>(root - 1)] < model.threshold()) continue;
        const std::string root_name = (root < 10 ? "0" : "") + std::to_string(root);
        bool done = std::any_of(patterns.begin(), patterns.end(), [&](const CodedTuple& t) {
          return t.source == source.country && t.target == target.country && t.root == root_name;
        });
        if (done) continue;
        if (root >= kFirstHostileRoot && !reciprocal && FellowsInAct(patterns, source.country, target.country, root_name)) {
          continue;
        }
        // Another root beside the patterns' event for the pair is more often
        // a second reading of the same act ("called the accusations absurd":
        // 120, not also 111) than a second act: it needs more certainty
        // (threshold_beside; 1, the default, never adds one), and beside a
        // rejection or a denial no condemnation at all.
        const float beside = model.threshold_beside();
        if (pair_coded && (beside >= 1.0f || p[static_cast<size_t>(root - 1)] < beside)) continue;
        if (root == 11 && answered) continue;
        const std::string code = model.CodeFor(root, {&shared, &as_source[i], &target_rows, &relation});
        const ActorChunk& a = *source.chunks.front();
        const ActorChunk& b = *target.chunks.front();
        // The act's words run from its doer to its target; a target named
        // before the doer ("Somalia withdrew on Thursday, a day after
        // Ethiopian troops attacked Jijiga") is no part of them, and the
        // days named in between date another act.
        PatternMatch m;
        m.begin = a.begin;
        m.end = b.begin > a.begin ? b.end : a.end;
        sink->Add(*source.actor, target.actor, code, sc, m);
        // Talks held and agreements signed are each party's: "a communique
        // issued after three days of talks" is JPN>USA and USA>JPN.
        if (IsMutualCode(code)) sink->Add(*target.actor, source.actor, code, sc, m);
      }
    }
  }
}

}  // namespace dyad
