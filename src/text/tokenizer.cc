#include "text/tokenizer.h"

#include <array>
#include <cstdint>

namespace dyad {
namespace {

// Byte classes by table: the tokenizer looks at every byte of every story.
enum : uint8_t { kOther = 0, kSpace = 1, kWord = 2 };
constexpr std::array<uint8_t, 256> kClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 || (c >= 'A' && c <= 'Z')) t[c] = kWord;
  }
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = kSpace;
  return t;
}();

inline bool IsWordByte(unsigned char c) { return kClass[c] == kWord; }

inline bool IsSpace(unsigned char c) { return kClass[c] == kSpace; }

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  tokens.reserve(s.size() / 5 + 4);
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (IsWordByte(c)) {
      size_t start = i;
      while (i < n && IsWordByte(static_cast<unsigned char>(s[i]))) ++i;
      tokens.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i), true, false});
      // Possessive 's stays one token so patterns can say "$T 's ambassador".
      if (i + 1 < n && s[i] == '\'' && s[i + 1] == 's' &&
          (i + 2 == n || !IsWordByte(static_cast<unsigned char>(s[i + 2])))) {
        tokens.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 2), true, false});
        i += 2;
      }
      continue;
    }
    tokens.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), false, false});
    ++i;
  }
  return tokens;
}

std::vector<std::string_view> TokenTexts(std::string_view folded) {
  std::vector<std::string_view> out;
  for (const Token& t : Tokenize(folded)) out.push_back(folded.substr(t.begin, t.end - t.begin));
  return out;
}

}  // namespace dyad
