#include "text/language_id.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>

namespace dyad {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

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
  if (code == nullptr || code[0] == '\0' || std::string_view(code) == "un") return "";
  return NormalizeLanguageTag(code);
}

}  // namespace dyad
