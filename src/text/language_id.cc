#include "text/language_id.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <string>
#include <utility>
#include <vector>

#include <cld2/public/compact_lang_det.h>

#include "text/chinese_script.h"
#include "text/utf8.h"

namespace dyad {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether `text` has a lead byte of the CJK ideograph blocks (U+3400-U+9FFF
// start with 0xE3-0xE9): a byte scan, so English pays next to nothing.
bool MayHoldHan(std::string_view text) {
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0xE3 && u <= 0xE9) return true;
  }
  return false;
}

// More Han characters than Latin letters, and no kana or hangul.
bool MostlyHan(std::string_view text) {
  size_t han = 0, latin = 0;
  for (size_t pos = 0; pos < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      latin += IsAlpha(static_cast<char>(c));
      ++pos;
      continue;
    }
    char32_t cp = DecodeUtf8(text, &pos);
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xAC00 && cp <= 0xD7AF)) return false;
    han += IsHan(cp);
    latin += cp >= 0xC0 && cp <= 0x24F;
  }
  return han > 0 && han >= latin;
}

struct WordCounts {
  size_t words = 0, english = 0, vietnamese = 0;
};

// A word of at most eight bytes as one number, ASCII letters in lower case
// (enough for the function words below); 0 for a longer word or one with a
// NUL byte, which would pack as a shorter one.
uint64_t PackedWord(std::string_view w) {
  if (w.size() > 8) return 0;
  uint64_t v = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] == '\0') return 0;
    v |= uint64_t{static_cast<unsigned char>(Lower(w[i]))} << (8 * i);
  }
  return v;
}

// How many words `text` has, and how many of them are among the commonest
// English and Vietnamese function words. Words are compared as numbers: this
// runs on the head of every story.
WordCounts FunctionWords(std::string_view text) {
  static const auto kLists = [] {
    constexpr std::string_view kEnglish[] = {"the", "of", "and", "to", "in", "a", "on", "said", "with", "for",
                                             "that", "was", "is", "at", "by", "his", "her", "its", "it", "from"};
    constexpr std::string_view kVietnamese[] = {"của", "và", "các", "những", "với", "được", "đã", "trong", "cho",
                                                "là", "một", "này", "không", "người", "có", "về", "tại", "đến",
                                                "hai", "nước", "cũng", "sẽ", "ngày", "khi"};
    std::pair<std::vector<uint64_t>, std::vector<uint64_t>> lists;
    for (std::string_view w : kEnglish) lists.first.push_back(PackedWord(w));
    for (std::string_view w : kVietnamese) lists.second.push_back(PackedWord(w));
    return lists;
  }();
  WordCounts n;
  for (size_t i = 0; i < text.size();) {
    size_t j = text.find_first_of(" \t\r\n,.;:!?\"()", i);
    if (j == std::string_view::npos) j = text.size();
    const std::string_view word = text.substr(i, j - i);
    n.words += !word.empty();
    if (const uint64_t packed = PackedWord(word); packed != 0) {
      for (uint64_t w : kLists.first) n.english += packed == w;
      for (uint64_t w : kLists.second) n.vietnamese += packed == w;
    }
    i = j + 1;
  }
  return n;
}

// The plain-English check reads this much.
constexpr size_t kEnglishCheckBytes = 1024;

// CLD2 reads this much: a story's language shows in its first paragraphs, and
// a bound keeps the cost per story flat.
constexpr size_t kIdentifyBytes = 8192;

}  // namespace

std::string NormalizeLanguageTag(std::string_view tag) {
  while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
  while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
  std::string subtags[4];
  size_t n = 0;
  for (size_t i = 0; i <= tag.size() && n < 4;) {
    size_t j = tag.find_first_of("-_", i);
    if (j == std::string_view::npos) j = tag.size();
    for (char c : tag.substr(i, j - i)) subtags[n].push_back(Lower(c));
    ++n;
    i = j + 1;
  }
  const std::string& language = subtags[0];
  if (language.size() < 2 || language.size() > 3) return "";
  for (char c : language) {
    if (!IsAlpha(c)) return "";
  }
  if (language != "zh") return language;
  for (size_t k = 1; k < n; ++k) {
    const std::string& s = subtags[k];
    if (s == "hant" || s == "tw" || s == "hk" || s == "mo") return "zh-Hant";
    if (s == "hans" || s == "cn" || s == "sg") return "zh";
  }
  return "zh";
}

std::string IdentifyLanguage(std::string_view text) {
  // CLD2 answers English for nothing at all.
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return "";
  // Most stories are English, and English shows in its first lines: one word
  // in eight is "the", "of", "and" … CLD2 costs as much as a tenth of coding
  // a story, so it reads only what this does not settle.
  {
    std::string_view head = text.substr(0, std::min<size_t>(text.size(), kEnglishCheckBytes));
    WordCounts n = FunctionWords(head);
    if (n.english >= 6 && n.english * 8 >= n.words && n.vietnamese * 2 < n.english && !MayHoldHan(head)) return "en";
  }
  if (text.size() > kIdentifyBytes) {
    size_t cut = kIdentifyBytes;
    // Never cut a character: back up to the start of one.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  bool reliable = false;
  int valid_prefix = 0;
  CLD2::Language language = CLD2::DetectLanguageCheckUTF8(text.data(), static_cast<int>(text.size()),
                                                          /*is_plain_text=*/true, &reliable, &valid_prefix);
  if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE) return "";
  const char* code = CLD2::LanguageCode(language);
  std::string tag = code == nullptr || std::string_view(code) == "un" ? "" : NormalizeLanguageTag(code);
  // CLD2 reads a short Chinese sentence as anything at all ("en" for
  // "发言人表示，中方敦促美方…"): text mostly in Han characters, with no kana
  // or hangul, is Chinese whatever it says.
  if (PrimaryLanguage(tag) != "zh" && MayHoldHan(text) && MostlyHan(text)) return "zh";
  // English copy about Viet Nam is full of diacritics ("HÀ NỘI — Deputy Prime
  // Minister Lê Thành Long received …") and CLD2 may call it Vietnamese; the
  // words that hold a sentence together tell the two apart.
  if (tag == "vi") {
    WordCounts n = FunctionWords(text);
    if (n.english > n.vietnamese) return "en";
  }
  return tag;
}

}  // namespace dyad
