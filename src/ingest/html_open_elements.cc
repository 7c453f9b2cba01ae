// The stack of open elements of the cost pre-scan (html_open_elements.h).
#include "ingest/html_open_elements.h"

#include <algorithm>
#include <initializer_list>

namespace dyad::html {

uint32_t HtmlFlags(std::string_view name) {
  // Never freed: outlives every thread that may still be reading.
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, uint32_t>;
    auto mark = [t](std::initializer_list<std::string_view> names, uint32_t flags) {
      for (std::string_view n : names) (*t)[n] |= flags;
    };
    mark({"address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote",
          "body", "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir",
          "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame",
          "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
          "iframe", "img", "input", "isindex", "keygen", "li", "link", "listing", "main", "marquee",
          "menu", "menuitem", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p",
          "param", "plaintext", "pre", "script", "section", "select", "source", "style", "summary",
          "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr",
          "track", "ul", "wbr", "xmp"},
         kSpecial | kSpecialNotAdp);
    for (std::string_view n : {"address", "div", "p"}) (*t)[n] &= ~kSpecialNotAdp;
    mark({"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"}, kScope);
    mark({"button"}, kButton);
    mark({"ol", "ul"}, kList);
    mark({"html", "table", "template"}, kTableScope);
    mark({"td", "th", "caption", "applet", "marquee", "object", "template"}, kMarker);
    mark({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt",
          "u"},
         kFormatting);
    mark({"h1", "h2", "h3", "h4", "h5", "h6"}, kHeading);
    mark({"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
          "keygen", "link", "meta", "param", "source", "track", "wbr"},
         kVoid);
    // Start tags that close a <p> in button scope (not <table>: gumbo keeps
    // the p open in quirks mode).
    mark({"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
          "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol",
          "p", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form",
          "plaintext", "hr", "xmp", "li", "dd", "dt"},
         kClosesP);
    // Start tags that leave foreign (SVG, MathML) content.
    mark({"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
          "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu",
          "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub",
          "sup", "table", "tt", "u", "ul", "var"},
         kBreakout);
    mark({"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"}, kRawText);
    // End tags closing their element when it is in scope.
    mark({"address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir",
          "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main",
          "menu", "nav", "ol", "pre", "section", "summary", "ul", "applet", "marquee", "object",
          "template"},
         kScopedEnd);
    mark({"caption", "table", "tbody", "tfoot", "thead", "tr", "td", "th"}, kTablePart);
    return t;
  }();
  auto it = table->find(name);
  return kHtml | (it == table->end() ? 0 : it->second);
}

OpenElements::OpenElements() {
  for (std::string_view name : kKnownNames) Id(std::string(name));
}

uint32_t OpenElements::Id(const std::string& name) {
  auto [it, added] = ids_.try_emplace(name, static_cast<uint32_t>(by_name_.size()));
  if (added) {
    by_name_.emplace_back();
    pending_count_.push_back(0);
  }
  return it->second;
}

void OpenElements::Push(Entry entry) {
  stack_.push_back(entry);
  auto pos = static_cast<uint32_t>(stack_.size());
  by_name_[entry.id].push_back(pos);
  for (int c = 0; c < kCategories; ++c) {
    if (entry.flags & (1u << c)) by_category_[c].push_back(pos);
  }
}

void OpenElements::Pop() {
  Entry entry = stack_.back();
  stack_.pop_back();
  by_name_[entry.id].pop_back();
  for (int c = 0; c < kCategories; ++c) {
    if (entry.flags & (1u << c)) by_category_[c].pop_back();
  }
}

bool OpenElements::NoneAbove(size_t pos, uint32_t categories) const {
  for (int c = 0; c < kCategories; ++c) {
    if ((categories & (1u << c)) && !by_category_[c].empty() && by_category_[c].back() > pos) return false;
  }
  return true;
}

size_t OpenElements::TopOf(uint32_t category) const {
  for (int c = 0; c < kCategories; ++c) {
    if (category == (1u << c)) return by_category_[c].empty() ? 0 : by_category_[c].back();
  }
  return 0;
}

void OpenElements::PopTo(size_t pos) {
  while (pos > 0 && stack_.size() >= pos) {
    Entry entry = stack_.back();
    bool target = stack_.size() == pos;
    Pop();
    bool clears = target || entry.id == kTd || entry.id == kTh || entry.id == kCaption;
    if ((entry.flags & kMarker) && clears) DropPendingAfter(entry.order);
    if (target) break;
    if (entry.flags & kFormatting) {
      auto at = std::upper_bound(pending_.begin(), pending_.end(), entry,
                                 [](const Entry& a, const Entry& b) { return a.order < b.order; });
      pending_.insert(at, entry);
      ++pending_count_[entry.id];
    }
  }
}

size_t OpenElements::Reconstruct() {
  uint64_t after = MarkerOrder();
  size_t first = pending_.size();
  while (first > 0 && pending_[first - 1].order > after) --first;
  size_t count = pending_.size() - first;
  for (size_t i = first; i < pending_.size(); ++i) {
    --pending_count_[pending_[i].id];
    Push(pending_[i]);
  }
  pending_.resize(first);
  return count;
}

bool OpenElements::ForgetPending(uint32_t id) {
  if (pending_count_[id] == 0) return false;
  uint64_t after = MarkerOrder();
  if (Top(id) > 0) after = std::max(after, at(Top(id)).order);
  for (size_t i = pending_.size(); i-- > 0 && pending_[i].order > after;) {
    if (pending_[i].id != id) continue;
    pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(i));
    --pending_count_[id];
    return true;
  }
  return false;
}

uint64_t OpenElements::MarkerOrder() const {
  size_t marker = TopOf(kMarker);
  return marker == 0 ? 0 : at(marker).order;
}

void OpenElements::DropPendingAfter(uint64_t order) {
  while (!pending_.empty() && pending_.back().order > order) {
    --pending_count_[pending_.back().id];
    pending_.pop_back();
  }
}

}  // namespace dyad::html
