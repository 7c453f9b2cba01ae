#include "util/json_string.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Whether none of the sizeof(Word) bytes at `p` needs escaping (no byte
// below 0x20, no quote, no backslash: exact "any byte" tests, see Bit
// Twiddling Hacks).
template <typename Word>
inline bool PlainBytes(const char* p) {
  Word w;
  std::memcpy(&w, p, sizeof w);
  constexpr Word kOnes = static_cast<Word>(0x0101010101010101ULL);
  constexpr Word kHigh = static_cast<Word>(0x8080808080808080ULL);
  Word below_space = (w - kOnes * 0x20) & ~w & kHigh;
  Word quote = ((w ^ (kOnes * '"')) - kOnes) & ~(w ^ (kOnes * '"')) & kHigh;
  Word backslash = ((w ^ (kOnes * '\\')) - kOnes) & ~(w ^ (kOnes * '\\')) & kHigh;
  return (below_space | quote | backslash) == 0;
}
inline bool PlainWord(const char* p) { return PlainBytes<uint64_t>(p); }
inline bool PlainHalf(const char* p) { return PlainBytes<uint32_t>(p); }

// The index of the first byte at or after `i` that needs escaping, or
// `s.size()`. Sixteen bytes at a time where SSE2 is there (every x86-64):
// most text has nothing to escape, and evidence sentences are long.
size_t NextEscaped(std::string_view s, size_t i) {
  const char* p = s.data();
  const size_t n = s.size();
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control_max = _mm_set1_epi8(0x1f);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // Unsigned v <= 0x1f is max(v, 0x1f) == 0x1f; a signed compare would
    // take every byte of a multi-byte UTF-8 sequence for a control.
    __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, control_max), control_max);
    __m128i hit = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    if (int mask = _mm_movemask_epi8(hit); mask != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  // The rest is under sixteen bytes (all of a code, a date or a name): two
  // overlapping words, or two overlapping halves of one, clear it at once.
  // Otherwise the loops below find the byte.
  if (n - i >= 8) {
    if (PlainWord(p + i) && PlainWord(p + n - 8)) return n;
  } else if (n - i >= 4) {
    if (PlainHalf(p + i) && PlainHalf(p + n - 4)) return n;
  }
  for (; i + 8 <= n && PlainWord(p + i); i += 8) {
  }
  for (; i < n; ++i) {
    if (kEscaped[static_cast<unsigned char>(p[i])]) return i;
  }
  return n;
}

}  // namespace

char* WriteJsonString(std::string_view s, char* out) {
  *out++ = '"';
  size_t run = 0;  // start of the bytes not yet copied: plain bytes go in one copy
  for (size_t i = NextEscaped(s, 0); i < s.size(); i = NextEscaped(s, i + 1)) {
    const unsigned char c = static_cast<unsigned char>(s[i]);  // stored text is valid UTF-8
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
