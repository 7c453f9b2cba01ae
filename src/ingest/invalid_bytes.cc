#include "ingest/invalid_bytes.h"

#include "text/utf8.h"

namespace dyad {
namespace {

constexpr char32_t kMarkerBase = 0x10FF00;  // + the byte, 0x80..0xFF

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// The byte a marker at `s[i]` stands for, or -1 when there is none there.
// Markers are F4 8F BE xx and F4 8F BF xx.
int MarkerAt(std::string_view s, size_t i) {
  if (i + 4 > s.size() || s[i] != '\xF4' || s[i + 1] != '\x8F') return -1;
  unsigned char third = static_cast<unsigned char>(s[i + 2]), fourth = static_cast<unsigned char>(s[i + 3]);
  if ((third != 0xBE && third != 0xBF) || !IsContinuation(fourth)) return -1;
  return static_cast<int>(((third & 0x01) << 6) | (fourth & 0x3F)) | 0x80;
}

// True when `in` may spell a code point of the marker range itself.
bool MayHoldMarkers(std::string_view in) {
  if (in.find("\xF4\x8F") != std::string_view::npos) return true;
  for (size_t at = in.find("\\u"); at != std::string_view::npos; at = in.find("\\u", at + 2)) {
    if (at + 5 <= in.size() && (in[at + 2] | 0x20) == 'd' && (in[at + 3] | 0x20) == 'b' &&
        (in[at + 4] | 0x20) == 'f') {
      return true;
    }
  }
  return false;
}

// Calls on_bad(byte) for each byte of an invalid sequence and on_good(piece)
// for the valid runs between, in order.
template <typename Bad, typename Good>
void WalkUtf8(std::string_view in, Bad on_bad, Good on_good) {
  size_t i = 0, run = 0;
  while (i < in.size()) {
    if (static_cast<unsigned char>(in[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp = DecodeUtf8(in, &i);
    // A genuine U+FFFD is three bytes long; a bad byte decodes alone.
    if (cp == 0xFFFD && i - start == 1) {
      on_good(in.substr(run, start - run));
      on_bad(static_cast<unsigned char>(in[start]));
      run = i;
    }
  }
  on_good(in.substr(run));
}

}  // namespace

MarkedUtf8 MarkInvalidUtf8(std::string_view in, std::string* out) {
  MarkedUtf8 result;
  out->assign(in);
  if (MayHoldMarkers(in)) {
    result.reversible = false;
    Utf8Repair repair = RepairUtf8(out);
    result.bad_sequences = repair.bad_sequences;
    result.first_bad_byte = repair.first_bad_byte;
    return result;
  }
  out->clear();
  out->reserve(in.size() + 16);
  size_t at = 0;
  bool after_bad = false;  // the previous byte was invalid: a continuation byte now swallows into its sequence
  WalkUtf8(
      in,
      [&](unsigned char b) {
        if (!(after_bad && IsContinuation(b))) {
          if (result.bad_sequences++ == 0) result.first_bad_byte = at;
        }
        AppendUtf8(kMarkerBase + b, out);
        after_bad = true;
        ++at;
      },
      [&](std::string_view good) {
        out->append(good);
        at += good.size();
        if (!good.empty()) after_bad = false;
      });
  return result;
}

size_t ReplaceMarkers(std::string* s) {
  if (s->find("\xF4\x8F") == std::string::npos) return 0;
  std::string out;
  out.reserve(s->size());
  size_t replaced = 0;
  bool after_marker = false;
  for (size_t i = 0; i < s->size();) {
    int b = MarkerAt(*s, i);
    if (b < 0) {
      out.push_back((*s)[i++]);
      after_marker = false;
      continue;
    }
    if (!(after_marker && IsContinuation(static_cast<unsigned char>(b)))) {
      out += "\xEF\xBF\xBD";
      ++replaced;
    }
    after_marker = true;
    i += 4;
  }
  *s = std::move(out);
  return replaced;
}

void RestoreMarkedBytes(std::string* s) {
  if (s->find("\xF4\x8F") == std::string::npos) return;
  std::string out;
  out.reserve(s->size());
  for (size_t i = 0; i < s->size();) {
    int b = MarkerAt(*s, i);
    if (b < 0) {
      out.push_back((*s)[i++]);
    } else {
      out.push_back(static_cast<char>(b));
      i += 4;
    }
  }
  *s = std::move(out);
}

bool PercentEncodeInvalidUtf8(std::string* s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  bool any_bad = false;
  WalkUtf8(*s, [&](unsigned char) { any_bad = true; }, [](std::string_view) {});
  if (!any_bad) return false;
  std::string out;
  out.reserve(s->size() + 16);
  WalkUtf8(
      *s,
      [&](unsigned char b) {
        out.push_back('%');
        out.push_back(kHex[b >> 4]);
        out.push_back(kHex[b & 0xF]);
      },
      [&](std::string_view good) {
        for (char c : good) {
          if (c == '%') {
            out += "%25";
          } else {
            out.push_back(c);
          }
        }
      });
  *s = std::move(out);
  return true;
}

}  // namespace dyad
