// "the same day", "the next day", "two days later": a day named relative to
// the last day the story named before.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "events/date_finder.h"

namespace dyad {

class DocumentContext;

// The phrases of data/events/relative_days.tsv, each with its offset in days.
class RelativeDayPhrases {
 public:
  static Result<RelativeDayPhrases> Load(const std::string& path);
  // Parses the file's text; `name` is the file named in error messages.
  static Result<RelativeDayPhrases> Parse(std::string_view tsv, std::string_view name);

  struct Phrase {
    std::vector<std::string> words;
    int offset = 0;  // days from the day named before
  };
  // The phrase starting at token `i` of `t` (ending at most at `end`), or
  // nullptr.
  const Phrase* At(const DocumentTokens& t, uint32_t i, uint32_t end) const;

 private:
  // Phrases by their first word, in file order: a token is compared with
  // the dozen first words, not with every phrase (At runs on every token of a
  // sentence that dates an act by nothing else).
  struct FirstWord {
    std::string word;
    std::vector<uint32_t> phrases;  // indices into phrases_
  };
  void IndexFirstWords();

  std::vector<Phrase> phrases_;
  std::vector<FirstWord> first_words_;
  std::array<bool, 256> first_byte_{};  // a first word starts with this byte
};

// The day a relative phrase in sentence `sentence` (tokens [begin, end))
// names, counted from the last day-precision date mentioned before the
// phrase in the document; nullopt when there is no such phrase or no day
// before it.
// A phrase that opens a clause ("a day after Indian warplanes struck …")
// is not counted here: it dates the act it introduces, not the sentence's.
std::optional<DateMention> RelativeDay(const DocumentContext& ctx, const RelativeDayPhrases& phrases, int sentence,
                                       uint32_t begin, uint32_t end);

// The day of the act at tokens [act_begin, act_end) that a phrase of its own
// clause names relative to a day the sentence (tokens [begin, end)) names
// before the phrase: "fired water cannon on Saturday and rammed a supply boat
// a day later" (the day after Saturday), and the other way for a phrase that
// opens the act's clause: "shot down two jets on Wednesday, a day after
// Indian warplanes struck" (the day before Wednesday). nullopt when no phrase
// dates the act so.
std::optional<DateMention> RelativeDayOfAct(const DocumentContext& ctx, const RelativeDayPhrases& phrases, int sentence,
                                            uint32_t begin, uint32_t end, uint32_t act_begin, uint32_t act_end);

}  // namespace dyad
