// One sentence's tokens as TokenizeDocument makes them for a story (folded
// text, raw offsets), without an actor dictionary: for the phrase tests.
#pragma once

#include <string>

#include "actors/document_tokens.h"
#include "text/folding.h"
#include "text/tokenizer.h"

namespace dyad::testing {

inline DocumentTokens OneSentenceTokens(const std::string& raw) {
  DocumentTokens d;
  d.folded = Fold(raw);
  d.tokens = Tokenize(d.folded.text);
  for (const Token& t : d.tokens) {
    d.raw_begin.push_back(d.folded.RawStart(t.begin));
    d.raw_end.push_back(d.folded.RawEnd(t.end));
  }
  d.sentence_tokens.push_back({0, static_cast<uint32_t>(d.tokens.size())});
  return d;
}

}  // namespace dyad::testing
