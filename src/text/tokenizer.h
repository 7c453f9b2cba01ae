// Splits folded text into word and punctuation tokens. Dictionaries, patterns
// and documents all go through this one tokenizer, so their token sequences
// agree ("U.S." is "u . s ." everywhere).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad {

struct Token {
  uint32_t begin = 0;  // byte range in the folded text
  uint32_t end = 0;
  bool is_word = false;  // letters/digits (non-ASCII bytes count as letters)
  // A bare apostrophe that is the possessive of a word in -s ("Vilnius'
  // decision", "the Philippines' envoy"): its text reads "'s". Only
  // TokenizeDocument sets it (actors/document_tokens.h); Tokenize never does.
  bool bare_possessive = false;
};

// Words are runs of [a-z0-9] and non-ASCII bytes; "'s" after a word is its own
// token; every other non-space byte is a one-byte punctuation token.
// REQUIRES: `folded` is folded text (lower case ASCII where ASCII).
std::vector<Token> Tokenize(std::string_view folded);

// The token texts alone ("Sino-Vietnamese" -> {"sino", "-", "vietnamese"}).
std::vector<std::string_view> TokenTexts(std::string_view folded);

}  // namespace dyad
