#include "events/pair_model.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>

#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {
namespace {

// "19" -> 19; 0 when not a root 01-20.
int ParseRoot(std::string_view s) {
  if (s.size() < 2 || s[0] < '0' || s[0] > '2' || s[1] < '0' || s[1] > '9') return 0;
  int r = (s[0] - '0') * 10 + (s[1] - '0');
  return r >= 1 && r <= PairModel::kRoots ? r : 0;
}

bool ParseFloat(std::string_view s, float* out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(*out);
}

uint64_t FeatureKey(std::string_view feature) {
  const uint64_t h = FastHash(feature);
  return h == ~0ULL ? 0 : h;  // ~0 marks an empty slot
}

float Logistic(float z) { return 1.0f / (1.0f + std::exp(-std::clamp(z, -30.0f, 30.0f))); }

}  // namespace

Result<std::unique_ptr<PairModel>> PairModel::Load(const std::string& path,
                                                   const std::unordered_set<std::string>& codes) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path, codes);
}

Result<std::unique_ptr<PairModel>> PairModel::Parse(std::string_view tsv, std::string_view name,
                                                            const std::unordered_set<std::string>& codes) {
  std::unique_ptr<PairModel> model(new PairModel());
  bool has_threshold = false;
  FlatStringMap<uint32_t> code_index;
  // Room for every line at once: the file is one feature a line.
  const size_t lines = static_cast<size_t>(std::count(tsv.begin(), tsv.end(), '\n')) + 1;
  model->index_.Reserve(lines);
  model->root_weights_.reserve(lines * kRoots);
  model->code_begin_.reserve(lines + 1);
  Status s = ForEachTsvLine(tsv, name, 2, 3, [&](const TsvLine& line) -> Status {
    const std::string_view kind = line.fields[0];
    if (kind == "threshold" || kind == "threshold_beside") {
      float* t = kind == "threshold" ? &model->threshold_ : &model->threshold_beside_;
      if (line.fields.size() != 2 || !ParseFloat(line.fields[1], t) || *t <= 0 || *t > 1) {
        return line.Error(std::string(kind) + " <TAB> a probability in (0, 1]");
      }
      has_threshold = has_threshold || kind == "threshold";
      return Status::Ok();
    }
    if (kind != "feature") {
      return line.Error("unknown record '" + std::string(kind) + "': threshold, threshold_beside or feature");
    }
    if (line.fields.size() != 3) return line.Error("feature <TAB> name <TAB> weights");
    const std::string_view feature = line.fields[1];
    if (feature.find(' ') != std::string_view::npos) return line.Error("a feature is one word");
    std::array<int16_t, kRoots> roots{};
    const size_t codes_before = model->code_weights_.size();
    // Items split by hand: SplitList's vector per line was most of the load's
    // allocations (80,000 lines; seconds under the sanitizers).
    for (std::string_view rest = line.fields[2]; !rest.empty();) {
      const size_t bar = rest.find('|');
      const std::string_view item = Trim(rest.substr(0, bar));
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      if (item.empty()) continue;
      const size_t colon = item.find(':');
      const std::string_view key = item.substr(0, colon == std::string_view::npos ? 0 : colon);
      float w = 0;
      const int root = ParseRoot(key);
      if (root == 0 || (key.size() != 2 && key.size() != 3) || !ParseFloat(item.substr(colon + 1), &w)) {
        return line.Error("a weight is ROOT:NUMBER or CODE:NUMBER (\"19:1.25\", \"195:0.4\"): " + std::string(item));
      }
      if (key.size() == 2) {
        if (std::fabs(w) > 300.0f) return line.Error("a weight beyond +-300: " + std::string(item));
        roots[static_cast<size_t>(root - 1)] = static_cast<int16_t>(std::lround(w * 100.0f));
        continue;
      }
      const uint32_t* known = code_index.Find(key);
      if (known == nullptr && !codes.count(std::string(key))) {
        return line.Error("not a code of the codebook: " + std::string(key));
      }
      auto [slot, fresh] = code_index.TryEmplace(key, static_cast<uint32_t>(model->codes_.size()));
      if (fresh) {
        model->codes_.emplace_back(key);
        model->code_roots_.push_back(root);
      }
      model->code_weights_.emplace_back(*slot, w);
    }
    const uint32_t value = static_cast<uint32_t>(model->code_begin_.size());  // row + 1
    const uint64_t key = FeatureKey(feature);
    model->present_[PresentBit(key) >> 6] |= 1ULL << (PresentBit(key) & 63);
    if (model->index_.TryEmplace(key, value) != value) {
      model->code_weights_.resize(codes_before);
      return line.Error("feature listed twice: " + std::string(feature));
    }
    model->root_weights_.insert(model->root_weights_.end(), roots.begin(), roots.end());
    model->code_begin_.push_back(static_cast<uint32_t>(model->code_weights_.size()));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!model->empty() && !has_threshold) {
    return Status::InvalidArgument(std::string(name) + ": a model with features needs a threshold line");
  }
  for (int r = 1; r <= kRoots; ++r) {
    std::string generic = (r < 10 ? "0" : "") + std::to_string(r) + "0";
    if (!codes.count(generic)) return Status::InvalidArgument(std::string(name) + ": the codebook lacks " + generic);
  }
  return model;
}

PairModel::PairModel() {
  static std::atomic<uint64_t> models{0};
  id_ = ++models;
}

bool PairModel::FindRow(std::string_view feature, uint32_t* row) const {
  const uint64_t key = FeatureKey(feature);
  // A sentence's pairs and a story's sentences ask for the same features
  // again ("bias", "sp:GOV>GOV", "w:the"): the thread remembers its last
  // answers by hash, in 16 KB that stay in cache where the bitmap and the
  // index are misses.
  struct Remembered {
    uint64_t key = ~0ULL;  // no feature's key (FeatureKey)
    uint32_t found = 0;  // row + 1, 0 for none
  };
  thread_local uint64_t cache_model = 0;
  thread_local std::array<Remembered, 1024> cache;
  if (cache_model != id_) {
    cache.fill(Remembered{});
    cache_model = id_;
  }
  Remembered& r = cache[(key >> 7) & 1023];
  if (r.key != key) {
    const bool maybe = (present_[PresentBit(key) >> 6] & (1ULL << (PresentBit(key) & 63))) != 0;
    r = {key, maybe ? index_.Find(key) : 0};
  }
  if (r.found == 0) return false;
  *row = r.found - 1;
  return true;
}

void PairModel::AddRows(std::vector<uint32_t>* rows, Scores* sum) const {
  std::sort(rows->begin(), rows->end());
  rows->erase(std::unique(rows->begin(), rows->end()), rows->end());
  for (uint32_t r : *rows) {
    const int16_t* w = root_weights_.data() + static_cast<size_t>(r) * kRoots;
    for (size_t k = 0; k < kRoots; ++k) (*sum)[k] += 0.01f * static_cast<float>(w[k]);
  }
}

void PairModel::Finish(Scores* sum) const {
  for (float& v : *sum) v = Logistic(v);
}

PairModel::Scored PairModel::Score(const std::vector<std::string>& features) const {
  Scored out;
  std::vector<uint32_t> rows;
  uint32_t row = 0;
  for (const std::string& f : features) {
    if (FindRow(f, &row)) rows.push_back(row);
  }
  AddRows(&rows, &out.roots);
  Finish(&out.roots);
  out.rows = std::move(rows);
  return out;
}

std::string PairModel::CodeFor(int root, std::initializer_list<const std::vector<uint32_t>*> row_lists) const {
  // Only the codes of a root coded are scored: few pairs reach one.
  std::vector<float> logits(codes_.size(), 0.0f);
  for (const std::vector<uint32_t>* rows : row_lists) {
    for (uint32_t r : *rows) {
      for (uint32_t k = code_begin_[r]; k < code_begin_[r + 1]; ++k) {
        const auto& [c, w] = code_weights_[k];
        if (code_roots_[c] == root) logits[c] += w;
      }
    }
  }
  std::string best = (root < 10 ? "0" : "") + std::to_string(root) + "0";
  float best_z = 0.0f;  // a code is named above probability 0.5, logit 0
  for (size_t c = 0; c < codes_.size(); ++c) {
    if (code_roots_[c] != root || logits[c] <= best_z) continue;
    best_z = logits[c];
    best = codes_[c];
  }
  return best;
}

}  // namespace dyad
