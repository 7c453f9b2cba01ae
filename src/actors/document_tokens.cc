#include "actors/document_tokens.h"

#include <unicode/uchar.h>

#include "text/utf8.h"
#include "util/flat_map.h"
#include "text/word_shape.h"

namespace dyad {

uint32_t LeadInPhraseEnd(const DocumentTokens& d, uint32_t b, uint32_t e, bool opens_with_actor) {
  static const FlatStringSet kOpeners = {
      "under", "at", "in", "during", "on", "after", "before", "with", "for", "according", "amid", "following",
      "despite", "upon", "from", "since", "through", "besides", "beyond", "regarding", "as", "while", "when"};
  if (b >= e) return 0;
  std::string_view first = d.text(b);
  // "Congratulating the US, …", but not "Beijing summoned …".
  bool participle = !opens_with_actor && HasGerundShape(first);
  if (!kOpeners.Contains(first) && !participle) return 0;
  for (uint32_t i = b; i < e; ++i) {
    if (d.text(i) == ",") return i;
  }
  return 0;
}

DocumentTokens TokenizeDocument(std::string_view raw, const std::vector<SentenceSpan>& sentences,
                                const PhraseMatcher& matcher) {
  DocumentTokens d;
  d.folded = Fold(raw);
  d.tokens = Tokenize(d.folded.text);
  const size_t n = d.tokens.size();
  d.raw_begin.reserve(n);
  d.raw_end.reserve(n);
  d.capitalized.reserve(n);
  std::string_view folded = d.folded.text;
  for (const Token& t : d.tokens) {
    uint32_t rb = d.folded.RawStart(t.begin);
    d.raw_begin.push_back(rb);
    d.raw_end.push_back(d.folded.RawEnd(t.end));
    bool cap = false;
    if (t.is_word && rb < raw.size()) {
      unsigned char c = static_cast<unsigned char>(raw[rb]);
      if (c < 0x80) {
        cap = c >= 'A' && c <= 'Z';
      } else {
        size_t pos = rb;
        cap = u_isupper(static_cast<UChar32>(DecodeUtf8(raw, &pos)));
      }
    }
    d.capitalized.push_back(cap);
  }
  std::vector<std::string_view> texts;
  texts.reserve(n);
  for (const Token& t : d.tokens) texts.push_back(folded.substr(t.begin, t.end - t.begin));
  d.ids = matcher.Intern(texts);
  // Tokens are in text order and sentences too: one merge pass.
  size_t t = 0;
  for (const SentenceSpan& s : sentences) {
    while (t < n && d.raw_begin[t] < s.begin) ++t;
    uint32_t first = static_cast<uint32_t>(t);
    while (t < n && d.raw_begin[t] < s.end) ++t;
    d.sentence_tokens.emplace_back(first, static_cast<uint32_t>(t));
  }
  return d;
}

}  // namespace dyad
