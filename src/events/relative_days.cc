#include "events/relative_days.h"

#include <algorithm>
#include <set>

#include "events/sentence_context.h"
#include "events/word_classes.h"
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
    // "paused its offensive for five days after talks": a span of time,
    // not a day counted from another; nor is "eleven months to the day
    // after" one day after anything.
    if (best != nullptr && i > 0) {
      const std::string_view before = t.text(i - 1);
      if (before == "for" || before == "within" || before == "than" || before == "to") return nullptr;
    }
    return best;
  }
  return nullptr;
}

namespace {

// "the day after", "a day after" followed by words: a clause (or a noun)
// the phrase dates relative to the sentence's day, not a day of its own.
bool OpensClause(const DocumentTokens& t, const RelativeDayPhrases::Phrase& p, uint32_t i, uint32_t end) {
  const std::string& last = p.words.back();
  if (last != "after" && last != "before") return false;
  const uint32_t next = i + static_cast<uint32_t>(p.words.size());
  if (next >= end) return false;
  std::string_view w = t.text(next);
  return !w.empty() && ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9'));
}

// Where a clause ends or another begins, for the scans of RelativeDayOfAct.
bool EndsClause(std::string_view w) {
  return w == "," || w == ";" || w == ":" || w == "(" || w == "when" || w == "which" || w == "who" ||
         w == "while" || w == "because" || w == "since" || w == "after" || w == "before" || w == "but" ||
         w == "whereas" || w == "although" || w == "though";
}

// The last day-precision date of `sentence` that ends by token `limit` and
// dates an act that happened (not "by Friday", "next week").
std::optional<DateMention> LastDayBefore(const DocumentContext& ctx, int sentence, uint32_t begin, uint32_t limit) {
  std::optional<DateMention> out;
  for (const DateMention& d : ctx.DatesOf(static_cast<size_t>(sentence))) {
    if (d.precision != "day" || d.end > limit || ctx.IsLaterDate(d, begin)) continue;
    out = d;
  }
  return out;
}

// The first day-precision date of `sentence` past the comma that ends the
// clause holding token `from` (before `end`): the main clause's day.
std::optional<DateMention> FirstDayAfterClause(const DocumentContext& ctx, int sentence, uint32_t begin, uint32_t from,
                                               uint32_t end) {
  const DocumentTokens& t = ctx.r.tokens;
  uint32_t comma = from;
  while (comma < end && t.text(comma) != ",") ++comma;
  if (comma >= end) return std::nullopt;
  for (const DateMention& d : ctx.DatesOf(static_cast<size_t>(sentence))) {
    if (d.precision != "day" || d.begin <= comma || ctx.IsLaterDate(d, begin)) continue;
    return d;
  }
  return std::nullopt;
}

// The comma at `i` parts two actors of a list ("after Saudi Arabia, the
// United Arab Emirates, Bahrain and Egypt cut ties"), closing no clause.
bool CommaInActorList(const DocumentContext& ctx, int sentence, uint32_t i) {
  const DocumentTokens& t = ctx.r.tokens;
  if (t.text(i) != ",") return false;
  bool before = false;
  bool after = false;
  for (uint32_t k : ctx.r.by_sentence[static_cast<size_t>(sentence)]) {
    const ActorChunk& c = ctx.r.chunks[k];
    before = before || c.end == i;
    after = after || c.begin == i + 1 || (c.begin == i + 2 && t.text(i + 1) == "the");
  }
  return before && after;
}

DateMention Moved(const DocumentTokens& t, const DateMention& from, uint32_t i, size_t length, int offset) {
  DateMention out;
  out.begin = i;
  out.end = i + static_cast<uint32_t>(length);
  out.first = out.last = AddDays(from.first, offset);
  out.precision = "day";
  out.text = std::string(t.text(i));
  for (uint32_t k = 1; k < length; ++k) out.text += " " + std::string(t.text(i + k));
  return out;
}

}  // namespace

std::optional<DateMention> RelativeDayOfAct(const DocumentContext& ctx, const RelativeDayPhrases& phrases, int sentence,
                                            uint32_t begin, uint32_t end, uint32_t act_begin, uint32_t act_end) {
  const DocumentTokens& t = ctx.r.tokens;
  // After the act, before its clause ends, when the act is the second of
  // two the sentence joins: "fired on Saturday and rammed a supply boat … a
  // day later". Elsewhere such a phrase more often dates a noun or a clause
  // after the act ("rejecting Moon's call a day earlier for dialogue").
  // A day named on the way is the act's own ("on Saturday and rammed …").
  const std::vector<DateMention>& dates = ctx.DatesOf(static_cast<size_t>(sentence));
  const bool joined = act_begin > begin && (t.text(act_begin - 1) == "and" || t.text(act_begin - 1) == "then");
  for (uint32_t i = act_end; joined && i < end; ++i) {
    if (std::any_of(dates.begin(), dates.end(), [&](const DateMention& d) { return d.begin == i; })) break;
    if (const RelativeDayPhrases::Phrase* p = phrases.At(t, i, end); p != nullptr) {
      if (OpensClause(t, *p, i, end)) break;
      std::optional<DateMention> from = LastDayBefore(ctx, sentence, begin, i);
      if (!from) break;
      return Moved(t, *from, i, p->words.size(), p->offset);
    }
    if (EndsClause(t.text(i))) break;
  }
  // Opening the act's own clause after "and" or ";", before its subject:
  // "struck the camp on Tuesday, and a day later Pakistan shot down …".
  for (uint32_t i = begin + 1; i < act_begin; ++i) {
    const std::string_view joint = t.text(i - 1);
    if (joint != "and" && joint != ";" && joint != "then") continue;
    const RelativeDayPhrases::Phrase* p = phrases.At(t, i, end);
    if (p == nullptr || OpensClause(t, *p, i, end)) continue;
    const uint32_t after = i + static_cast<uint32_t>(p->words.size());
    bool own_clause = after <= act_begin && act_begin < after + 8;
    for (uint32_t k = after; own_clause && k < act_begin; ++k) {
      own_clause = !EndsClause(t.text(k)) &&
                   std::none_of(dates.begin(), dates.end(), [&](const DateMention& d) { return d.begin == k; });
    }
    if (!own_clause) continue;
    if (std::optional<DateMention> from = LastDayBefore(ctx, sentence, begin, i)) {
      return Moved(t, *from, i, p->words.size(), p->offset);
    }
  }
  // Right after the act, closing its clause: "eluded capture when US troops
  // invaded Panama the previous day, as …" (not "rejected Moon's call a day
  // earlier for dialogue", where the phrase dates the noun before it).
  // A promise ("would release the pilot the next day") is dated by its saying.
  bool promised = false;
  for (uint32_t k = act_begin >= begin + 2 ? act_begin - 2 : begin; k < act_end; ++k) {
    const std::string_view w = t.text(k);
    promised = promised || w == "to" || IsModalAuxiliary(w);
  }
  if (!joined && !promised && act_end < end) {
    if (const RelativeDayPhrases::Phrase* p = phrases.At(t, act_end, end); p != nullptr && !OpensClause(t, *p, act_end, end)) {
      const uint32_t next = act_end + static_cast<uint32_t>(p->words.size());
      const std::string_view after = next < end ? t.text(next) : std::string_view(".");
      if (next >= end || after == "." || EndsClause(after) || after == "as" || after == "and") {
        if (std::optional<DateMention> from = LastDayBefore(ctx, sentence, begin, act_begin)) {
          return Moved(t, *from, act_end, p->words.size(), p->offset);
        }
      }
    }
  }
  // Before the act, opening its clause: ", a day after Indian warplanes struck".
  std::optional<DateMention> out;
  for (uint32_t i = begin; i < act_begin; ++i) {
    const RelativeDayPhrases::Phrase* p = phrases.At(t, i, end);
    if (p == nullptr || !OpensClause(t, *p, i, end)) {
      if (EndsClause(t.text(i)) && !CommaInActorList(ctx, sentence, i)) out.reset();
      continue;
    }
    std::optional<DateMention> from = LastDayBefore(ctx, sentence, begin, i);
    // "Two days after a British submarine sank the Belgrano, Argentine jets
    // struck … on Tuesday": a phrase that opens the sentence counts back from
    // the day of the main clause after it.
    if (!from && (i == begin || t.text(i - 1) == "-")) from = FirstDayAfterClause(ctx, sentence, begin, act_end, end);
    out.reset();
    if (from) out = Moved(t, *from, i, p->words.size(), -p->offset);
    i += static_cast<uint32_t>(p->words.size()) - 1;  // its last word ("after") ends no clause here
  }
  if (!out) return out;
  // "hours after demonstrators stormed the building on Sunday": the clause
  // names its own day.
  for (uint32_t i = out->end; i < end; ++i) {
    if (i >= act_end && EndsClause(t.text(i))) break;
    if (std::any_of(dates.begin(), dates.end(), [&](const DateMention& d) { return d.begin == i; })) return std::nullopt;
  }
  return out;
}

std::optional<DateMention> RelativeDay(const DocumentContext& ctx, const RelativeDayPhrases& phrases, int sentence,
                                       uint32_t begin, uint32_t end) {
  const DocumentTokens& t = ctx.r.tokens;
  for (uint32_t i = begin; i < end; ++i) {
    const RelativeDayPhrases::Phrase* p = phrases.At(t, i, end);
    if (p == nullptr || OpensClause(t, *p, i, end)) continue;
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
