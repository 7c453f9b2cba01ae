#include "relations/phrase_index.h"

#include <algorithm>
#include <cctype>

#include "text/folding.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

bool CapitalOrDigit(unsigned char c) { return std::isupper(c) != 0 || std::isdigit(c) != 0; }

// "railways" for "railway", "taxes" for "tax", "policies" for "policy".
bool PluralOf(std::string_view word, std::string_view stem) {
  if (word.size() == stem.size() + 1 && word.back() == 's' && word.substr(0, stem.size()) == stem) return true;
  if (word.size() == stem.size() + 2 && word.ends_with("es") && word.substr(0, stem.size()) == stem) return true;
  return stem.size() > 1 && stem.back() == 'y' && word.size() == stem.size() + 2 && word.ends_with("ies") &&
         word.substr(0, stem.size() - 1) == stem.substr(0, stem.size() - 1);
}

// The index key of a phrase (its first token) or of a text token: the first
// four bytes, so that "viet" finds "vietnam" and "rail" finds "railways",
// packed in an integer ("us" and "usa" differ by the zero bytes).
uint32_t KeyOf(std::string_view first_token) {
  uint32_t key = 0;
  for (size_t i = 0; i < first_token.size() && i < 4; ++i) {
    key |= static_cast<uint32_t>(static_cast<unsigned char>(first_token[i])) << (8 * i);
  }
  return key;
}

size_t FilterBit(uint32_t key) { return (key * 2654435761u) >> 16; }

}  // namespace

bool PhraseIndex::Add(std::string_view phrase, uint32_t payload, Options options) {
  FoldedText folded = Fold(phrase);
  std::vector<Token> tokens = Tokenize(folded.text);
  if (std::none_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.is_word; })) return false;
  Entry e;
  e.payload = payload;
  e.options = options;
  for (const Token& t : tokens) {
    uint32_t raw = folded.RawStart(t.begin);
    if (raw < phrase.size() && CapitalOrDigit(static_cast<unsigned char>(phrase[raw]))) {
      e.capitals.push_back(static_cast<uint32_t>(e.squeezed.size()));
    }
    e.squeezed.append(folded.text, t.begin, t.end - t.begin);
  }
  if (options.case_matters && tokens.size() == 1) {
    const uint32_t b = folded.RawStart(tokens[0].begin);
    e.exact = std::string(phrase.substr(b, folded.RawEnd(tokens[0].end) - b));
  }
  const uint32_t key = KeyOf(std::string_view(folded.text).substr(tokens[0].begin, tokens[0].end - tokens[0].begin));
  by_first_[key].push_back(std::move(e));
  maybe_.set(FilterBit(key));
  return true;
}

bool PhraseIndex::Matches(const Entry& e, const DocumentTokens& t, std::string_view raw, uint32_t at, uint32_t end,
                          uint32_t* last) const {
  if (!e.exact.empty()) {
    if (raw.substr(t.raw_begin[at], t.raw_end[at] - t.raw_begin[at]) != e.exact) return false;
    *last = at + 1;
    return true;
  }
  // Tokens from `at` on, run together, until they spell the phrase (or, for a
  // topic word, its plural) at a token's end.
  const std::string& want = e.squeezed;
  size_t length = 0;
  uint32_t i = at;
  bool matched = false;
  for (; i < end && !matched; ++i) {
    std::string_view w = t.text(i);
    const size_t before = length;
    length += w.size();
    if (length <= want.size()) {
      if (want.compare(before, w.size(), w) != 0) return false;
      matched = length == want.size();
      continue;
    }
    // The token runs past the phrase: only a plural ending may.
    if (!e.options.plural_ending || before > want.size()) return false;
    std::string spelled = want.substr(0, before);
    spelled.append(w);
    if (!PluralOf(spelled, want)) return false;
    matched = true;
  }
  if (!matched) return false;
  if (e.options.case_matters) {
    // Each word the phrase writes with a capital is so written in the text:
    // find the text token holding that letter and read the raw byte there.
    size_t offset = 0;
    size_t c = 0;
    for (uint32_t k = at; k < i && c < e.capitals.size(); ++k) {
      const size_t size = t.tokens[k].end - t.tokens[k].begin;
      while (c < e.capitals.size() && e.capitals[c] < offset + size) {
        const size_t folded_at = t.tokens[k].begin + (e.capitals[c] - offset);
        const uint32_t r = t.folded.raw_offset[folded_at];
        if (r >= raw.size() || !CapitalOrDigit(static_cast<unsigned char>(raw[r]))) return false;
        ++c;
      }
      offset += size;
    }
  }
  *last = i;
  return true;
}

std::vector<PhraseIndex::Hit> PhraseIndex::Find(const DocumentTokens& t, std::string_view raw, uint32_t begin,
                                                uint32_t end) const {
  std::vector<Hit> hits;
  end = std::min<uint32_t>(end, static_cast<uint32_t>(t.size()));
  for (uint32_t i = begin; i < end;) {
    Hit best;
    const uint32_t key = KeyOf(t.text(i));
    auto it = maybe_.test(FilterBit(key)) ? by_first_.find(key) : by_first_.end();
    if (it != by_first_.end()) {
      for (const Entry& e : it->second) {
        uint32_t last = 0;
        if (Matches(e, t, raw, i, end, &last) && last > best.last) best = {e.payload, i, last};
      }
    }
    if (best.last > i) {
      hits.push_back(best);
      i = best.last;
    } else {
      ++i;
    }
  }
  return hits;
}

}  // namespace dyad
