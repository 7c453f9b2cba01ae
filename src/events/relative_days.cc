#include "events/relative_days.h"

#include <algorithm>
#include <set>

#include "events/sentence_context.h"
#include "util/day.h"
#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {

Result<RelativeDayPhrases> RelativeDayPhrases::Load(const std::string& path) { return ParseFile<RelativeDayPhrases>(path); }

Result<RelativeDayPhrases> RelativeDayPhrases::Parse(std::string_view tsv, std::string_view name) {
  RelativeDayPhrases out;
  std::set<std::string> seen;
  Status s = ForEachTsvLine(tsv, name, 2, 2, [&](const TsvLine& line) -> Status {
    Phrase p;
    std::string_view text = line.fields[0];
    size_t start = 0;
    while (start <= text.size()) {
      size_t space = std::min(text.find(' ', start), text.size());
      std::string_view w = text.substr(start, space - start);
      if (w.empty()) return line.Error("words separated by single spaces: \"" + std::string(text) + "\"");
      for (char c : w) {
        if (c < 'a' || c > 'z') return line.Error("lower-case words: \"" + std::string(text) + "\"");
      }
      p.words.emplace_back(w);
      start = space + 1;
    }
    std::string_view n = line.fields[1];
    bool minus = !n.empty() && n[0] == '-';
    if (minus) n.remove_prefix(1);
    if (n.size() != 1 || n[0] < '0' || n[0] > '7') return line.Error("an offset from -7 to 7 days: " + std::string(line.fields[1]));
    p.offset = (n[0] - '0') * (minus ? -1 : 1);
    if (!seen.insert(std::string(text)).second) return line.Error("listed twice: \"" + std::string(text) + "\"");
    out.phrases_.push_back(std::move(p));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  out.IndexFirstWords();
  return out;
}

void RelativeDayPhrases::IndexFirstWords() {
  for (uint32_t k = 0; k < phrases_.size(); ++k) {
    const std::string& w = phrases_[k].words.front();
    auto it = std::find_if(first_words_.begin(), first_words_.end(), [&](const FirstWord& f) { return f.word == w; });
    if (it == first_words_.end()) it = first_words_.insert(first_words_.end(), FirstWord{w, {}});
    it->phrases.push_back(k);
    first_byte_[static_cast<unsigned char>(w[0])] = true;
  }
}

const RelativeDayPhrases::Phrase* RelativeDayPhrases::At(const DocumentTokens& t, uint32_t i, uint32_t end) const {
  if (i >= end) return nullptr;
  std::string_view first = t.text(i);
  if (first.empty() || !first_byte_[static_cast<unsigned char>(first[0])]) return nullptr;
  for (const FirstWord& f : first_words_) {
    if (f.word != first) continue;
    // The longest phrase wins: "later that day" over "that day"; among
    // equally long ones the first in the file.
    const Phrase* best = nullptr;
    for (uint32_t index : f.phrases) {
      const Phrase& p = phrases_[index];
      if (i + p.words.size() > end || (best != nullptr && best->words.size() >= p.words.size())) continue;
      bool all = true;
      for (size_t k = 1; k < p.words.size() && all; ++k) all = t.text(i + k) == p.words[k];
      if (all) best = &p;
    }
    return best;
  }
  return nullptr;
}

std::optional<DateMention> RelativeDay(const DocumentContext& ctx, const RelativeDayPhrases& phrases, int sentence,
                                       uint32_t begin, uint32_t end) {
  const DocumentTokens& t = ctx.r.tokens;
  for (uint32_t i = begin; i < end; ++i) {
    const RelativeDayPhrases::Phrase* p = phrases.At(t, i, end);
    if (p == nullptr) continue;
    const uint32_t length = static_cast<uint32_t>(p->words.size());
    // The last day named before the phrase: this sentence first, then back.
    std::optional<DateMention> before;
    for (int s = sentence; s >= 0 && !before; --s) {
      for (const DateMention& d : ctx.DatesOf(static_cast<size_t>(s))) {
        if (d.precision != "day" || (s == sentence && d.begin >= i)) continue;
        before = d;
      }
    }
    if (!before) return std::nullopt;
    DateMention out;
    out.begin = i;
    out.end = i + length;
    out.first = out.last = AddDays(before->first, p->offset);
    out.precision = "day";
    out.text = std::string(t.text(i));
    for (uint32_t k = 1; k < length; ++k) out.text += " " + std::string(t.text(i + k));
    return out;
  }
  return std::nullopt;
}

}  // namespace dyad
