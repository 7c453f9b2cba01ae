// Which language a story is written in: the input's own tag when it gives one
// (normalised), else CLD2's answer on the text.
//
// Thread safety: all functions are reentrant.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// A BCP 47 tag as dyad keeps it: the language subtag lower-cased, Chinese
// split by script ("zh-TW", "zh-HK", "zh-Hant-TW" -> "zh-Hant"; "zh-CN",
// "zh-Hans" -> "zh"), any region dropped ("vi-VN" -> "vi", "en_US" -> "en").
// "" when `tag` is not a language tag.
std::string NormalizeLanguageTag(std::string_view tag);

// The language of `text` as CLD2 identifies it from at most its first 8 KB
// ("en", "vi", "zh", "zh-Hant", "fr" ...), or "" when it cannot tell.
std::string IdentifyLanguage(std::string_view text);

// The language subtag alone: "zh-Hant" -> "zh".
inline std::string_view PrimaryLanguage(std::string_view tag) { return tag.substr(0, tag.find('-')); }

}  // namespace dyad
