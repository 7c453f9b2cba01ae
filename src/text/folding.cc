#include "text/folding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <bit>
#include <mutex>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/utf8.h"

namespace dyad {
namespace {

// Folded forms of U+0080..U+2FFF are computed once with ICU and kept in a
// table: per-code-point ICU calls would cost more than the rest of the scan.
constexpr char32_t kTableEnd = 0x3000;

class FoldTable {
 public:
  FoldTable() {
    for (char32_t cp = 0x80; cp < kTableEnd; ++cp) table_[cp] = Compute(cp);
  }
  const std::string& Get(char32_t cp) const { return table_[cp]; }

  static std::string Compute(char32_t cp) {
    switch (cp) {
      case 0x0110: case 0x0111: case 0x0189: case 0x00D0: case 0x00F0:
        return "d";  // Đ đ Ɖ Ð ð have no decomposition; NFD leaves them
      case 0x0141: case 0x0142: return "l";
      case 0x0131: return "i";  // Turkish dotless ı: "Yıldırım" is written "Yildirim" too
      case 0x00D8: case 0x00F8: return "o";
      case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x202F: case 0x3000:
        return " ";
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x02BC:
        return "'";
      case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: case 0x2033:
        return "\"";
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return "-";
      case 0x2026: return "...";
      case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD: return "";
      default: break;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString s(static_cast<UChar32>(cp));
    icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(s, status) : s;
    if (U_FAILURE(status)) decomposed = s;
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length();) {
      UChar32 c = decomposed.char32At(i);
      i += U16_LENGTH(c);
      if (u_charType(c) == U_NON_SPACING_MARK) continue;
      kept.append(c);
    }
    kept.foldCase();
    std::string out;
    kept.toUTF8String(out);
    return out;
  }

 private:
  std::array<std::string, kTableEnd> table_;
};

const FoldTable& Table() {
  static const FoldTable* table = new FoldTable();
  return *table;
}

template <typename Emit>
void FoldInto(std::string_view raw, Emit emit) {
  const FoldTable& table = Table();
  size_t i = 0;
  while (i < raw.size()) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c < 0x80) {
      char f = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      emit(std::string_view(&f, 1), i);
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp = DecodeUtf8(raw, &i);
    if (cp < kTableEnd) {
      emit(std::string_view(table.Get(cp)), start);
    } else {
      std::string f = FoldTable::Compute(cp);
      emit(std::string_view(f), start);
    }
  }
}

}  // namespace

uint32_t FoldedText::RawEnd(size_t fend) const {
  // The end of a range is the start of the next code point that is not part of
  // the last folded byte's code point.
  if (fend == 0) return raw_offset[0];
  uint32_t last = raw_offset[fend - 1];
  for (size_t k = fend; k < raw_offset.size(); ++k) {
    if (raw_offset[k] != last) return raw_offset[k];
  }
  return raw_offset.back();
}

namespace {

// The end of the run of ASCII bytes that starts at `i`.
size_t AsciiRunEnd(std::string_view raw, size_t i) {
#if defined(__SSE2__)
  for (; i + 16 <= raw.size(); i += 16) {
    int high = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(raw.data() + i)));
    if (high != 0) return i + static_cast<size_t>(std::countr_zero(static_cast<unsigned>(high)));
  }
#endif
  while (i < raw.size() && static_cast<unsigned char>(raw[i]) < 0x80) ++i;
  return i;
}

}  // namespace

FoldedText Fold(std::string_view raw) {
  FoldedText out;
  out.text.reserve(raw.size());
  out.raw_offset.reserve(raw.size() + 1);
  // Runs of ASCII (most of any story) are folded in bulk, the rest as
  // FoldInto does it, one code point at a time.
  size_t i = 0;
  while (i < raw.size()) {
    size_t j = AsciiRunEnd(raw, i);
    if (j > i) {
      size_t base = out.text.size();
      out.text.resize(base + (j - i));
      out.raw_offset.resize(base + (j - i));
      char* text = out.text.data() + base;
      uint32_t* offset = out.raw_offset.data() + base;
      size_t k = i;
#if defined(__SSE2__)
      // Sixteen bytes at a time: 'A'..'Z' gain 32, the offsets count up.
      const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1), gap = _mm_set1_epi8(32);
      const __m128i four = _mm_set1_epi32(4);
      for (; k + 16 <= j; k += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(raw.data() + k));
        __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmplt_epi8(v, after_z));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(text), _mm_add_epi8(v, _mm_and_si128(upper, gap)));
        text += 16;
        const int first = static_cast<int>(k);
        __m128i at = _mm_setr_epi32(first, first + 1, first + 2, first + 3);
        for (int q = 0; q < 4; ++q) {
          _mm_storeu_si128(reinterpret_cast<__m128i*>(offset), at);
          offset += 4;
          at = _mm_add_epi32(at, four);
        }
      }
#endif
      for (; k < j; ++k) {
        char c = raw[k];
        *text++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
        *offset++ = static_cast<uint32_t>(k);
      }
      i = j;
      continue;
    }
    size_t end = i;
    while (end < raw.size() && static_cast<unsigned char>(raw[end]) >= 0x80) ++end;
    size_t base = i;
    FoldInto(raw.substr(i, end - i), [&](std::string_view piece, size_t raw_pos) {
      out.text.append(piece);
      out.raw_offset.insert(out.raw_offset.end(), piece.size(), static_cast<uint32_t>(base + raw_pos));
    });
    i = end;
  }
  out.raw_offset.push_back(static_cast<uint32_t>(raw.size()));
  return out;
}

std::string FoldString(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  FoldInto(raw, [&](std::string_view piece, size_t) { out.append(piece); });
  return out;
}

}  // namespace dyad
