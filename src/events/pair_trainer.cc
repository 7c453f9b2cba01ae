#include "events/pair_trainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "util/flat_map.h"

namespace dyad {
namespace {

uint64_t Mix(uint64_t z) {  // splitmix64's finaliser: the same on every platform
  z += 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// An epoch's order: examples sorted by a hash of their key and the epoch, so
// an example's place depends on itself alone.
void OrderForEpoch(const std::vector<PairExample>& examples, int epoch, std::vector<uint32_t>* order) {
  std::vector<std::pair<uint64_t, uint32_t>> keyed(examples.size());
  const uint64_t salt = Mix(20261204u + static_cast<uint64_t>(epoch));
  for (size_t i = 0; i < examples.size(); ++i) keyed[i] = {Mix(examples[i].key ^ salt), static_cast<uint32_t>(i)};
  std::sort(keyed.begin(), keyed.end());
  order->resize(keyed.size());
  for (size_t i = 0; i < keyed.size(); ++i) (*order)[i] = keyed[i].second;
}

}  // namespace

std::string TrainPairModel(const std::vector<PairExample>& examples, const PairTrainingOptions& options) {
  // Features seen often enough, sorted: the file is read in diffs.
  FlatStringMap<uint32_t> counts;
  for (const PairExample& e : examples) {
    for (const std::string& f : e.features) ++*counts.TryEmplace(f, 0).first;
  }
  std::map<std::string, uint32_t> kept;
  counts.ForEach([&](std::string_view f, uint32_t n) {
    if (static_cast<int>(n) >= options.min_count || f == "bias") kept.emplace(std::string(f), 0);
  });
  uint32_t next = 0;
  for (auto& [f, id] : kept) id = next++;
  // Codes required often enough to learn, and the examples of each.
  std::map<std::string, int> code_counts;
  for (const PairExample& e : examples) {
    for (const std::string& c : e.codes) ++code_counts[c];
  }
  std::vector<std::string> codes;
  for (const auto& [c, n] : code_counts) {
    if (n >= options.min_code_count) codes.push_back(c);
  }
  std::vector<std::vector<uint32_t>> rows(examples.size());
  for (size_t i = 0; i < examples.size(); ++i) {
    for (const std::string& f : examples[i].features) {
      auto it = kept.find(f);
      if (it != kept.end()) rows[i].push_back(it->second);
    }
  }
  const size_t width = PairModel::kRoots + codes.size();  // roots, then codes
  std::vector<float> w(kept.size() * width, 0.0f);
  // Averaged SGD: the model is the mean of the weights after every example,
  // not the last ones, which swing with whichever examples came last (a
  // ninth epoch, or one example more, moved a held-out set's recall by a
  // point). `sum` holds each update times the step it was made at, so the
  // mean is w - sum / steps (exact without L2, close with it).
  std::vector<float> sum(options.average ? w.size() : 0, 0.0f);
  float steps = 1.0f;
  auto step = [&](const std::vector<uint32_t>& row, size_t k, float y) {
    float z = 0;
    for (uint32_t f : row) z += w[f * width + k];
    const float p = 1.0f / (1.0f + std::exp(-std::clamp(z, -30.0f, 30.0f)));
    const float g = (y - p) * options.rate;
    const float keep = 1.0f - options.rate * options.l2;  // decay of the weights used (lazy L2)
    for (uint32_t f : row) {
      float& v = w[f * width + k];
      const float before = v;
      v = v * keep + g;
      if (options.average) sum[f * width + k] += steps * (v - before);
    }
  };
  std::vector<uint32_t> order;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    OrderForEpoch(examples, epoch, &order);
    for (uint32_t i : order) {
      const PairExample& e = examples[i];
      for (int r = 0; r < PairModel::kRoots; ++r) {
        const int8_t y = e.label[static_cast<size_t>(r)];
        if (y >= 0) step(rows[i], static_cast<size_t>(r), static_cast<float>(y));
      }
      // Which code of a required root: learnt on that root's examples only,
      // where the gold names codes of it.
      for (size_t c = 0; c < codes.size(); ++c) {
        const int root = (codes[c][0] - '0') * 10 + (codes[c][1] - '0');
        if (e.label[static_cast<size_t>(root - 1)] <= 0) continue;
        bool named = false, listed = false;
        for (const std::string& a : e.codes) {
          named = named || a.compare(0, 2, codes[c], 0, 2) == 0;
          listed = listed || a == codes[c];
        }
        if (named) step(rows[i], PairModel::kRoots + c, listed ? 1.0f : 0.0f);
      }
      steps += 1.0f;
    }
  }
  if (options.average) {
    for (size_t i = 0; i < w.size(); ++i) w[i] -= sum[i] / steps;
  }
  std::string out;
  for (size_t start = 0; start < options.comment.size();) {
    size_t nl = options.comment.find('\n', start);
    if (nl == std::string::npos) nl = options.comment.size();
    out += "# " + options.comment.substr(start, nl - start) + "\n";
    start = nl + 1;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "threshold\t%.2f\nthreshold_beside\t%.2f\n", static_cast<double>(options.threshold),
                static_cast<double>(options.threshold_beside));
  out += buf;
  for (const auto& [f, id] : kept) {
    std::string weights;
    for (size_t k = 0; k < width; ++k) {
      const float v = std::round(w[id * width + k] * 100.0f) / 100.0f;
      if (std::fabs(v) < 0.1f) continue;  // smaller weights changed no coding of the sets
      if (k < PairModel::kRoots) {
        std::snprintf(buf, sizeof buf, "%s%02zu:%.2f", weights.empty() ? "" : "|", k + 1, static_cast<double>(v));
      } else {
        std::snprintf(buf, sizeof buf, "%s%s:%.2f", weights.empty() ? "" : "|", codes[k - PairModel::kRoots].c_str(),
                      static_cast<double>(v));
      }
      weights += buf;
    }
    if (!weights.empty()) out += "feature\t" + f + "\t" + weights + "\n";
  }
  return out;
}

}  // namespace dyad
