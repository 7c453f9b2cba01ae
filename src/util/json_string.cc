#include "util/json_string.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace dyad {
namespace {

// Bytes that JSON strings cannot hold as they are: controls, quote, backslash.
constexpr std::array<bool, 256> kEscaped = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<size_t>(c)] = true;
  t['"'] = true;
  t['\\'] = true;
  return t;
}();

// Whether none of the eight bytes at `p` needs escaping (no byte below 0x20,
// no quote, no backslash: exact "any byte" tests, see Bit Twiddling Hacks).
inline bool PlainWord(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
  uint64_t quote = ((w ^ (kOnes * '"')) - kOnes) & ~(w ^ (kOnes * '"')) & kHigh;
  uint64_t backslash = ((w ^ (kOnes * '\\')) - kOnes) & ~(w ^ (kOnes * '\\')) & kHigh;
  return (below_space | quote | backslash) == 0;
}

}  // namespace

char* WriteJsonString(std::string_view s, char* out) {
  *out++ = '"';
  size_t run = 0;  // start of the bytes not yet copied: plain bytes go in one copy
  for (size_t i = 0; i < s.size(); ++i) {
    while (i + 8 <= s.size() && PlainWord(s.data() + i)) i += 8;
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!kEscaped[c]) continue;  // stored text is valid UTF-8
    std::memcpy(out, s.data() + run, i - run);
    out += i - run;
    run = i + 1;
    *out++ = '\\';
    switch (c) {
      case '"': *out++ = '"'; break;
      case '\\': *out++ = '\\'; break;
      case '\n': *out++ = 'n'; break;
      case '\r': *out++ = 'r'; break;
      case '\t': *out++ = 't'; break;
      default: {
        // As AppendJsonString's "\\u%04x": lower-case hex.
        constexpr char kHex[] = "0123456789abcdef";
        *out++ = 'u';
        *out++ = '0';
        *out++ = '0';
        *out++ = kHex[c >> 4];
        *out++ = kHex[c & 15];
      }
    }
  }
  std::memcpy(out, s.data() + run, s.size() - run);
  out += s.size() - run;
  *out++ = '"';
  return out;
}

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied: plain bytes go in one append
  for (size_t i = 0; i < s.size(); ++i) {
    // Skip eight plain bytes at a time (no byte below 0x20, no quote, no
    // backslash: exact "any byte" tests, see Bit Twiddling Hacks).
    while (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
      uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
      uint64_t quote = ((w ^ (kOnes * '"')) - kOnes) & ~(w ^ (kOnes * '"')) & kHigh;
      uint64_t backslash = ((w ^ (kOnes * '\\')) - kOnes) & ~(w ^ (kOnes * '\\')) & kHigh;
      if ((below_space | quote | backslash) != 0) break;
      i += 8;
    }
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!kEscaped[c]) continue;  // stored text is valid UTF-8
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out->append(buf);
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendJsonStringOrNull(std::string_view s, std::string* out) {
  if (s.empty()) {
    out->append("null");
  } else {
    AppendJsonString(s, out);
  }
}

void AppendJsonInteger(int64_t v, std::string* out) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, end);
}

void AppendJsonIntegers(std::initializer_list<int64_t> values, std::string* out) {
  out->push_back('[');
  bool first = true;
  for (int64_t v : values) {
    if (!first) out->push_back(',');
    first = false;
    AppendJsonInteger(v, out);
  }
  out->push_back(']');
}

}  // namespace dyad
