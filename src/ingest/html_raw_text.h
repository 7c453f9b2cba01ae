// The HTML5 tokenizer's text-level rules that the cost pre-scan needs
// (html_limits.cc): ASCII case folding, tag names at a position, and where
// the text of a raw-text element (<script>, <style>, <title>...) ends.
#pragma once

#include <cstddef>
#include <string_view>

namespace dyad::html {

inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
inline char ToLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// True when `s` equals `lower` ignoring ASCII case.
bool EqualsLower(std::string_view s, std::string_view lower);

// True when `s` holds "<name" (or "</name" when `end`) at `at`, followed by
// a character that ends a tag name. `name` is lower case.
bool TagAt(std::string_view s, size_t at, std::string_view name, bool end);

// Where the text of a raw-text element ends: the position of its end tag,
// npos when it runs to the end of the page. Script data follows the
// tokenizer's escape states, so that "</script>" inside "<!--<script>...-->"
// is not taken for the end.
size_t RawTextEnd(std::string_view s, size_t from, std::string_view name);

}  // namespace dyad::html
