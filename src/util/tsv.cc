#include "util/tsv.h"

#include <cctype>

namespace dyad {

Status TsvLine::Error(std::string_view message) const {
  return Status::InvalidArgument(std::string(file) + ":" + std::to_string(number) + ": " + std::string(message));
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i]))) return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return s.substr(b, e - b);
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < s.size();) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::vector<std::string_view> SplitList(std::string_view field) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= field.size()) {
    size_t bar = field.find('|', start);
    if (bar == std::string_view::npos) bar = field.size();
    std::string_view item = Trim(field.substr(start, bar - start));
    if (!item.empty() && item != "-") out.push_back(item);
    start = bar + 1;
  }
  return out;
}

Status ForEachTsvLine(std::string_view text, std::string_view file, size_t min_fields, size_t max_fields,
                      const std::function<Status(const TsvLine&)>& visit) {
  TsvLine line;
  line.file = file;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line.number;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (Trim(raw).empty() || Trim(raw)[0] == '#') continue;
    line.fields.clear();
    size_t start = 0;
    for (;;) {
      size_t tab = raw.find('\t', start);
      if (tab == std::string_view::npos) {
        line.fields.push_back(raw.substr(start));
        break;
      }
      line.fields.push_back(raw.substr(start, tab - start));
      start = tab + 1;
    }
    if (line.fields.size() < min_fields || line.fields.size() > max_fields) {
      return line.Error("expected " + std::to_string(min_fields) +
                        (max_fields != min_fields ? "-" + std::to_string(max_fields) : std::string()) +
                        " tab-separated fields, found " + std::to_string(line.fields.size()));
    }
    DYAD_RETURN_IF_ERROR(visit(line));
  }
  return Status::Ok();
}

Status ParseNamedWordLists(std::string_view tsv, std::string_view file, std::initializer_list<NamedWordList> lists,
                           bool one_list_per_word) {
  StringSet seen_names, seen_words;
  Status s = ForEachTsvLine(tsv, file, 2, 2, [&](const TsvLine& line) -> Status {
    StringSet* words = nullptr;
    for (const NamedWordList& list : lists) {
      if (line.fields[0] == list.name) words = list.words;
    }
    const std::string name(line.fields[0]);
    if (words == nullptr) return line.Error("unknown list " + name);
    if (!seen_names.insert(name).second) return line.Error(name + " listed twice");
    for (std::string_view w : SplitList(line.fields[1])) {
      for (char c : w) {
        if (c < 'a' || c > 'z') return line.Error("lower-case letters only: " + std::string(w));
      }
      if (one_list_per_word && !seen_words.insert(std::string(w)).second) {
        return line.Error(std::string(w) + " stands in two lists");
      }
      words->emplace(w);
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (const NamedWordList& list : lists) {
    if (!seen_names.contains(list.name)) {
      return Status::InvalidArgument(std::string(file) + ": list " + std::string(list.name) + " missing");
    }
  }
  return Status::Ok();
}

}  // namespace dyad
