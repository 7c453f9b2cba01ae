#include "events/pair_events.h"

#include <algorithm>
#include <cstdio>

#include "events/codebook.h"
#include "events/event_sink.h"
#include "events/pair_features.h"
#include "events/sentence_context.h"
#include "util/env_flag.h"

namespace dyad {
namespace {

// From threats on, fellows in an act are not each other's parties.
constexpr int kFirstHostileRoot = 13;

// "shelled each other": the fellows of a list act on one another.
bool Reciprocal(const DocumentContext& ctx, const SentenceView& v) {
  for (uint32_t i = v.begin; i + 1 < v.end; ++i) {
    std::string_view a = ctx.r.tokens.text(i), b = ctx.r.tokens.text(i + 1);
    // "each accused the other", "Canada and India each expelled six diplomats".
    if (a == "each" || (a == "one" && b == "another") || (a == "the" && b == "other")) return true;
  }
  return false;
}

// DYAD_DEBUG_EVENTS=1: why the model coded `root` for a pair, its features
// weighing most for it, on stderr.
void ExplainModelEvent(const DocumentContext& ctx, const PairModel& model, int s, uint8_t modality,
                       const SentenceState& source, const SentenceState& target,
                       const std::vector<CodedTuple>& patterns, int root, float p) {
  std::vector<std::string> features;
  PairFeatures(ctx, s, modality, source, target, patterns, &features);
  std::vector<std::pair<float, std::string>> weighed;
  uint32_t row = 0;
  for (const std::string& f : features) {
    if (model.FindRow(f, &row)) weighed.emplace_back(model.RootWeight(row, root), f);
  }
  std::sort(weighed.begin(), weighed.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  char head[64];
  std::snprintf(head, sizeof head, " root %02d p=%.2f:", root, static_cast<double>(p));
  // One write a line: sentences are coded on several threads.
  std::string line = "model: " + ctx.doc.id + " sentence " + std::to_string(s) + " " + source.country + ">" +
                     target.country + head;
  for (size_t k = 0; k < weighed.size() && k < 12; ++k) {
    char w[16];
    std::snprintf(w, sizeof w, " %+.2f", static_cast<double>(weighed[k].first));
    line += " " + weighed[k].second + w;
  }
  line += " | words:";
  for (const std::string& f : features) {
    if (f.rfind("w:", 0) == 0) line += " " + f.substr(2);
  }
  line += "\n";
  std::fputs(line.c_str(), stderr);
}

bool InChunk(const ResolvedActor* a, const ActorChunk& c) {
  return !c.actors.empty() && a >= &c.actors.front() && a <= &c.actors.back();
}

// "according to (the) <phrase>": the phrase is where the sentence's words
// come from, not a doer.
bool AttributedTo(const DocumentContext& ctx, const ActorChunk& c) {
  uint32_t b = c.begin;
  if (b > 0 && ctx.r.tokens.text(b - 1) == "the") --b;
  return b >= 2 && ctx.r.tokens.text(b - 1) == "to" && ctx.r.tokens.text(b - 2) == "according";
}

// "According to the ambassador, both Vietnam and China are …": the two
// states named only together, in subject lists, but for an attribution. A
// phrase naming either elsewhere ("… financed by China's Export-Import
// Bank", "Vajpayee told troops …, as India and Pakistan kept …") may do an
// act on the other.
bool ListFellows(const DocumentContext& ctx, const SentenceContext& sc, const SentenceState& source,
                 const SentenceState& target) {
  std::vector<const ActorChunk*> together;  // phrases listed with one of the other state
  for (const auto* state : {&source, &target}) {
    for (const ActorChunk* c : state->chunks) {
      const std::vector<const ResolvedActor*> listed = sc.ActorsWithListed(*c);
      bool has_source = false, has_target = false;
      for (const ResolvedActor* a : listed) {
        has_source = has_source || a->country == source.country;
        has_target = has_target || a->country == target.country;
      }
      if (!has_source || !has_target) continue;
      std::vector<const ActorChunk*> members;
      for (const auto* named : {&source, &target}) {
        for (const ActorChunk* x : named->chunks) {
          if (std::any_of(listed.begin(), listed.end(), [&](const ResolvedActor* a) { return InChunk(a, *x); })) {
            members.push_back(x);
          }
        }
      }
      // "contacts between the FARC and Ecuador's minister": a list a
      // preposition governs is no subject.
      const bool governed = std::any_of(members.begin(), members.end(), [&](const ActorChunk* x) {
        return InChunk(listed.front(), *x) && x->after_preposition;
      });
      if (!governed) together.insert(together.end(), members.begin(), members.end());
    }
  }
  auto is_together = [&](const ActorChunk* c) {
    return std::find(together.begin(), together.end(), c) != together.end();
  };
  for (const ActorChunk* c : target.chunks) {
    if (!is_together(c)) return false;
  }
  for (const ActorChunk* c : source.chunks) {
    if (!is_together(c) && !AttributedTo(ctx, *c)) return false;
  }
  return !target.chunks.empty();
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
        // Two states named once each, in one subject list, do no one-way act
        // to each other unless the sentence says "each other".
        if (IsOneWayRoot(root) && !reciprocal && ListFellows(ctx, sc, source, target)) continue;
        // Another root beside the patterns' event for the pair is more often
        // a second reading of the same act ("called the accusations absurd":
        // 120, not also 111) than a second act: it needs more certainty
        // (threshold_beside; 1, the default, never adds one), and beside a
        // rejection or a denial no condemnation at all.
        const float beside = model.threshold_beside();
        if (pair_coded && (beside >= 1.0f || p[static_cast<size_t>(root - 1)] < beside)) continue;
        if (root == 11 && answered) continue;
        static const bool debug = EnvFlag("DYAD_DEBUG_EVENTS");
        if (debug) {
          ExplainModelEvent(ctx, model, si, modality, source, target, patterns, root, p[static_cast<size_t>(root - 1)]);
        }
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
