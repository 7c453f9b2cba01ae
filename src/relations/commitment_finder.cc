#include "relations/commitment_finder.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "util/file_io.h"
#include "util/string_hash.h"
#include "util/tsv.h"

namespace dyad {
namespace {

// Words an object does not reach back over: articles, prepositions,
// conjunctions, possessives, and the sentence's verbs of promise and work.
bool StopsObject(std::string_view w) {
  static const StringSet kStops = {
      "the", "a", "an", "of", "to", "for", "and", "or", "on", "in", "at", "with", "by", "that", "this", "these",
      "those", "will", "would", "its", "their", "his", "her", "our", "both", "two", "sides", "new", "more",
      "further", "especially", "including", "such", "as", "from", "between", "into", "build", "develop", "promote",
      "expand", "boost", "strengthen", "deepen", "enhance", "connect", "improve", "accelerate",
      "implement", "support", "open", "upgrade", "construct", "finance", "fund", "provide", "increase", "other",
      "also", "all", "several", "many", "some", "key", "major", "cooperation", "construction", "areas", "fields",
      "like", "via", "through", "about", "over", "under", "than", "be", "is", "are", "was", "were", "has", "have",
      "had", "said", "says", "say", "agreed", "pledged", "signed", "vowed", "promised", "committed", "must"};
  return kStops.count(w) > 0;
}

// Words after which an object goes on to name the route or the partners.
bool ContinuesObject(std::string_view w) {
  return w == "linking" || w == "connecting" || w == "between" || w == "from" || w == "joining";
}

bool Verbish(std::string_view w) {
  return (w.size() > 4 && w.ends_with("ing")) || (w.size() > 3 && w.ends_with("ed"));
}

}  // namespace

Result<CommitmentFinder> CommitmentFinder::Load(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  CommitmentFinder f;
  std::set<std::string> ids;
  Status s = ForEachTsvLine(*text, path, 3, 3, [&](const TsvLine& line) -> Status {
    CommitmentStage stage;
    stage.id = std::string(line.fields[0]);
    if (stage.id.empty() || !std::all_of(stage.id.begin(), stage.id.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      return line.Error("a stage id is lower-case ASCII letters");
    }
    if (!ids.insert(stage.id).second) return line.Error("stage listed twice: " + stage.id);
    if (line.fields[1].size() != 1 || line.fields[1][0] < '0' || line.fields[1][0] > '6') {
      return line.Error("order must be 0-6");
    }
    stage.order = line.fields[1][0] - '0';
    const uint32_t index = static_cast<uint32_t>(f.stages_.size());
    size_t phrases = 0;
    for (std::string_view p : SplitList(line.fields[2])) {
      if (!f.index_.Add(p, index, {.case_matters = false, .plural_ending = false})) {
        return line.Error("phrase '" + std::string(p) + "' has no word");
      }
      ++phrases;
    }
    if (phrases == 0) return line.Error("stage '" + stage.id + "' has no phrase");
    f.stages_.push_back(std::move(stage));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (const char* needed : {"proposed", "pledged", "signed"}) {
    if (f.Stage(needed) == nullptr) return Status::InvalidArgument(path + ": no stage '" + needed + "'");
  }
  return f;
}

const CommitmentStage* CommitmentFinder::Stage(std::string_view id) const {
  for (const CommitmentStage& s : stages_) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

std::vector<CommitmentMention> CommitmentFinder::Find(const ResolvedDocument& r, std::string_view raw, uint32_t begin,
                                                      uint32_t end, const EventRecord& e,
                                                      const std::vector<PhraseIndex::Hit>& topic_hits,
                                                      const TopicList& topics, const IsPlace& is_place) const {
  if (topic_hits.empty() || e.root < "02" || e.root > "08") return {};
  const DocumentTokens& t = r.tokens;
  std::vector<PhraseIndex::Hit> stage_hits = index_.Find(t, raw, begin, end);
  std::string stage;
  if (!stage_hits.empty()) {
    stage = stages_[stage_hits.front().payload].id;
  } else if (e.cameo.starts_with("057")) {
    stage = "signed";
  } else if (e.root == "02") {
    stage = "proposed";
  } else if (e.root == "03") {
    stage = "pledged";
  } else {
    return {};
  }
  // Tokens an actor stands on (a person, an organisation, a state: "Chinese
  // loans", "China's imports") are no project's name; places the gazetteer
  // knows are ("the Lao Cai-Hanoi-Hai Phong railway", "Jakarta-Bandung").
  auto place_at = [&](uint32_t i) {
    auto words = [&](uint32_t a, uint32_t b) {  // tokens [a, b) as the gazetteer folds a name
      std::string s;
      for (uint32_t k = a; k < b; ++k) s += (k > a ? " " : "") + std::string(t.text(k));
      return s;
    };
    return is_place(words(i, i + 1)) || (i + 1 < end && is_place(words(i, i + 2))) ||
           (i > begin && is_place(words(i - 1, i + 1)));
  };
  // Chunks are in text order: start at the first that reaches the sentence.
  const auto from =
      std::partition_point(r.chunks.begin(), r.chunks.end(), [&](const ActorChunk& c) { return c.end <= begin; });
  // Asked only of the capitalised words before a topic's phrase.
  auto actor_at = [&](uint32_t i) {
    for (auto it = from; it != r.chunks.end() && it->begin <= i; ++it) {
      if (!it->actors.empty() && i >= it->begin && i < it->end) return !place_at(i);
    }
    return false;
  };
  auto in_stage_phrase = [&](uint32_t i) {
    return std::any_of(stage_hits.begin(), stage_hits.end(), [&](const PhraseIndex::Hit& h) { return i >= h.first && i < h.last; });
  };
  // Phrases of one topic side by side are one object ("standard-gauge
  // railways").
  std::vector<PhraseIndex::Hit> merged;
  for (const PhraseIndex::Hit& h : topic_hits) {
    if (!merged.empty() && merged.back().payload == h.payload && merged.back().last == h.first) {
      merged.back().last = h.last;
    } else {
      merged.push_back(h);
    }
  }
  std::vector<CommitmentMention> out;
  for (const PhraseIndex::Hit& h : merged) {
    const std::string& topic = topics.topics()[h.payload].id;
    if (std::any_of(out.begin(), out.end(), [&](const CommitmentMention& m) { return m.topic == topic; })) continue;
    // The object: the topic's phrase with the words that qualify it before
    // ("standard-gauge", "Lao Cai-Hanoi") and the route or partners after.
    uint32_t first = h.first, last = h.last;
    for (int n = 0; n < 8 && first > begin; ++n) {
      std::string_view w = t.text(first - 1);
      const bool hyphen = w == "-" && t.JoinedHyphen(first - 1);
      if (!hyphen && (!t.tokens[first - 1].is_word || StopsObject(w) || in_stage_phrase(first - 1) ||
                      (Verbish(w) && !(first >= 2 && t.JoinedHyphen(first - 2))))) {
        break;
      }
      --first;
    }
    if (last < end && ContinuesObject(t.text(last))) {
      uint32_t k = last + 1;
      for (; k < end && k < last + 7; ++k) {
        std::string_view w = t.text(k);
        if ((!t.tokens[k].is_word && !t.JoinedHyphen(k)) || w == "to" || w == "for" || w == "with" || w == "by" ||
            w == "which" || w == "that" || w == "as" || w == "will") {
          break;
        }
        // "linking Viet Nam and China" goes on; "… and explore exchanges" is
        // another clause.
        if (w == "and" && (k + 1 >= end || t.raw_begin[k + 1] >= raw.size() ||
                           !std::isupper(static_cast<unsigned char>(raw[t.raw_begin[k + 1]])))) {
          break;
        }
      }
      last = k;
    }
    CommitmentMention m;
    m.topic = topic;
    m.stage = stage;
    m.object = std::string(raw.substr(t.raw_begin[first], t.raw_end[last - 1] - t.raw_begin[first]));
    for (uint32_t i = first; i < h.first; ++i) {
      // A capitalised word before the topic's phrase that names no actor
      // and does not open the sentence: a project's name.
      const bool capital = t.raw_begin[i] < raw.size() && std::isupper(static_cast<unsigned char>(raw[t.raw_begin[i]]));
      if (!t.tokens[i].is_word || !capital || i == begin || actor_at(i)) continue;
      if (!m.project.empty()) m.project += ' ';
      m.project += std::string(t.text(i));
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace dyad
