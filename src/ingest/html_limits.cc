// The linear pre-scan that bounds gumbo's work (html_limits.h).
//
// The model follows the HTML5 tree builder only as far as its stack depth
// goes. It must never believe the stack shallower than gumbo's (an attacker
// would nest behind its back), so wherever gumbo's rules are not modelled it
// errs towards "still open": scope boundaries and "special" elements are
// supersets of gumbo's, and end tags it cannot place close nothing. It
// re-opens misnested formatting elements where gumbo does (before text and
// phrasing tags), so that their count matches gumbo's.
#include "ingest/html_limits.h"

#include "ingest/html_open_elements.h"
#include "ingest/html_raw_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dyad {
namespace {

using namespace html;  // NOLINT: the model's flags and names

// Open elements summed over the page's tags: real pages reach a few million
// per MB (depth 20-60); 2^28 lets a 16 MB page keep ~100 elements open
// throughout and costs gumbo 1-3 s; 100k nested <div> would need 5e9.
constexpr uint64_t kMaxDepthWork = uint64_t{1} << 28;
// Attribute-name comparisons of gumbo's duplicate check (quadratic per tag):
// real tags carry fewer than 20 attributes.
constexpr uint64_t kMaxAttributePairs = uint64_t{1} << 26;
// Formatting elements re-opened after misnesting (each a new node in gumbo).
constexpr uint64_t kMaxReopened = uint64_t{1} << 20;
// Room for the tbody and tr gumbo inserts around a stray cell.
constexpr size_t kImpliedElements = 3;

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
  void CountFramesetsIn(size_t from, size_t to);
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
  // A table, not a template, is the nearest table-scope boundary.
  bool InTable() const { return Top(kTable) > 0 && open_.TopOf(kTableScope) == Top(kTable); }

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
  // Inside a select gumbo opens nothing but options and option groups
  // (a template starts a mode of its own).
  if (open_.depth() - select > 2) return false;
  for (size_t pos = select + 1; pos <= open_.depth(); ++pos) {
    if (open_.at(pos).id != kOption && open_.at(pos).id != kOptgroup) return false;
  }
  return true;
}

size_t CostScan::StartTag(const Tag& tag) {
  if (InForeign()) {
    if (!(traits_ & kBreakout)) {
      const OpenElements::Entry& parent = open_.current();
      bool svg = (name_ == "svg" && parent.id == kAnnotationXml) || (parent.flags & kSvg) != 0;
      uint32_t flags = svg ? kSvg : kMath;
      // Exactly gumbo's scope boundaries and special elements: keeping an SVG
      // element open where gumbo closes it would leave the model in foreign
      // content, where raw-text tags (<title>, <style>) are not raw text.
      bool boundary = svg ? (name_ == "foreignobject" || name_ == "desc" || name_ == "title")
                          : (name_ == "mi" || name_ == "mo" || name_ == "mn" || name_ == "ms" ||
                             name_ == "mtext" || name_ == "annotation-xml");
      if (boundary) flags |= kScope | kSpecial | kSpecialNotAdp;
      if (boundary && (svg || name_ != "annotation-xml" || tag.html_annotation)) flags |= kIntegration;
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
    size_t text_end = end == std::string_view::npos ? html_.size() : end;
    if (Top(kFrameset) > 0) CountFramesetsIn(tag.end, text_end);
    return text_end;
  }
  HtmlStartTag(tag);
  return tag.end;
}

// A gumbo that took a <frameset> ignores <script> and the like, so their
// "text" is markup to it, where framesets nest (300k of them crash gumbo):
// those are counted, and flattened, as if open.
void CostScan::CountFramesetsIn(size_t from, size_t to) {
  for (size_t at = html_.find('<', from); at < to; at = html_.find('<', at + 1)) {
    if (!TagAt(html_, at, "frameset", false)) continue;
    size_t close = html_.find('>', at);
    if (close == std::string_view::npos || close >= to) break;
    if (open_.depth() + kImpliedElements > kMaxHtmlDepth) {
      removed_.emplace_back(at, close + 1);
    } else {
      Push(kFrameset, HtmlFlags("frameset"));
    }
  }
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
    Push(id_, name_ == "svg" ? kSvg : kMath);
    return;
  }
  // Table parts outside a table are ignored by gumbo; pushed here, a stray
  // cell would close everything above the previous one. Inside a template
  // gumbo may or may not take them: pushed, closing nothing.
  if ((traits_ & kTablePart) && id_ != kTable && !InTable()) {
    if (open_.TopOf(kTableScope) > 0) Push(id_, traits_);
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
    if (InTable()) PopIfInScope(pos, kTableScope);
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
    } else if (next == '!' && open_.depth() > 0 && (open_.current().flags & kForeign) &&
               html_.compare(lt, 9, "<![CDATA[") == 0) {
      // CDATA sections are tokenized whenever the current node is SVG or
      // MathML, integration points included.
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
  if (!scan.Run()) {
    return Status::InvalidArgument(origin.empty() ? scan.why() : std::string(origin) + ": " + scan.why());
  }
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
