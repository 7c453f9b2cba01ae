// Text of feed elements as dyad stores it.
#include "ingest/feed_text.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "ingest/html_reader.h"

namespace dyad {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string FeedText(std::string_view raw, std::string* refused) {
  if (raw.find('<') != std::string_view::npos) return HtmlFragmentToText(raw, refused);
  std::string out;
  auto add_paragraph = [&](std::string_view paragraph) {
    std::string text = paragraph.find('&') != std::string_view::npos ? HtmlFragmentToText(paragraph, refused)
                                                                     : CollapseSpaces(paragraph);
    if (text.empty()) return;
    if (!out.empty()) out += "\n\n";
    out += text;
  };
  size_t start = 0;
  size_t line_start = 0;
  while (line_start <= raw.size()) {
    size_t line_end = std::min(raw.find('\n', line_start), raw.size());
    if (Trim(raw.substr(line_start, line_end - line_start)).empty()) {
      add_paragraph(raw.substr(start, line_start - start));
      start = line_end;
    }
    line_start = line_end + 1;
  }
  add_paragraph(raw.substr(std::min(start, raw.size())));
  return out;
}

std::string FeedTitle(std::string_view raw) { return CollapseSpaces(FeedText(raw)); }

}  // namespace dyad
