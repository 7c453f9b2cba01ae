// Keeps gumbo's tree construction linear (html_reader.cc).
//
// gumbo 0.10.1 walks its stack of open elements (scope checks) or its list of
// active formatting elements for most tags, so a page that nests N elements
// costs O(N^2): 100k nested <div> took 39 s, 3.8 MB of unclosed <div><p>
// 77 s. Misnested formatting elements with distinct attributes are re-opened
// ("reconstructed") in every later paragraph, and duplicate-attribute checks
// are quadratic in a tag's attributes.
//
// BoundHtmlCost is a linear pre-scan that tokenizes the page as the HTML5
// tokenizer does and follows the tree builder's stack of open elements
// conservatively (when unsure whether gumbo pops, it does not pop), then:
//  - removes start tags that would nest deeper than kMaxHtmlDepth, so their
//    content stays, one level up (as browsers flatten: Chrome stops at 512);
//  - rejects a page whose tags, summed over their open elements, or whose
//    re-opened formatting elements or attribute comparisons would still cost
//    more than any real page (see html_limits.cc for the numbers).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// Real news pages nest fewer than 100-200 elements; Chrome's parser stops
// nesting at 512 as well.
inline constexpr size_t kMaxHtmlDepth = 512;

struct BoundedHtml {
  // The page with start tags beyond kMaxHtmlDepth removed; nullopt when
  // nothing was removed (the common case: no copy).
  std::optional<std::string> flattened;
  // The deepest stack of open elements the scan expects of gumbo (never
  // below gumbo's own, except for the html, head and body it adds).
  size_t deepest = 0;
};

// InvalidArgument naming `origin` (unless it is empty) when the page would
// cost gumbo too much.
Result<BoundedHtml> BoundHtmlCost(std::string_view html, std::string_view origin);

}  // namespace dyad
