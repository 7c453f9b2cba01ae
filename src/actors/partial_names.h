// People named by some words of a full name the dictionary lists, in order
// and ending with its last word: copy shortens long names ("Tayyip Erdoğan"
// for Recep Tayyip Erdoğan, "Manuel López Obrador", "Fernández de Kirchner"),
// and people.tsv writes each full name once rather than every shortening.
//
// Thread safety: immutable after the dictionary is loaded.
#pragma once

#include <cstdint>
#include <string_view>

#include "actors/document_tokens.h"
#include "util/string_hash.h"

namespace dyad {

class PartialNames {
 public:
  struct Match {
    uint32_t end = 0;  // one past the form's last token
    int person = -1;   // -1: no form starts here
  };

  // Adds the shortenings of one full name (as people.tsv writes it) of
  // `person`. A name of two words has none: one word alone is a short name,
  // which the story must first introduce (document_resolver.h). A shortening
  // two people share stands for neither.
  void Add(std::string_view name, uint32_t person);

  // The longest shortening written at token `i` of the sentence [begin, end),
  // capitalised as a name and standing alone: its first and last words start
  // with a capital, and no other name word touches it ("Khalid bin Salman" is
  // not Mohammed bin Salman; "Recep Tayyip Erdoğan Jr." not the father); a
  // title or a state word before it (`matcher`: the actor dictionary's) may.
  Match LongestAt(const DocumentTokens& d, const PhraseMatcher& matcher, uint32_t begin, uint32_t i,
                  uint32_t end) const;

 private:
  StringMap<int> forms_;    // folded tokens joined by ' ' -> person, -1 when shared
  StringSet first_words_;   // the first token of every form
  uint32_t max_tokens_ = 0;
};

}  // namespace dyad
