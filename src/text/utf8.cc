#include "text/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstring>

namespace dyad {

char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  size_t i = *pos;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  int len;
  char32_t cp;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    *pos = i + 1;
    return 0xFFFD;
  }
  if (i + len > s.size()) {
    *pos = i + 1;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      *pos = i + 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *pos = i + 1;
    return 0xFFFD;
  }
  *pos = i + len;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

Utf8Repair RepairUtf8(std::string* s) {
  Utf8Repair result;
  const std::string& in = *s;
  // First pass without copying: most input is valid.
  size_t i = 0;
  bool found = false;
  while (i < in.size()) {
    // Eight ASCII bytes at a time: the usual case.
    if (i + 8 <= in.size()) {
      uint64_t w;
      std::memcpy(&w, in.data() + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(in[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp = DecodeUtf8(in, &i);
    // A genuine U+FFFD in the input is three bytes long; a replacement is one.
    if (cp == 0xFFFD && i - start == 1) {
      result.first_bad_byte = start;
      found = true;
      break;
    }
  }
  // `i` alone cannot tell: a bad last byte also leaves it at the end.
  if (!found) return result;
  std::string out = in.substr(0, result.first_bad_byte);
  out.reserve(in.size() + 16);
  i = result.first_bad_byte;
  while (i < in.size()) {
    size_t start = i;
    char32_t cp = DecodeUtf8(in, &i);
    if (cp == 0xFFFD && i - start == 1) {
      ++result.bad_sequences;
      // Swallow the rest of a broken multi-byte sequence as one replacement.
      while (i < in.size() && (static_cast<unsigned char>(in[i]) & 0xC0) == 0x80) ++i;
    }
    AppendUtf8(cp, &out);
  }
  *s = std::move(out);
  return result;
}

std::string ToNfc(std::string_view s) {
  bool ascii = true;
  for (unsigned char c : s) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  // Most text is NFC already: checked on the UTF-8 itself, no UTF-16 copy.
  // (A normalized string normalizes to itself, so this only skips work.)
  UErrorCode check = U_ZERO_ERROR;
  icu::StringPiece piece(s.data(), static_cast<int32_t>(s.size()));
  if (nfc->isNormalizedUTF8(piece, check) && U_SUCCESS(check)) return std::string(s);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(piece);
  if (nfc->quickCheck(u, status) == UNORM_YES && U_SUCCESS(status)) return std::string(s);
  status = U_ZERO_ERROR;
  icu::UnicodeString normalized = nfc->normalize(u, status);
  if (U_FAILURE(status)) return std::string(s);
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

}  // namespace dyad
