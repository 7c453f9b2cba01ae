#include "relations/topic_list.h"

#include <algorithm>
#include <set>

#include "text/folding.h"
#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {
namespace {

bool IsTopicId(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool HasCapital(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

Result<TopicList> TopicList::Load(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  TopicList list;
  std::set<std::string> ids, phrases;
  Status s = ForEachTsvLine(*text, path, 3, 3, [&](const TsvLine& line) -> Status {
    Topic t;
    t.id = std::string(line.fields[0]);
    if (!IsTopicId(t.id)) return line.Error("topic id '" + t.id + "' is not lower-case ASCII, digits and '_'");
    if (!ids.insert(t.id).second) return line.Error("topic '" + t.id + "' stands twice");
    t.label = std::string(Trim(line.fields[1]));
    if (t.label.empty()) return line.Error("topic '" + t.id + "' has no label");
    const uint32_t index = static_cast<uint32_t>(list.topics_.size());
    for (std::string_view p : SplitList(line.fields[2])) {
      if (!phrases.insert(FoldString(p)).second) return line.Error("phrase '" + std::string(p) + "' stands twice");
      // A phrase with a capital is a name or an acronym, written as it is.
      if (!list.index_.Add(p, index, {.case_matters = HasCapital(p), .plural_ending = true})) {
        return line.Error("phrase '" + std::string(p) + "' has no word");
      }
      t.phrases.emplace_back(p);
    }
    if (t.phrases.empty()) return line.Error("topic '" + t.id + "' has no phrase");
    list.topics_.push_back(std::move(t));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return list;
}

const Topic* TopicList::Find(std::string_view id) const {
  for (const Topic& t : topics_) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

std::vector<std::string> TopicList::TopicsIn(const DocumentTokens& tokens, std::string_view raw, uint32_t begin,
                                             uint32_t end) const {
  std::vector<bool> named(topics_.size(), false);
  for (const PhraseIndex::Hit& h : index_.Find(tokens, raw, begin, end)) named[h.payload] = true;
  std::vector<std::string> out;
  for (size_t k = 0; k < topics_.size(); ++k) {
    if (named[k]) out.push_back(topics_[k].id);
  }
  return out;
}

}  // namespace dyad
