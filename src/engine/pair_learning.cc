#include "engine/pair_learning.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include "dyad/dyad.h"
#include "engine/analyzer.h"
#include "engine/evaluator.h"
#include "ingest/agency_table.h"
#include "ingest/input_reader.h"
#include "util/file_io.h"
#include "util/hash.h"

namespace dyad {
namespace {

// The root of a gold code ("1123" -> 11, "018" -> 1), 0 if none.
int GoldRoot(const std::string& code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9') return 0;
  int r = (code[0] - '0') * 10 + (code[1] - '0');
  return r >= 1 && r <= PairModel::kRoots ? r : 0;
}

bool Names(const GoldItem& item, const std::string& source, const std::string& target) {
  return (item.source == source && item.target == target) ||
         (item.symmetric && item.source == target && item.target == source);
}

// The words of a gold item's "what" of four letters or more, each as its
// first five letters, lower-case: "lodged protest" -> {"lodge", "prote"}.
std::vector<std::string> WhatStarts(const GoldItem& item) {
  std::vector<std::string> out;
  const std::string& what = item.what;
  for (size_t i = 0; i < what.size();) {
    while (i < what.size() && !std::isalpha(static_cast<unsigned char>(what[i]))) ++i;
    size_t j = i;
    while (j < what.size() && std::isalpha(static_cast<unsigned char>(what[j]))) ++j;
    if (j - i >= 4) {
      std::string start = what.substr(i, std::min<size_t>(j - i, 5));
      for (char& c : start) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out.push_back(std::move(start));
    }
    i = j;
  }
  return out;
}

// How many of `starts` begin one of the sentence's lemmas (its "w:" features).
int SharedWords(const std::vector<std::string>& starts, const std::vector<std::string>& features) {
  int shared = 0;
  for (const std::string& start : starts) {
    for (const std::string& f : features) {
      if (f.size() > 2 && f[0] == 'w' && f[1] == ':' && f.compare(2, start.size(), start) == 0) {
        ++shared;
        break;
      }
    }
  }
  return shared;
}

// A story sentence is taught an event of its pair that several sentences
// name when it shares at least this many words with the event's "what", and
// more than any other sentence (session 38: with two, the model read the
// seeds' general statements on relations as acts).
constexpr int kMinSharedWords = 3;

// Labels of one candidate pair from its document's gold.
PairExample Label(const GoldDocument& gold, PairInstance&& instance) {
  PairExample e;
  e.features = std::move(instance.features);
  for (const GoldItem& item : gold.allowed) {
    if (!Names(item, instance.source, instance.target)) continue;
    for (const std::string& c : item.codes) {
      if (int r = GoldRoot(c)) e.label[static_cast<size_t>(r - 1)] = -1;
    }
  }
  for (const GoldItem& item : gold.required) {
    if (!Names(item, instance.source, instance.target)) continue;
    for (const std::string& c : item.codes) {
      if (int r = GoldRoot(c)) e.label[static_cast<size_t>(r - 1)] = 1;
      if (GoldRoot(c) != 0 && c.size() >= 3) e.codes.push_back(c.substr(0, 3));
    }
  }
  return e;
}

}  // namespace

Result<std::string> LearnPairModel(const std::string& data_dir, const std::vector<std::string>& set_dirs,
                                   PairTrainingOptions options,
                                   const std::function<void(const std::string&)>& report, PairLearningStats* stats) {
  const std::string data = data_dir.empty() ? DefaultDataDir() : data_dir;
  Result<AgencyTable> agencies = AgencyTable::Load(data + "/ingest/agencies.tsv");
  if (!agencies.ok()) return agencies.status();
  Result<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create(data);
  if (!analyzer.ok()) return analyzer.status();
  InputReader reader(std::move(agencies).value());
  std::vector<PairExample> examples;
  for (const std::string& dir : set_dirs) {
    // The set's folder name, not its path, keys its examples: the same sets
    // train the same model from any working directory.
    std::string set_name = dir;
    while (set_name.size() > 1 && set_name.back() == '/') set_name.pop_back();
    set_name = std::filesystem::path(set_name).filename().string();
    // A sentence set teaches both ways. A story set (stories/ and
    // stories_gold.jsonl) does not say which sentence tells an event: a
    // required root teaches only the one sentence naming its pair (below).
    for (const bool story_set : {false, true}) {
      const std::string gold_path = dir + (story_set ? "/stories_gold.jsonl" : "/gold.jsonl");
      const std::string stories = dir + (story_set ? "/stories" : "/sentences.jsonl");
      std::error_code ec;
      if (story_set && !std::filesystem::exists(gold_path, ec)) continue;
      Result<std::string> text = ReadWholeFile(gold_path);
      if (!text.ok()) return text.status();
      Result<std::vector<GoldDocument>> gold = ParseGold(*text, gold_path);
      if (!gold.ok()) return gold.status();
      std::unordered_map<std::string, const GoldDocument*> by_doc;
      for (const GoldDocument& g : *gold) {
        by_doc[g.doc] = &g;
      }
      if (!std::filesystem::exists(stories, ec)) return Status::NotFound(stories + ": no such file or folder");
      reader.ReadPaths(
          {stories},
          [&](Document&& doc) {
            auto it = by_doc.find(doc.id);
            if (it == by_doc.end()) return;
            ++stats->documents;
            std::vector<PairInstance> instances = (*analyzer)->PairInstances(std::move(doc));
            // In a story, a required event teaches the one sentence that names
            // its pair, when only one does; else it is left out everywhere.
            std::map<std::pair<std::string, std::string>, int> sentences_naming;
            for (const PairInstance& instance : instances) ++sentences_naming[{instance.source, instance.target}];
            // Else the sentence sharing most words with the item's "what"
            // (kMinSharedWords, and more than any other) is taught its roots.
            std::set<std::pair<size_t, int>> told;  // (instance, root)
            if (story_set) {
              for (const GoldItem& item : it->second->required) {
                const std::vector<std::string> starts = WhatStarts(item);
                size_t best = instances.size();
                int best_score = 0, second = 0;
                for (size_t k = 0; k < instances.size(); ++k) {
                  if (!Names(item, instances[k].source, instances[k].target)) continue;
                  const int score = SharedWords(starts, instances[k].features);
                  if (score > best_score) {
                    second = best_score;
                    best_score = score;
                    best = k;
                  } else {
                    second = std::max(second, score);
                  }
                }
                if (best_score < kMinSharedWords || second == best_score) continue;
                for (const std::string& c : item.codes) {
                  if (int r = GoldRoot(c)) told.insert({best, r});
                }
              }
            }
            for (size_t k = 0; k < instances.size(); ++k) {
              PairInstance& instance = instances[k];
              const bool alone = sentences_naming[{instance.source, instance.target}] == 1;
              const std::string key = set_name + (story_set ? "|T|" : "|S|") + doc.id + "|" +
                                      std::to_string(instance.sentence) + "|" + instance.source + ">" + instance.target;
              examples.push_back(Label(*it->second, std::move(instance)));
              examples.back().key = Fnv1a64(key);
              for (size_t r = 0; r < examples.back().label.size(); ++r) {
                int8_t& y = examples.back().label[r];
                if (story_set && y > 0 && !alone && !told.count({k, static_cast<int>(r) + 1})) y = -1;
                stats->positives += y > 0;
              }
              if (story_set && !alone) examples.back().codes.clear();
            }
          },
          [&](InputProblem&& p) { report(p.where + ": " + p.message); });
    }
  }
  stats->examples = examples.size();
  return TrainPairModel(examples, options);
}

}  // namespace dyad
