#include "events/lemmatizer.h"

#include <atomic>
#include <deque>

#include "util/file_io.h"
#include "util/string_hash.h"
#include "util/tsv.h"

namespace dyad {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Lemmatizer::Lemmatizer(std::unordered_map<std::string, std::string> irregular,
                       std::unordered_set<std::string> vocabulary)
    : irregular_(std::move(irregular)), vocabulary_(std::move(vocabulary)) {
  static std::atomic<uint64_t> next_id{1};
  id_ = next_id++;
  // Compute returns the word itself, an irregular lemma or a vocabulary word.
  for (const auto& [form, lemma] : irregular_) lemmas_.insert(lemma);
  for (const std::string& w : vocabulary_) lemmas_.insert(w);
}

Result<std::unordered_map<std::string, std::string>> Lemmatizer::LoadIrregular(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::unordered_map<std::string, std::string> map;
  Status s = ForEachTsvLine(*text, path, 2, 2, [&](const TsvLine& line) -> Status {
    std::string form(Trim(line.fields[0])), lemma(Trim(line.fields[1]));
    if (form.empty() || lemma.empty()) return line.Error("empty form or lemma");
    for (char c : form + lemma) {
      if (c >= 'A' && c <= 'Z') return line.Error("forms and lemmas are lower case");
    }
    map[form] = lemma;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return map;
}

std::string Lemmatizer::Lemma(std::string_view word) const { return std::string(LemmaView(word)); }

const std::string* Lemmatizer::Stored(std::string_view lemma) const {
  // LemmaView's views of owned strings point into lemmas_ or into `extra`.
  auto it = lemmas_.find(std::string(lemma));
  if (it != lemmas_.end()) return &*it;
  thread_local std::deque<std::string> extra;
  return &extra.emplace_back(lemma);
}

std::string_view Lemmatizer::LemmaView(std::string_view word) const {
  // The same few thousand words recur in every story: remember their lemmas
  // per thread (bounded, so memory stays flat on any corpus). The cache holds
  // pointers into lemmas_, nullptr for "the word itself", so nothing it
  // returns depends on the cache staying alive.
  thread_local uint64_t cache_owner = 0;
  thread_local StringMap<const std::string*> cache;
  if (cache_owner != id_ || cache.size() > 200000) {
    cache.clear();
    cache_owner = id_;
  }
  auto hit = cache.find(word);
  if (hit != cache.end()) return hit->second == nullptr ? word : std::string_view(*hit->second);
  std::string w(word);
  std::string lemma = Compute(w);
  const std::string* stored = nullptr;
  if (lemma != w) {
    auto it = lemmas_.find(lemma);
    if (it != lemmas_.end()) {
      stored = &*it;
    } else {
      // Not reached while Compute only returns the kinds above; should that
      // change, a per-thread store keeps the answer right.
      thread_local std::deque<std::string> extra;
      stored = &extra.emplace_back(std::move(lemma));
    }
  }
  cache.emplace(std::move(w), stored);
  return stored == nullptr ? word : std::string_view(*stored);
}

std::string Lemmatizer::Compute(const std::string& w) const {
  if (auto it = irregular_.find(w); it != irregular_.end()) return it->second;
  // Suffix rules before the word itself: a pattern may use "accused" as a word
  // and "accuse" as a verb, and "accused" must still lemmatise to "accuse"
  // (patterns compare the folded form as well, so "accused" keeps matching).
  std::string by_rule = ComputeByRule(w);
  if (!by_rule.empty()) return by_rule;
  return w;
}

std::string Lemmatizer::ComputeByRule(const std::string& w) const {
  // British -is- forms map to the -iz- lemmas the patterns are written with.
  auto try_form = [&](std::string candidate) -> std::string {
    if (Known(candidate)) return candidate;
    size_t is = candidate.rfind("is");
    if (is != std::string::npos && is + 3 == candidate.size() && candidate.back() == 'e') {
      candidate[is + 1] = 'z';
      if (Known(candidate)) return candidate;
    }
    return "";
  };
  std::string stem;
  auto strip = [&](std::string_view suffix) { return w.substr(0, w.size() - suffix.size()); };
  if (EndsWith(w, "ies")) {
    if (auto r = try_form(strip("ies") + "y"); !r.empty()) return r;
  }
  if (EndsWith(w, "ied")) {
    if (auto r = try_form(strip("ied") + "y"); !r.empty()) return r;
  }
  if (EndsWith(w, "ing")) {
    stem = strip("ing");
    if (auto r = try_form(stem); !r.empty()) return r;
    if (auto r = try_form(stem + "e"); !r.empty()) return r;
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2]) {
      if (auto r = try_form(stem.substr(0, stem.size() - 1)); !r.empty()) return r;
    }
  }
  if (EndsWith(w, "ed")) {
    stem = strip("ed");
    if (auto r = try_form(stem); !r.empty()) return r;
    if (auto r = try_form(stem + "e"); !r.empty()) return r;
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2]) {
      if (auto r = try_form(stem.substr(0, stem.size() - 1)); !r.empty()) return r;
    }
  }
  if (EndsWith(w, "es")) {
    if (auto r = try_form(strip("es")); !r.empty()) return r;
  }
  if (EndsWith(w, "s")) {
    if (auto r = try_form(strip("s")); !r.empty()) return r;
  }
  // "criticise" itself: the -iz- lemma.
  size_t is = w.rfind("is");
  if (is != std::string::npos && is + 3 == w.size() && w.back() == 'e') {
    std::string z = w;
    z[is + 1] = 'z';
    if (Known(z)) return z;
  }
  return "";
}

}  // namespace dyad
