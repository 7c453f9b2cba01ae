// Sentence boundaries with ICU's rules (en_US@ss=standard) plus a merge pass
// for the abbreviations news copy uses (U.S., U.N., Feb., Gen., No., Dr., St.).
// ICU reads only the paragraphs the rules of sentence_rules.h cannot decide.
//
// Thread safety: safe to call concurrently (one ICU iterator per thread).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad {

struct SentenceSpan {
  uint32_t begin = 0;  // byte range in the text, surrounding white space trimmed
  uint32_t end = 0;
};

// REQUIRES: valid UTF-8. Paragraph breaks always end a sentence.
std::vector<SentenceSpan> SplitSentences(std::string_view text);

// The same with ICU reading every paragraph: the reference SplitSentences is
// tested against (it runs ICU only where its own rules cannot decide).
std::vector<SentenceSpan> SplitSentencesWithIcu(std::string_view text);

}  // namespace dyad
