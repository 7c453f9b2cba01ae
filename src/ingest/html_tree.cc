// Gumbo tree helpers of the HTML reader (html_tree.h).
#include "ingest/html_tree.h"

#include <array>

namespace dyad::html {
namespace {

// Class/id fragments that mark page furniture rather than story text.
constexpr std::array<std::string_view, 16> kBoilerplateWords = {
    "nav",    "menu",    "footer", "header",     "sidebar",   "share",
    "social", "comment", "related", "advert",    "promo",     "cookie",
    "breadcrumb", "subscribe", "newsletter", "banner"};

char ToLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
// Tags whose content is never story text. <header> is listed separately because
// the date search keeps an article's own header (where bylines put the date).
bool IsDroppedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
      return true;
    default:
      return false;
  }
}

bool HasBoilerplateName(std::string_view value, bool keep_headers) {
  if (value.empty()) return false;
  std::string lower = Lower(value);
  for (std::string_view word : kBoilerplateWords) {
    if (keep_headers && word == "header") continue;
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

// Accumulates text into paragraphs, collapsing runs of whitespace (and no-break
// spaces, which pages use as layout) to one space.
class TextBuilder {
 public:
  void Append(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
      bool nbsp = text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
      if (nbsp || IsAsciiSpace(text[i])) {
        pending_space_ = !current_.empty();
        if (nbsp) ++i;
        continue;
      }
      if (pending_space_) current_ += ' ';
      pending_space_ = false;
      current_ += text[i];
    }
  }
  void Space() { pending_space_ = !current_.empty(); }
  void Break() {
    if (!current_.empty()) {
      if (!text_.empty()) text_ += "\n\n";
      text_ += current_;
      current_.clear();
    }
    pending_space_ = false;
  }
  std::string Finish() {
    Break();
    return std::move(text_);
  }

 private:
  std::string text_;
  std::string current_;
  bool pending_space_ = false;
};

}  // namespace

GumboPtr Parse(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are never read; don't spend memory on them
  const char* data = html.empty() ? "" : html.data();
  return GumboPtr(gumbo_parse_with_options(&options, data, html.size()));
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToLower(c);
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool IsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

bool HasTag(const GumboNode* node, GumboTag tag) { return IsElement(node) && node->v.element.tag == tag; }

std::string_view Attr(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr == nullptr ? std::string_view() : std::string_view(attr->value);
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BR: case GUMBO_TAG_TR:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_PRE: case GUMBO_TAG_HR:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY: case GUMBO_TAG_HEADER:
      return true;
    default:
      return false;
  }
}

bool IsDropped(const GumboNode* node, bool keep_headers) {
  if (node->type == GUMBO_NODE_TEMPLATE) return true;
  if (!IsElement(node)) return false;
  GumboTag tag = node->v.element.tag;
  if (IsDroppedTag(tag) || (tag == GUMBO_TAG_HEADER && !keep_headers)) return true;
  // <body class="has-sidebar"> describes the page layout, not furniture.
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY) return false;
  return HasBoilerplateName(Attr(node, "class"), keep_headers) ||
         HasBoilerplateName(Attr(node, "id"), keep_headers);
}

std::string TextOf(const GumboNode* root) {
  TextBuilder builder;
  auto enter = [&](const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
        builder.Append(node->v.text.text);
        return false;
      case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE:
        if (node != root && IsDropped(node)) return false;
        if (IsBlockTag(node->v.element.tag)) builder.Break();
        if (HasTag(node, GUMBO_TAG_TD) || HasTag(node, GUMBO_TAG_TH)) builder.Space();
        return true;
      default:
        return false;
    }
  };
  auto leave = [&](const GumboNode* node) {
    if (IsBlockTag(node->v.element.tag)) builder.Break();
    if (HasTag(node, GUMBO_TAG_TD) || HasTag(node, GUMBO_TAG_TH)) builder.Space();
  };
  Walk(root, enter, leave);
  return builder.Finish();
}

std::string OneLine(std::string_view text) {
  TextBuilder builder;
  builder.Append(text);
  return builder.Finish();
}

}  // namespace dyad::html
