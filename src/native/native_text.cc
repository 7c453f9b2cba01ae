#include "native/native_text.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace dyad {
namespace {

// Full-width and CJK punctuation as the ASCII the lexicons are written with.
char32_t AsciiPunct(char32_t cp) {
  switch (cp) {
    case U'，': return U',';
    case U'､': return U'、';  // an enumeration comma: no clause break
    case U'。': case U'．': case U'｡': return U'.';
    case U'；': return U';';
    case U'：': return U':';
    case U'！': return U'!';
    case U'？': return U'?';
    case U'（': return U'(';
    case U'）': return U')';
    case U'“': case U'”': case U'「': case U'」': case U'『': case U'』': case U'＂': return U'"';
    case U'‘': case U'’': return U'\'';
    case U'—': case U'–': case U'－': return U'-';
    default: return cp;
  }
}

// Vietnamese writes the tone of a syllable ending in "oa", "oe" or "uy"
// either on the first vowel (hòa, thủy: the older convention) or on the
// second (hoà, thuỷ). Keys use the first; `word` is lower case, NFC.
void CanonicalToneMark(std::u32string* word) {
  static const std::u32string kSecond[] = {U"àáảãạ", U"èéẻẽẹ", U"ỳýỷỹỵ"};
  static const std::u32string kFirstO = U"òóỏõọ", kFirstU = U"ùúủũụ";
  size_t n = word->size();
  if (n < 2) return;
  char32_t first = (*word)[n - 2], last = (*word)[n - 1];
  for (int v = 0; v < 3; ++v) {
    size_t tone = kSecond[v].find(last);
    if (tone == std::u32string::npos) continue;
    bool o_pair = v < 2 && first == U'o', u_pair = v == 2 && first == U'u';
    if (!o_pair && !u_pair) return;
    (*word)[n - 2] = o_pair ? kFirstO[tone] : kFirstU[tone];
    (*word)[n - 1] = v == 0 ? U'a' : v == 1 ? U'e' : U'y';
    return;
  }
}

bool IsWordPart(char32_t cp) {
  return u_isalpha(static_cast<UChar32>(cp)) || u_getCombiningClass(static_cast<UChar32>(cp)) != 0 ||
         u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK;
}

}  // namespace

std::vector<NativeToken> NativeTokenize(std::string_view text, uint32_t begin, uint32_t end,
                                        const HanConverter* converter) {
  std::vector<NativeToken> out;
  std::string_view span = text.substr(begin, end - begin);
  // Simplified forms, one per code point of the span, when it holds Han.
  std::u32string simplified;
  bool han = HasHan(span);
  if (han && converter != nullptr) simplified = converter->SimplifiedCodePoints(span);
  size_t index = 0;  // code point index in the span
  size_t pos = 0;
  while (pos < span.size()) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(span, &pos);
    size_t cp_index = index++;
    if (u_isspace(static_cast<UChar32>(cp)) || cp == 0xFEFF || cp == 0x200B) continue;
    NativeToken t;
    t.begin = begin + static_cast<uint32_t>(start);
    if (IsHan(cp)) {
      t.kind = NativeTokenKind::kHan;
      AppendUtf8(cp_index < simplified.size() ? simplified[cp_index] : cp, &t.key);
    } else if (IsWordPart(cp)) {
      std::u32string word(1, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
      t.capitalized = u_isupper(static_cast<UChar32>(cp));
      while (pos < span.size()) {
        size_t next = pos;
        char32_t c = DecodeUtf8(span, &next);
        if (IsHan(c) || !IsWordPart(c)) break;
        word.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
        pos = next;
        ++index;
      }
      CanonicalToneMark(&word);
      for (char32_t c : word) AppendUtf8(c, &t.key);
      t.kind = NativeTokenKind::kWord;
    } else if (cp >= U'0' && cp <= U'9') {
      t.kind = NativeTokenKind::kNumber;
      t.key.push_back(static_cast<char>(cp));
      // "500.000", "1,5": a separator between digits is part of the number
      // (a full stop there would end the clause).
      while (pos < span.size()) {
        bool digit = span[pos] >= '0' && span[pos] <= '9';
        bool separator = (span[pos] == '.' || span[pos] == ',') && pos + 1 < span.size() && span[pos + 1] >= '0' &&
                         span[pos + 1] <= '9';
        if (!digit && !separator) break;
        t.key.push_back(span[pos++]);
        ++index;
      }
    } else {
      t.kind = NativeTokenKind::kPunct;
      AppendUtf8(AsciiPunct(cp), &t.key);
    }
    t.end = begin + static_cast<uint32_t>(pos);
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<std::string> NativeKeys(std::string_view text, const HanConverter* converter) {
  std::string nfc = ToNfc(text);
  std::vector<std::string> keys;
  for (NativeToken& t : NativeTokenize(nfc, 0, static_cast<uint32_t>(nfc.size()), converter)) {
    keys.push_back(std::move(t.key));
  }
  return keys;
}

bool IsClauseBreak(const NativeToken& t) {
  if (t.kind != NativeTokenKind::kPunct || t.key.size() != 1) return false;
  char c = t.key[0];
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

}  // namespace dyad
