// Reads one HTML page into a Document: the story's text without navigation,
// scripts and boilerplate; its title; its publication date from meta tags.
#pragma once

#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// REQUIRES: `origin` names the input for messages (a path).
// The returned Document has title, text (paragraphs separated by "\n\n"), url
// (canonical link or og:url), source (og:site_name), published and
// published_from = "meta" when a date was found in article:published_time,
// og/article meta, <time datetime> inside the article, or JSON-LD datePublished;
// id is left empty for the caller. Bytes that are not HTML (binary junk, no text)
// give InvalidArgument naming `origin`.
Result<Document> ReadHtml(std::string_view bytes, std::string_view origin);

// The visible text of an HTML fragment (feed item content), paragraphs
// separated by "\n\n"; scripts and styles dropped, entities decoded. A
// fragment that would cost the parser too much (html_limits.h) has no text;
// when `refused` is given, it then receives the reason.
std::string HtmlFragmentToText(std::string_view html, std::string* refused = nullptr);

}  // namespace dyad
