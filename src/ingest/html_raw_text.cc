#include "ingest/html_raw_text.h"

namespace dyad::html {

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t k = 0; k < s.size(); ++k) {
    if (ToLower(s[k]) != lower[k]) return false;
  }
  return true;
}

bool TagAt(std::string_view s, size_t at, std::string_view name, bool end) {
  size_t i = at + (end ? 2 : 1);
  if (s.compare(at, end ? 2 : 1, end ? "</" : "<") != 0 || i + name.size() >= s.size()) return false;
  for (size_t k = 0; k < name.size(); ++k) {
    if (ToLower(s[i + k]) != name[k]) return false;
  }
  char after = s[i + name.size()];
  return IsTagSpace(after) || after == '/' || after == '>';
}

size_t RawTextEnd(std::string_view s, size_t from, std::string_view name) {
  if (name != "script") {
    for (size_t at = s.find("</", from); at != std::string_view::npos; at = s.find("</", at + 2)) {
      if (TagAt(s, at, name, true)) return at;
    }
    return std::string_view::npos;
  }
  enum { kData, kEscaped, kDoubleEscaped } state = kData;
  for (size_t i = from; i < s.size(); ++i) {
    if (state != kData && s.compare(i, 3, "-->") == 0) {
      state = kData;
      i += 2;
    } else if (s[i] != '<') {
      continue;
    } else if (state != kDoubleEscaped && TagAt(s, i, "script", true)) {
      return i;
    } else if (state == kData && s.compare(i, 4, "<!--") == 0) {
      i += 4;
      while (i < s.size() && s[i] == '-') ++i;  // "<!-->" and "<!--->" end at once
      state = i < s.size() && s[i] == '>' ? kData : kEscaped;
      --i;
    } else if (state == kEscaped && TagAt(s, i, "script", false)) {
      state = kDoubleEscaped;
    } else if (state == kDoubleEscaped && TagAt(s, i, "script", true)) {
      state = kEscaped;
    }
  }
  return std::string_view::npos;
}

}  // namespace dyad::html
