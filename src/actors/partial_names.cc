#include "actors/partial_names.h"

#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "text/folding.h"
#include "util/tsv.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

// Longer names would give hundreds of forms; news shortens names of up to six words.
constexpr size_t kMaxWords = 6;

// A word a name is called by opens with a capital; particles ("bin", "de",
// "al-") do not, and a shortening never opens with one.
bool OpensWithCapital(std::string_view word) {
  unsigned char c = static_cast<unsigned char>(word.front());
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// The word before token `i` is a capitalised word of a name: neither a title
// nor a state word ("President", "Turkish President"), nor "The".
bool NameWordBefore(const DocumentTokens& d, const PhraseMatcher& matcher, uint32_t begin, uint32_t i) {
  if (i <= begin || !d.capitalized[i - 1] || !d.tokens[i - 1].is_word || d.text(i - 1) == "the") return false;
  for (uint32_t b = i >= begin + 3 ? i - 3 : begin; b < i; ++b) {
    PhraseMatcher::Match pm = matcher.LongestAt(d.ids, b);
    if (pm.end != i) continue;
    for (uint32_t p : matcher.Payloads(pm.node)) {
      if (ActorDictionary::KindOf(p) != PhraseKind::kPerson) return false;
    }
  }
  return true;
}

}  // namespace

void PartialNames::Add(std::string_view name, uint32_t person) {
  std::vector<std::string_view> words = SplitWords(name);
  if (words.size() < 3 || words.size() > kMaxWords) return;
  const size_t last = words.size() - 1;
  // Bit k of `mask` keeps word k of the words before the last; the last word
  // is always kept, the full name (every bit) is the dictionary's own phrase.
  const uint32_t all = (1u << last) - 1;
  for (uint32_t mask = 1; mask < all; ++mask) {
    std::string key;
    uint32_t tokens = 0;
    bool opens = true;
    for (size_t k = 0; k <= last; ++k) {
      if (k < last && !(mask & (1u << k))) continue;
      if (key.empty()) opens = OpensWithCapital(words[k]);
      std::string folded = FoldString(words[k]);
      for (std::string_view t : TokenTexts(folded)) {
        if (!key.empty()) key += ' ';
        key += t;
        ++tokens;
      }
    }
    if (!opens) continue;
    first_words_.emplace(key.substr(0, key.find(' ')));
    auto [it, inserted] = forms_.try_emplace(key, static_cast<int>(person));
    if (!inserted && it->second != static_cast<int>(person)) it->second = -1;
    if (tokens > max_tokens_) max_tokens_ = tokens;
  }
}

PartialNames::Match PartialNames::LongestAt(const DocumentTokens& d, const PhraseMatcher& matcher, uint32_t begin,
                                            uint32_t i, uint32_t end) const {
  Match best;
  if (i >= end || !d.capitalized[i]) return best;
  // Most capitalised words open no shortening: one look-up, not one per
  // word after them.
  if (!first_words_.contains(d.text(i))) return best;
  std::string key(d.text(i));
  for (uint32_t k = i + 1; k < end && k - i < max_tokens_; ++k) {
    key += ' ';
    key += d.text(k);
    // "Jong-un": the word after a joined hyphen goes on the name in lower case.
    if (!d.capitalized[k] && !d.JoinedHyphen(k - 1)) continue;
    auto it = forms_.find(key);
    if (it == forms_.end() || it->second < 0) continue;
    const uint32_t after = k + 1;
    const bool name_goes_on =
        after < end && ((d.capitalized[after] && d.tokens[after].is_word) || d.JoinedHyphen(after));
    if (!name_goes_on) best = {after, it->second};
  }
  // Asked last: most capitalised words open no shortening.
  if (best.person >= 0 && NameWordBefore(d, matcher, begin, i)) return Match{};
  return best;
}

}  // namespace dyad
