// UAX #29 sentence breaks (the rules ICU's sentence iterator runs) for the
// plain paragraphs that make up most news copy, so that ICU is run only on the
// paragraphs these rules leave to it. Internal to src/text: callers use
// SplitSentences.
//
// Thread safety: immutable after Get(); safe to use concurrently.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class SentenceRules {
 public:
  // The rules with ICU's own character classes and English break
  // suppressions (en_US@ss=standard); nullptr when ICU's data does not have
  // them in the form these rules assume, and then ICU reads every paragraph.
  static const SentenceRules* Get();

  // Appends to `cuts` the breaks ICU would report inside the paragraph
  // text[begin, end) (without its closing '\n'; the break after that is the
  // caller's) and returns true; or returns false, leaving `cuts` as it was,
  // when the paragraph has a character the rules below do not model (CR,
  // a separator, combining or format characters).
  bool Cuts(std::string_view text, size_t begin, size_t end, std::vector<uint32_t>* cuts) const;

 private:
  SentenceRules() = default;
  uint8_t ClassOf(char32_t cp) const;
  uint8_t ClassAt(std::string_view text, size_t* i) const;
  uint8_t ClassBefore(std::string_view text, size_t i) const;
  bool BuildSuppressions(std::vector<std::string> exceptions);
  // Whether ICU's English exceptions suppress the break before text[at].
  bool Suppressed(std::string_view text, size_t at) const;

  std::array<uint8_t, 128> ascii_{};
  // ICU's backward keys (whole exceptions, or the part of one up to its
  // first '.'), bucketed by the byte before their final '.', and its
  // forward keys (the exceptions whose part is a backward key).
  struct Key {
    std::string text;
    bool partial = false;
  };
  std::array<std::vector<Key>, 256> backward_;
  std::vector<std::string> forward_;
};

}  // namespace dyad
