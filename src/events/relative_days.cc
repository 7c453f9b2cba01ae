#include "events/relative_days.h"

#include <array>
#include <string_view>

#include "util/day.h"

namespace dyad {
namespace {

struct RelativePhrase {
  std::array<std::string_view, 3> words;  // "" pads a shorter phrase
  int offset;                             // days from the day named before
};

// Phrases of agency copy that date an act by the one before it.
constexpr RelativePhrase kPhrases[] = {
    {{"the", "same", "day"}, 0},      {{"that", "same", "day"}, 0},   {{"later", "that", "day"}, 0},
    {{"earlier", "that", "day"}, 0},  {{"that", "day", ""}, 0},        {{"that", "evening", ""}, 0},
    {{"that", "night", ""}, 0},       {{"the", "next", "day"}, 1},     {{"the", "following", "day"}, 1},
    {{"a", "day", "later"}, 1},       {{"the", "day", "after"}, 1},    {{"the", "next", "morning"}, 1},
    {{"the", "following", "morning"}, 1}, {{"the", "previous", "day"}, -1}, {{"the", "day", "before"}, -1},
    {{"a", "day", "earlier"}, -1},    {{"two", "days", "later"}, 2},   {{"two", "days", "earlier"}, -2},
    {{"three", "days", "later"}, 3},  {{"within", "hours", ""}, 0},   {{"hours", "later", ""}, 0},
};

// The phrase starting at token i, with its length, or nullptr.
const RelativePhrase* PhraseAt(const DocumentTokens& t, uint32_t i, uint32_t end, uint32_t* length) {
  for (const RelativePhrase& p : kPhrases) {
    uint32_t n = 0;
    while (n < p.words.size() && !p.words[n].empty()) ++n;
    if (i + n > end) continue;
    bool all = true;
    for (uint32_t k = 0; k < n && all; ++k) all = t.text(i + k) == p.words[k];
    if (!all) continue;
    *length = n;
    return &p;
  }
  return nullptr;
}

}  // namespace

std::optional<DateMention> RelativeDay(const DocumentContext& ctx, int sentence, uint32_t begin, uint32_t end) {
  const DocumentTokens& t = ctx.r.tokens;
  for (uint32_t i = begin; i < end; ++i) {
    uint32_t length = 0;
    const RelativePhrase* p = PhraseAt(t, i, end, &length);
    if (p == nullptr) continue;
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
