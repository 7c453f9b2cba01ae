// What the HTML reader asks of a gumbo tree: parsing, tags and attributes,
// page furniture, an iterative walk, and the visible text of a subtree.
#pragma once

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::html {

struct GumboDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboPtr = std::unique_ptr<GumboOutput, GumboDeleter>;

// Parses a whole page; never fails (gumbo repairs any input).
GumboPtr Parse(std::string_view html);

bool IsAsciiSpace(char c);
std::string Lower(std::string_view s);
std::string_view Trim(std::string_view s);

// Elements carry their data in v.element; <template> is its own node type.
bool IsElement(const GumboNode* node);
bool HasTag(const GumboNode* node, GumboTag tag);
// The attribute's value, "" when absent.
std::string_view Attr(const GumboNode* node, const char* name);

// Elements that end a paragraph where they start and where they end.
bool IsBlockTag(GumboTag tag);

// True for an element whose subtree is page furniture. `keep_headers` spares
// <header> and class/id "header" (used inside an article, where the header is
// the story's own).
bool IsDropped(const GumboNode* node, bool keep_headers = false);

// Visits `root`'s subtree in document order. `enter(node)` returns false to
// skip a subtree; `leave(node)` runs after the children of every entered
// element. Iterative: real pages and fuzzed inputs nest elements far deeper
// than a recursive walk's stack would allow.
template <typename Enter, typename Leave>
void Walk(const GumboNode* root, Enter enter, Leave leave) {
  struct Frame { const GumboNode* node; bool leaving; };
  std::vector<Frame> stack = {{root, false}};
  while (!stack.empty()) {
    Frame frame = stack.back();
    stack.pop_back();
    if (frame.leaving) {
      leave(frame.node);
      continue;
    }
    if (!enter(frame.node) || !IsElement(frame.node)) continue;
    stack.push_back({frame.node, true});
    const GumboVector& children = frame.node->v.element.children;
    for (unsigned i = children.length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(children.data[i]), false});
    }
  }
}

// The visible text under `root` (never dropped itself: it was chosen as the
// story), paragraphs separated by "\n\n".
std::string TextOf(const GumboNode* root);

// For titles: one line, whatever blocks the source split it into.
std::string OneLine(std::string_view text);

}  // namespace dyad::html
