// The linear pre-scan that bounds gumbo's work (html_limits.h).
//
// The model follows the HTML5 tree builder only as far as its stack depth
// goes. It must never believe the stack shallower than gumbo's (an attacker
// would nest behind its back), so wherever gumbo's rules are not modelled it
// errs towards "still open": scope boundaries and "special" elements are
// supersets of gumbo's, misnested formatting elements are re-opened at once
// (gumbo re-opens them at the next text), and end tags it cannot place close
// nothing.
#include "ingest/html_limits.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dyad {
namespace {

// Open elements summed over the page's tags: real pages reach a few million
// per MB (depth 20-60), 2^27 lets a 16 MB page average depth ~40 and costs
// gumbo about a second; 100k nested <div> would need 5e9.
constexpr uint64_t kMaxDepthWork = uint64_t{1} << 28;
// Attribute-name comparisons of gumbo's duplicate check (quadratic per tag):
// real tags carry fewer than 20 attributes.
constexpr uint64_t kMaxAttributePairs = uint64_t{1} << 26;
// Formatting elements re-opened after misnesting (each a new node in gumbo).
constexpr uint64_t kMaxReopened = uint64_t{1} << 20;
// Room for the tbody and tr gumbo inserts around a stray cell.
constexpr size_t kImpliedElements = 3;

enum Flag : uint32_t {
  // Bits with a position stack, queried by OpenElements::NoneAbove.
  kScope = 1u << 0, kButton = 1u << 1, kList = 1u << 2, kTableScope = 1u << 3,
  kSpecial = 1u << 4, kSpecialNotAdp = 1u << 5, kMarker = 1u << 6, kHeading = 1u << 7,
  kHtml = 1u << 8,
  // Plain flags.
  kFormatting = 1u << 9, kSvg = 1u << 10, kMath = 1u << 11, kIntegration = 1u << 12,
  // What a tag name does, looked up once per tag.
  kVoid = 1u << 13, kClosesP = 1u << 14, kBreakout = 1u << 15, kRawText = 1u << 16,
  kScopedEnd = 1u << 17, kTablePart = 1u << 18,
};
constexpr int kCategories = 9;
constexpr uint32_t kForeign = kSvg | kMath;

uint32_t HtmlFlags(std::string_view name) {
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

// The stack of open elements, with the position of the topmost element of
// every name and category, so that scope checks are O(1).
// Names the scan asks about, registered first so their ids are constants.
enum Known : uint32_t {
  kSelect, kOption, kOptgroup, kTable, kTbody, kThead, kTfoot, kTr, kTd, kTh, kP, kLi, kDd, kDt,
  kButtonTag, kA, kNobr, kColgroup, kAnnotationXml, kKnownCount
};
constexpr std::array<std::string_view, kKnownCount> kKnownNames = {
    "select", "option", "optgroup", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
    "p", "li", "dd", "dt", "button", "a", "nobr", "colgroup", "annotation-xml"};

class OpenElements {
 public:
  OpenElements() {
    for (std::string_view name : kKnownNames) Id(std::string(name));
  }

  struct Entry {
    uint32_t id;
    uint32_t flags;
    uint64_t order;  // creation order: an element's place in gumbo's formatting list
  };

  size_t depth() const { return stack_.size(); }
  const Entry& current() const { return stack_.back(); }
  const Entry& at(size_t pos) const { return stack_[pos - 1]; }

  uint32_t Id(const std::string& name) {
    auto [it, added] = ids_.try_emplace(name, static_cast<uint32_t>(by_name_.size()));
    if (added) {
      by_name_.emplace_back();
      pending_count_.push_back(0);
    }
    return it->second;
  }

  void Open(uint32_t id, uint32_t flags) { Push({id, flags, next_order_++}); }

  void Push(Entry entry) {
    stack_.push_back(entry);
    auto pos = static_cast<uint32_t>(stack_.size());
    by_name_[entry.id].push_back(pos);
    for (int c = 0; c < kCategories; ++c) {
      if (entry.flags & (1u << c)) by_category_[c].push_back(pos);
    }
  }

  void Pop() {
    Entry entry = stack_.back();
    stack_.pop_back();
    by_name_[entry.id].pop_back();
    for (int c = 0; c < kCategories; ++c) {
      if (entry.flags & (1u << c)) by_category_[c].pop_back();
    }
  }

  // 1-based position of the topmost element named `id`, 0 when none.
  size_t Top(uint32_t id) const { return by_name_[id].empty() ? 0 : by_name_[id].back(); }

  // True when no element of `categories` is open above position `pos`.
  bool NoneAbove(size_t pos, uint32_t categories) const {
    for (int c = 0; c < kCategories; ++c) {
      if ((categories & (1u << c)) && !by_category_[c].empty() && by_category_[c].back() > pos) return false;
    }
    return true;
  }

  size_t TopOf(uint32_t category) const {
    for (int c = 0; c < kCategories; ++c) {
      if (category == (1u << c)) return by_category_[c].empty() ? 0 : by_category_[c].back();
    }
    return 0;
  }

  // Pops everything down to and including position `pos`. Formatting
  // elements popped above it stay in gumbo's list of active formatting
  // elements (pending here) until a marker (cell, caption, object...) that
  // was open before them closes.
  void PopTo(size_t pos) {
    while (pos > 0 && stack_.size() >= pos) {
      Entry entry = stack_.back();
      bool target = stack_.size() == pos;
      Pop();
      if (entry.flags & kMarker) DropPendingAfter(entry.order);
      if (target) break;
      if (entry.flags & kFormatting) {
        auto at = std::upper_bound(pending_.begin(), pending_.end(), entry,
                                   [](const Entry& a, const Entry& b) { return a.order < b.order; });
        pending_.insert(at, entry);
        ++pending_count_[entry.id];
      }
    }
  }

  // Re-opens the pending formatting elements after the last open marker, as
  // gumbo does before text and phrasing tags. Returns how many.
  size_t Reconstruct() {
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

  // An end tag for a formatting element that is pending (not open) and more
  // recent than the open one and the last marker only removes it.
  bool ForgetPending(uint32_t id) {
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

 private:
  std::vector<Entry> stack_;
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::vector<uint32_t>> by_name_;
  std::array<std::vector<uint32_t>, kCategories> by_category_;
  uint64_t MarkerOrder() const {
    size_t marker = TopOf(kMarker);
    return marker == 0 ? 0 : at(marker).order;
  }
  void DropPendingAfter(uint64_t order) {
    while (!pending_.empty() && pending_.back().order > order) {
      --pending_count_[pending_.back().id];
      pending_.pop_back();
    }
  }

  std::vector<Entry> pending_;  // sorted by order
  std::vector<uint32_t> pending_count_;  // by name id
  uint64_t next_order_ = 1;
};

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char ToLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// True when `s` holds "<name" (or "</name" when `end`) at `at`, followed by
// a character that ends a tag name.
bool TagAt(std::string_view s, size_t at, std::string_view name, bool end) {
  size_t i = at + (end ? 2 : 1);
  if (s.compare(at, end ? 2 : 1, end ? "</" : "<") != 0 || i + name.size() >= s.size()) return false;
  for (size_t k = 0; k < name.size(); ++k) {
    if (ToLower(s[i + k]) != name[k]) return false;
  }
  char after = s[i + name.size()];
  return IsTagSpace(after) || after == '/' || after == '>';
}

// Where the text of a raw-text element (<script>, <style>, <title>...) ends:
// the position of its end tag, npos when it runs to the end of the page.
// Script data follows the tokenizer's escape states, so that "</script>"
// inside "<!--<script>...-->" is not taken for the end.
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

class CostScan {
 public:
  explicit CostScan(std::string_view html) : html_(html) {}

  // False (with `why_`) when the page is too costly.
  bool Run();
  const std::string& why() const { return why_; }
  const std::vector<std::pair<size_t, size_t>>& removed() const { return removed_; }
  size_t deepest() const { return deepest_; }

 private:
  struct Tag {
    size_t begin = 0;  // '<'
    size_t end = 0;    // one past '>'
    bool self_closing = false;
    uint64_t attributes = 0;
    bool html_annotation = false;  // encoding="text/html" (on annotation-xml)
  };
  // Reads the tag whose name starts at `at` into name_, traits_ and `tag`;
  // false at the end of the page (gumbo drops an unfinished tag).
  bool ReadTag(size_t at, Tag& tag);
  // Returns where scanning continues.
  size_t StartTag(const Tag& tag);
  void HtmlStartTag(const Tag& tag);
  void EndTag();
  bool Charge();

  bool InForeign() const {
    return open_.depth() > 0 && (open_.current().flags & kForeign) && !(open_.current().flags & kIntegration);
  }
  bool InSelect() const;
  size_t Top(uint32_t id) const { return open_.Top(id); }
  bool CurrentIs(uint32_t id) const { return open_.depth() > 0 && open_.current().id == id; }
  void Push(uint32_t id, uint32_t flags) { open_.Open(id, flags); }
  void PopTo(size_t pos) { open_.PopTo(pos); }
  void Reconstruct() { reopened_ += open_.Reconstruct(); }
  // Flattens: gumbo never sees the start tag, its content goes one level up.
  void Drop(const Tag& tag) {
    removed_.emplace_back(tag.begin, tag.end);
    dropped_ = true;
  }
  void PopIfInScope(size_t pos, uint32_t boundaries) {
    if (pos > 0 && open_.NoneAbove(pos, boundaries)) PopTo(pos);
  }
  size_t TableSection() const { return std::max({Top(kTbody), Top(kThead), Top(kTfoot)}); }

  std::string_view html_;
  std::string name_;  // lowercased
  uint32_t id_ = 0;   // of name_
  uint32_t traits_ = 0;  // HtmlFlags(name_)
  bool dropped_ = false;  // the current start tag was removed
  OpenElements open_;
  uint64_t work_ = 0;
  uint64_t attribute_pairs_ = 0;
  uint64_t reopened_ = 0;
  size_t deepest_ = 0;
  std::string why_;
  std::vector<std::pair<size_t, size_t>> removed_;
};

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t k = 0; k < s.size(); ++k) {
    if (ToLower(s[k]) != lower[k]) return false;
  }
  return true;
}

bool CostScan::ReadTag(size_t at, Tag& tag) {
  size_t i = at;
  name_.clear();
  while (i < html_.size() && !IsTagSpace(html_[i]) && html_[i] != '/' && html_[i] != '>') {
    name_ += ToLower(html_[i++]);
  }
  id_ = open_.Id(name_);
  traits_ = HtmlFlags(name_);
  while (i < html_.size()) {
    char c = html_[i];
    if (IsTagSpace(c)) {
      ++i;
    } else if (c == '>') {
      tag.end = i + 1;
      return true;
    } else if (c == '/') {
      if (i + 1 < html_.size() && html_[i + 1] == '>') {
        tag.self_closing = true;
        tag.end = i + 2;
        return true;
      }
      ++i;
    } else {
      // An attribute: its name (the first character may be anything), then
      // an optional value, unquoted or quoted (quotes may hold '>').
      size_t name_begin = i++;
      while (i < html_.size() && !IsTagSpace(html_[i]) && html_[i] != '/' && html_[i] != '>' &&
             html_[i] != '=') {
        ++i;
      }
      std::string_view name = html_.substr(name_begin, i - name_begin);
      attribute_pairs_ += tag.attributes++;
      while (i < html_.size() && IsTagSpace(html_[i])) ++i;
      if (i >= html_.size() || html_[i] != '=') continue;
      for (++i; i < html_.size() && IsTagSpace(html_[i]);) ++i;
      size_t value_begin = i;
      size_t value_end = i;
      if (i < html_.size() && (html_[i] == '"' || html_[i] == '\'')) {
        size_t close = html_.find(html_[i], i + 1);
        if (close == std::string_view::npos) return false;
        value_begin = i + 1;
        value_end = close;
        i = close + 1;
      } else {
        while (i < html_.size() && !IsTagSpace(html_[i]) && html_[i] != '>') ++i;
        value_end = i;
      }
      if (id_ == kAnnotationXml && EqualsLower(name, "encoding")) {
        std::string_view value = html_.substr(value_begin, value_end - value_begin);
        tag.html_annotation = EqualsLower(value, "text/html") || EqualsLower(value, "application/xhtml+xml");
      }
    }
  }
  return false;
}

bool CostScan::Charge() {
  if (!dropped_) work_ += open_.depth();
  deepest_ = std::max(deepest_, open_.depth());
  if (work_ > kMaxDepthWork) {
    why_ = "HTML nested too deeply for its size (open elements summed over its tags exceed " +
           std::to_string(kMaxDepthWork) + ")";
  } else if (attribute_pairs_ > kMaxAttributePairs) {
    why_ = "HTML tags carry too many attributes (more than " + std::to_string(kMaxAttributePairs) +
           " pairs to compare)";
  } else if (reopened_ > kMaxReopened) {
    why_ = "HTML re-opens misnested formatting elements more than " + std::to_string(kMaxReopened) +
           " times";
  }
  return why_.empty();
}

bool CostScan::InSelect() const {
  size_t select = Top(kSelect);
  if (select == 0) return false;
  // Inside a select gumbo opens nothing but options and option groups.
  return select == open_.depth() ||
         ((CurrentIs(kOption) || CurrentIs(kOptgroup)) && open_.depth() - select <= 2);
}

size_t CostScan::StartTag(const Tag& tag) {
  if (InForeign()) {
    if (!(traits_ & kBreakout)) {
      const OpenElements::Entry& parent = open_.current();
      bool svg = (name_ == "svg" && parent.id == kAnnotationXml) || (parent.flags & kSvg) != 0;
      uint32_t flags = kScope | kSpecial | kSpecialNotAdp | (svg ? kSvg : kMath);
      bool integration = svg ? (name_ == "foreignobject" || name_ == "desc" || name_ == "title")
                             : (name_ == "mi" || name_ == "mo" || name_ == "mn" || name_ == "ms" ||
                                name_ == "mtext" || tag.html_annotation);
      if (integration) flags |= kIntegration;
      if (tag.self_closing) return tag.end;
      if (open_.depth() + kImpliedElements > kMaxHtmlDepth) {
        Drop(tag);
      } else {
        Push(id_, flags);
      }
      return tag.end;
    }
    while (InForeign()) open_.Pop();
  }
  if (InSelect()) {
    if (id_ == kOption || id_ == kOptgroup) {
      if (CurrentIs(kOption)) open_.Pop();
      if (id_ == kOptgroup && CurrentIs(kOptgroup)) open_.Pop();
      Push(id_, kHtml);
      return tag.end;
    }
    if (id_ == kSelect || name_ == "input" || name_ == "keygen" || name_ == "textarea" ||
        ((traits_ & kTablePart) && Top(kTable) > 0)) {
      PopTo(Top(kSelect));
      if (id_ == kSelect) return tag.end;
    } else if (name_ != "script" && name_ != "template") {
      return tag.end;  // ignored inside a select
    }
  }
  if (name_ == "plaintext") return html_.size();
  if (traits_ & kRawText) {
    if (name_ == "xmp") PopIfInScope(Top(kP), kScope | kButton);
    size_t end = RawTextEnd(html_, tag.end, name_);
    return end == std::string_view::npos ? html_.size() : end;
  }
  HtmlStartTag(tag);
  return tag.end;
}

void CostScan::HtmlStartTag(const Tag& tag) {
  if (name_ == "html" || name_ == "head" || name_ == "body") return;  // never nest
  bool foreign_root = name_ == "svg" || name_ == "math";
  if ((traits_ & kVoid) || name_ == "image" || (foreign_root && tag.self_closing)) {
    if (name_ == "hr") PopIfInScope(Top(kP), kScope | kButton);
    return;
  }
  if (open_.depth() + kImpliedElements > kMaxHtmlDepth) {
    Drop(tag);
    return;
  }
  if (foreign_root) {
    Push(id_, kScope | kSpecial | kSpecialNotAdp | (name_ == "svg" ? kSvg : kMath));
    return;
  }
  if (id_ == kLi) PopIfInScope(Top(kLi), kSpecialNotAdp);
  if (id_ == kDd || id_ == kDt) PopIfInScope(std::max(Top(kDd), Top(kDt)), kSpecialNotAdp);
  if (traits_ & kClosesP) PopIfInScope(Top(kP), kScope | kButton);
  if ((traits_ & kHeading) && open_.depth() > 0 && (open_.current().flags & kHeading)) open_.Pop();
  if ((id_ == kOption || id_ == kOptgroup) && CurrentIs(kOption)) open_.Pop();
  if (id_ == kButtonTag) PopIfInScope(Top(kButtonTag), kScope);
  if (id_ == kA) PopIfInScope(Top(kA), kSpecial);
  if (id_ == kNobr) PopIfInScope(Top(kNobr), kSpecial);
  if (id_ == kTbody || id_ == kThead || id_ == kTfoot) PopIfInScope(TableSection(), kTableScope);
  if (id_ == kTr) PopIfInScope(Top(kTr), kTableScope);
  if (id_ == kTd || id_ == kTh) PopIfInScope(std::max(Top(kTd), Top(kTh)), kTableScope);
  if (!(traits_ & kSpecial)) Reconstruct();  // formatting and other phrasing tags
  size_t table = Top(kTable);
  if (table > 0 && (id_ == kTr || id_ == kTd || id_ == kTh)) {
    if (TableSection() < table) Push(kTbody, HtmlFlags("tbody"));
    if (id_ != kTr && Top(kTr) < table) Push(kTr, HtmlFlags("tr"));
  }
  Push(id_, traits_);
}

void CostScan::EndTag() {
  size_t pos = Top(id_);
  if (InForeign() && pos > 0 && (open_.at(pos).flags & kForeign) && open_.NoneAbove(pos, kHtml)) {
    PopTo(pos);
    return;
  }
  if ((traits_ & kFormatting) && !InForeign() && open_.ForgetPending(id_)) return;
  if (InSelect()) {
    if (id_ == kOption && CurrentIs(kOption)) open_.Pop();
    if (id_ == kOptgroup) {
      if (CurrentIs(kOption) && open_.depth() >= 2 && open_.at(open_.depth() - 1).id == kOptgroup) open_.Pop();
      if (CurrentIs(kOptgroup)) open_.Pop();
    }
    if (id_ != kSelect && !((traits_ & kTablePart) && pos > 0 && open_.NoneAbove(pos, kTableScope))) {
      return;  // ignored inside a select
    }
    PopTo(Top(kSelect));
    if (id_ == kSelect) return;
    pos = Top(id_);
  }
  if (id_ == kP) {
    PopIfInScope(pos, kScope | kButton);
  } else if (id_ == kLi) {
    PopIfInScope(pos, kScope | kList);
  } else if (id_ == kDd || id_ == kDt) {
    PopIfInScope(pos, kScope);
  } else if (traits_ & kHeading) {
    PopIfInScope(open_.TopOf(kHeading), kScope);
  } else if (traits_ & kTablePart) {
    PopIfInScope(pos, kTableScope);
  } else if (traits_ & kScopedEnd) {
    PopIfInScope(pos, kScope);
  } else if (id_ == kColgroup) {
    if (CurrentIs(kColgroup)) open_.Pop();
  } else if (name_ != "form" && name_ != "body" && name_ != "html" && name_ != "br") {
    // Formatting elements without a furthest block, and any other end tag:
    // closed when no special element is open above them. (</form> only
    // takes the form out of the stack; not modelled, it stays open.)
    PopIfInScope(pos, kSpecial);
  }
}

bool CostScan::Run() {
  size_t i = 0;
  while (i < html_.size()) {
    size_t lt = html_.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= html_.size()) break;
    char next = html_[lt + 1];
    // Text re-opens misnested formatting elements (not in SVG or a select).
    if (lt > i && !InForeign() && !InSelect()) Reconstruct();
    i = lt + 1;
    if (next == '!' && html_.compare(lt, 4, "<!--") == 0) {
      size_t body = lt + 4;  // "<!-->" and "<!--->" are whole comments
      if (html_.compare(body, 1, ">") == 0) {
        i = body + 1;
      } else if (html_.compare(body, 2, "->") == 0) {
        i = body + 2;
      } else {
        size_t end = std::min(html_.find("-->", body), html_.find("--!>", body));
        i = end == std::string_view::npos ? html_.size() : html_.find('>', end) + 1;
      }
    } else if (next == '!' && InForeign() && html_.compare(lt, 9, "<![CDATA[") == 0) {
      size_t end = html_.find("]]>", lt + 9);
      i = end == std::string_view::npos ? html_.size() : end + 3;
    } else if (next == '!' || next == '?' || (next == '/' && lt + 2 < html_.size() && !IsAsciiAlpha(html_[lt + 2]))) {
      // Doctype or bogus comment ("</>" included): up to the next '>'.
      size_t end = html_.find('>', lt + 1);
      i = end == std::string_view::npos ? html_.size() : end + 1;
    } else if (next == '/' || IsAsciiAlpha(next)) {
      bool end_tag = next == '/';
      Tag tag;
      tag.begin = lt;
      dropped_ = false;
      if (!ReadTag(lt + (end_tag ? 2 : 1), tag)) break;
      if (end_tag) {
        EndTag();
        i = tag.end;
      } else {
        i = StartTag(tag);
      }
      if (!Charge()) return false;
    }
  }
  return true;
}

}  // namespace

Result<BoundedHtml> BoundHtmlCost(std::string_view html, std::string_view origin) {
  CostScan scan(html);
  if (!scan.Run()) return Status::InvalidArgument(std::string(origin) + ": " + scan.why());
  BoundedHtml bounded;
  bounded.deepest = scan.deepest();
  if (scan.removed().empty()) return bounded;
  std::string flattened;
  flattened.reserve(html.size());
  size_t copied = 0;
  for (auto [begin, end] : scan.removed()) {
    flattened.append(html.substr(copied, begin - copied));
    copied = end;
  }
  flattened.append(html.substr(copied));
  bounded.flattened = std::move(flattened);
  return bounded;
}

}  // namespace dyad
