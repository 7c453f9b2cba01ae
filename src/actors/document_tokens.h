// A story's tokens with everything later stages look at: folded text, raw
// byte offsets, capitalisation, interned ids, and the sentence of each token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/phrase_matcher.h"
#include "text/folding.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "util/day.h"

namespace dyad {

class ActorDictionary;

struct DocumentTokens {
  FoldedText folded;                    // of the whole document text
  std::vector<Token> tokens;            // over folded.text
  std::vector<uint32_t> ids;            // interned in the actor matcher
  std::vector<uint32_t> raw_begin;      // byte range in the raw text
  std::vector<uint32_t> raw_end;
  std::vector<bool> capitalized;        // the raw token starts with an upper-case letter
  // Token range [first, second) of each sentence.
  std::vector<std::pair<uint32_t, uint32_t>> sentence_tokens;

  size_t size() const { return tokens.size(); }
  // Computed from offsets rather than stored: views into `folded.text` would
  // dangle when a short (in-place) string moves with the struct.
  // Built directly, not with substr: the tokenizer's offsets lie within the
  // text, and the bounds check of substr cost more than the view (~2 % of a
  // run: every stage asks for the text of every token several times).
  std::string_view text(size_t i) const {
    const Token& t = tokens[i];
    if (t.bare_possessive) [[unlikely]] return "'s";
    return std::string_view(folded.text.data() + t.begin, t.end - t.begin);
  }
  // Token k is a hyphen written against the words on both sides: "one-day",
  // "US-brokered", "British-Iranian".
  bool JoinedHyphen(size_t k) const {
    return k > 0 && k + 1 < size() && text(k) == "-" && tokens[k].begin == tokens[k - 1].end &&
           tokens[k + 1].begin == tokens[k].end;
  }
};

// "Under the leadership of X, …", "In a phone call with Y, …", "Congratulating
// the US on …,": when the sentence in tokens [b, e) opens with a preposition or
// a participle, the token index of the comma that ends that lead-in phrase;
// 0 otherwise. Actors inside it are not the sentence's subject.
// `opens_with_actor`: the sentence starts with an actor phrase ("Beijing …"),
// so an "-ing" first word is a name, not a participle.
uint32_t LeadInPhraseEnd(const DocumentTokens& d, uint32_t b, uint32_t e, bool opens_with_actor);

// "Vilnius' decision", "the Philippines' ambassador", "the United States'
// veto": an apostrophe written against a capitalised name in -s and followed
// by a word is that name's possessive, read as "'s" like "China's"
// (Token::bare_possessive). Not after a lower-case plural ("the two
// countries' ministries", "leaders' meeting") nor a plural demonym ("New
// Zealanders' thoughts") nor a name opening an apposition (", the
// Netherlands' most wanted suspect,"), whose apostrophe the rules read as
// written; and not where the sentence opened a single quote ("warned of
// 'grave consequences' Manila would face"), which it closes.
void MarkBarePossessives(const ActorDictionary& dict, DocumentTokens* d);

// Reads the names of period_names.tsv by the story's date: an adjective the
// story cannot mean as a state (published after its last day, or undated)
// is forgotten (kUnknownToken) where it is the longest phrase ("Soviet Union"
// stays a name); a former capital in a story of its period takes the id
// under which the matcher knows it as the capital ("Bonn said" in 1985).
void ApplyPeriodNames(const ActorDictionary& dict, Day published, DocumentTokens* d);

// REQUIRES: `sentences` are sorted byte ranges of `raw`.
DocumentTokens TokenizeDocument(std::string_view raw, const std::vector<SentenceSpan>& sentences,
                                const PhraseMatcher& matcher);

}  // namespace dyad
