// Reads an RSS 2.0 or Atom feed: one Document per item/entry.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// True when the bytes look like an RSS or Atom document (<rss or <feed root).
bool LooksLikeFeed(std::string_view bytes);

// Each item becomes a Document with title, url (link), published (pubDate /
// published / updated / dc:date, published_from = "feed"), source (the channel
// or feed title), text (content:encoded, content or description/summary, HTML
// turned to text) and id: the item's guid/id when present, else its link, else
// "<feed_stem>-<n>" (1-based). An item with no text is skipped. A document that
// is not a well-formed feed gives InvalidArgument naming `origin` (and the line
// libxml2 reports). An item skipped because its HTML was too costly to parse
// (html_limits.h) is a lost story, so when `skipped` is given it receives each
// such item.
struct SkippedFeedItem {
  std::string where;  // origin:line of the item
  std::string why;
};
Result<std::vector<Document>> ReadFeed(std::string_view bytes, std::string_view origin,
                                       std::string_view feed_stem,
                                       std::vector<SkippedFeedItem>* skipped = nullptr);

}  // namespace dyad
