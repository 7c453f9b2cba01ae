// Text of RSS and Atom elements as dyad stores it.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// Collapses whitespace runs to one space and trims.
std::string CollapseSpaces(std::string_view text);

// Feed text as dyad stores it: paragraphs separated by "\n\n". Markup goes
// through the HTML reader. Plain text keeps its blank-line paragraphs; an '&'
// left after XML decoding is a doubly escaped entity ("&amp;amp;"), so such
// paragraphs are decoded as HTML too. Markup too costly to parse gives ""
// and, when `refused` is given, the reason in it.
std::string FeedText(std::string_view raw, std::string* refused = nullptr);

// Titles are one line whatever markup they carry.
std::string FeedTitle(std::string_view raw);

}  // namespace dyad
