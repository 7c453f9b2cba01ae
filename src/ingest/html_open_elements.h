// The HTML5 tree builder's stack of open elements, as far as the cost
// pre-scan needs it (html_limits.cc): element categories, O(1) scope checks,
// and the formatting elements gumbo re-opens after misnesting.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::html {

// What an element is. Scope boundaries and "special" elements are supersets
// of gumbo's (every SVG and MathML element is both), so that the model closes
// an element only where gumbo surely does.
enum Flag : uint32_t {
  // Bits with a position stack, queried by OpenElements::NoneAbove.
  // kScope: boundary of "in scope"; kButton, kList, kTableScope: extra
  // boundaries of button, list item and table scope; kSpecialNotAdp: special
  // but not address, div or p (what stops <li>, <dd>, <dt> closing).
  kScope = 1u << 0, kButton = 1u << 1, kList = 1u << 2, kTableScope = 1u << 3,
  kSpecial = 1u << 4, kSpecialNotAdp = 1u << 5, kMarker = 1u << 6, kHeading = 1u << 7,
  kHtml = 1u << 8,
  // Plain flags. kIntegration: SVG or MathML element whose children are HTML.
  kFormatting = 1u << 9, kSvg = 1u << 10, kMath = 1u << 11, kIntegration = 1u << 12,
  // What a tag name does, looked up once per tag.
  kVoid = 1u << 13, kClosesP = 1u << 14, kBreakout = 1u << 15, kRawText = 1u << 16,
  kScopedEnd = 1u << 17, kTablePart = 1u << 18,
};
inline constexpr int kCategories = 9;
inline constexpr uint32_t kForeign = kSvg | kMath;

// The flags of an HTML element named `name` (lowercase), kHtml included.
uint32_t HtmlFlags(std::string_view name);

// Names the scan asks about, registered first so their ids are constants.
enum Known : uint32_t {
  kSelect, kOption, kOptgroup, kTable, kTbody, kThead, kTfoot, kTr, kTd, kTh, kP, kLi, kDd, kDt,
  kButtonTag, kA, kNobr, kColgroup, kAnnotationXml, kCaption, kFrameset,
  kKnownCount
};
inline constexpr std::array<std::string_view, kKnownCount> kKnownNames = {
    "select", "option", "optgroup", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
    "p", "li", "dd", "dt", "button", "a", "nobr", "colgroup", "annotation-xml", "caption", "frameset"};

// The stack of open elements, with the position of the topmost element of
// every name and category, so that scope checks are O(1).
class OpenElements {
 public:
  OpenElements();

  struct Entry {
    uint32_t id;
    uint32_t flags;
    uint64_t order;  // creation order: an element's place in gumbo's formatting list
  };

  size_t depth() const { return stack_.size(); }
  const Entry& current() const { return stack_.back(); }
  const Entry& at(size_t pos) const { return stack_[pos - 1]; }

  // A small number per lowercased element name (kKnownNames first).
  uint32_t Id(const std::string& name);

  // Pushes a new element; Push re-pushes one (keeping its order).
  void Open(uint32_t id, uint32_t flags) { Push({id, flags, next_order_++}); }
  void Push(Entry entry);
  void Pop();

  // 1-based position of the topmost element named `id`, 0 when none.
  size_t Top(uint32_t id) const { return by_name_[id].empty() ? 0 : by_name_[id].back(); }

  // True when no element of `categories` is open above position `pos`.
  bool NoneAbove(size_t pos, uint32_t categories) const;

  // 1-based position of the topmost element of one category flag, 0 when none.
  size_t TopOf(uint32_t category) const;

  // Pops everything down to and including position `pos`. Formatting
  // elements popped above it stay in gumbo's list of active formatting
  // elements (pending here) until a marker that was open before them closes
  // as gumbo clears markers: a cell or caption however it closes, an object,
  // applet, marquee or template only by its own end tag (the target).
  void PopTo(size_t pos);

  // Re-opens the pending formatting elements after the last open marker, as
  // gumbo does before text and phrasing tags. Returns how many.
  size_t Reconstruct();

  // An end tag for a formatting element that is pending (not open) and more
  // recent than the open one and the last marker only removes it.
  bool ForgetPending(uint32_t id);

 private:
  uint64_t MarkerOrder() const;  // of the last open marker, 0 when none
  void DropPendingAfter(uint64_t order);

  std::vector<Entry> stack_;
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::vector<uint32_t>> by_name_;  // positions, by name id
  std::array<std::vector<uint32_t>, kCategories> by_category_;  // positions
  std::vector<Entry> pending_;  // sorted by order
  std::vector<uint32_t> pending_count_;  // by name id
  uint64_t next_order_ = 1;
};

}  // namespace dyad::html
