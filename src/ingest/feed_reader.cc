// RSS 2.0 and Atom feeds to Documents with libxml2.
//
// The parse is strict (no recovery): a feed that is not well-formed XML is
// reported, with libxml2's line, rather than half-read. Entities are never
// substituted by the parser (that would also load external entities); the few
// user-defined entity references a feed may carry are expanded here, under a
// budget proportional to the feed's size (feed_entities.h), so an entity bomb
// is rejected after a bounded amount of work.
#include "ingest/feed_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <climits>
#include <exception>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/feed_entities.h"
#include "ingest/feed_text.h"
#include "ingest/html_reader.h"
#include "ingest/published_date.h"

namespace dyad {
namespace {

constexpr std::string_view kAtomNs = "http://www.w3.org/2005/Atom";
constexpr std::string_view kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view kDcNs = "http://purl.org/dc/elements/1.1/";

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct ParserDeleter {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};
struct BufferDeleter {
  void operator()(xmlBuffer* buffer) const { xmlBufferFree(buffer); }
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view AsView(const xmlChar* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

std::string_view NamespaceOf(const xmlNode* node) {
  return node->ns == nullptr ? std::string_view() : AsView(node->ns->href);
}

// True for an element with local name `name` in namespace `ns` ("" = none).
bool Is(const xmlNode* node, std::string_view ns, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && AsView(node->name) == name && NamespaceOf(node) == ns;
}

const xmlNode* Child(const xmlNode* parent, std::string_view ns, std::string_view name) {
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (Is(child, ns, name)) return child;
  }
  return nullptr;
}

class FeedParser {
 public:
  FeedParser(std::string_view origin, std::string_view stem, size_t feed_size, std::vector<SkippedFeedItem>* skipped)
      : origin_(origin), stem_(stem), entities_(feed_size), skipped_(skipped) {}

  Result<std::vector<Document>> Read(std::string_view bytes);

 private:
  // The character data under `node`, entity references expanded.
  std::string TextOf(const xmlNode* node);
  // The value of attribute `name` (any namespace, as xmlGetProp), entity
  // references expanded; "" when absent.
  std::string AttrOf(const xmlNode* node, std::string_view name);
  std::string TrimmedText(const xmlNode* node) {
    return node == nullptr ? "" : std::string(Trim(TextOf(node)));
  }
  // An Atom text construct (title, summary, content) by its type attribute;
  // a body's refused HTML leaves its reason in refused_.
  std::string AtomText(const xmlNode* node, bool body = false);
  std::string FirstDate(const xmlNode* item, std::initializer_list<std::string_view> names,
                        std::string_view ns);
  Result<std::vector<Document>> ReadRss(const xmlNode* root);
  Result<std::vector<Document>> ReadAtom(const xmlNode* root);
  // Fills id, origin and published_from, and keeps the item if it has text.
  void Finish(Document doc, const xmlNode* item, std::vector<Document>& docs);
  Status EntityBombError() const;
  Status NotAFeedError(const xmlNode* root) const;

  std::string origin_;
  std::string stem_;
  FeedEntityBudget entities_;
  int item_count_ = 0;
  std::vector<SkippedFeedItem>* skipped_;
  // Why the current item's body HTML was refused, "" when it was not.
  std::string refused_;
};

// The first error of a parse. libxml2 keeps parsing (without building the
// tree) after a fatal error, so its last error is usually a consequence
// ("Premature end of data" at the end of the file), not the cause.
struct FirstError {
  bool seen = false;
  int line = 0;
  std::string message;
};

// Called by libxml2 (C code) for every error: must not throw.
void RecordError(void* user_data, xmlError* error) {
  auto* ctxt = static_cast<xmlParserCtxt*>(user_data);
  if (ctxt == nullptr || ctxt->_private == nullptr || error == nullptr) return;
  auto* first = static_cast<FirstError*>(ctxt->_private);
  if (first->seen) return;
  try {
    first->message = error->message == nullptr ? "" : std::string(Trim(error->message));
    first->line = error->line;
    first->seen = true;
  } catch (...) {
    first->message.clear();  // fall back to libxml2's last error
  }
}

std::string FeedParser::TextOf(const xmlNode* node) {
  std::string out;
  entities_.AppendText(node->children, out);
  return out;
}

// Not xmlGetProp: it expands entity references in the value without limit.
std::string FeedParser::AttrOf(const xmlNode* node, std::string_view name) {
  std::string out;
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (AsView(attr->name) != name) continue;
    entities_.AppendText(attr->children, out);
    break;
  }
  return out;
}

std::string FeedParser::AtomText(const xmlNode* node, bool body) {
  if (node == nullptr) return "";
  std::string* refused = body ? &refused_ : nullptr;
  if (AttrOf(node, "type") != "xhtml") return FeedText(TextOf(node), refused);
  // XHTML content is markup in the XML tree itself: serialize it back for the
  // HTML reader, which knows which elements are paragraphs.
  std::unique_ptr<xmlBuffer, BufferDeleter> buffer(xmlBufferCreate());
  if (buffer == nullptr) return "";
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    xmlNodeDump(buffer.get(), node->doc, child, 0, 0);
  }
  return HtmlFragmentToText(AsView(xmlBufferContent(buffer.get())), refused);
}

std::string FeedParser::FirstDate(const xmlNode* item, std::initializer_list<std::string_view> names,
                                  std::string_view ns) {
  for (std::string_view name : names) {
    for (const xmlNode* child = item->children; child != nullptr; child = child->next) {
      if (!Is(child, ns, name)) continue;
      std::string date = ParsePublishedDate(TextOf(child));
      if (!date.empty()) return date;
    }
  }
  return "";
}

void FeedParser::Finish(Document doc, const xmlNode* item, std::vector<Document>& docs) {
  int n = ++item_count_;  // counts skipped items too, so ids don't shift
  long line = xmlGetLineNo(item);
  std::string where = line > 0 ? origin_ + ":" + std::to_string(line) : origin_;
  std::string refused = std::move(refused_);
  refused_.clear();
  if (doc.text.empty()) {
    // An item without text is no story; one whose HTML was refused is a lost story.
    if (!refused.empty() && skipped_ != nullptr) skipped_->push_back({where, "item skipped: " + refused});
    return;
  }
  if (doc.id.empty()) doc.id = doc.url;
  if (doc.id.empty()) doc.id = stem_ + "-" + std::to_string(n);
  if (!doc.published.empty()) doc.published_from = "feed";
  doc.origin = std::move(where);
  docs.push_back(std::move(doc));
}

Result<std::vector<Document>> FeedParser::ReadRss(const xmlNode* root) {
  std::string_view ns = NamespaceOf(root);  // none, or an old RSS 2.0 namespace
  const xmlNode* channel = Child(root, ns, "channel");
  if (channel == nullptr) return Status::InvalidArgument(origin_ + ": RSS feed has no <channel>");
  const xmlNode* channel_title = Child(channel, ns, "title");
  std::string source = channel_title == nullptr ? "" : FeedTitle(TextOf(channel_title));
  std::string lang = TrimmedText(Child(channel, ns, "language"));
  std::vector<Document> docs;
  // Items belong in <channel>; some generators put them beside it.
  for (const xmlNode* parent : {channel, root}) {
    for (const xmlNode* item = parent->children; item != nullptr; item = item->next) {
      if (!Is(item, ns, "item")) continue;
      Document doc;
      doc.source = source;
      doc.lang = lang;
      if (const xmlNode* title = Child(item, ns, "title")) doc.title = FeedTitle(TextOf(title));
      doc.url = TrimmedText(Child(item, ns, "link"));
      doc.id = TrimmedText(Child(item, ns, "guid"));
      doc.published = FirstDate(item, {"pubDate"}, ns);
      if (doc.published.empty()) doc.published = FirstDate(item, {"date"}, kDcNs);
      for (const xmlNode* body : {Child(item, kContentNs, "encoded"), Child(item, ns, "description")}) {
        if (body != nullptr && doc.text.empty()) doc.text = FeedText(TextOf(body), &refused_);
      }
      Finish(std::move(doc), item, docs);
    }
  }
  return docs;
}

Result<std::vector<Document>> FeedParser::ReadAtom(const xmlNode* root) {
  std::string_view ns = NamespaceOf(root);  // Atom's, or none for lax generators
  std::string source = CollapseSpaces(AtomText(Child(root, ns, "title")));
  std::vector<Document> docs;
  for (const xmlNode* entry = root->children; entry != nullptr; entry = entry->next) {
    if (!Is(entry, ns, "entry")) continue;
    Document doc;
    doc.source = source;
    doc.title = CollapseSpaces(AtomText(Child(entry, ns, "title")));
    doc.id = TrimmedText(Child(entry, ns, "id"));
    std::string fallback_link;
    for (const xmlNode* link = entry->children; link != nullptr; link = link->next) {
      if (!Is(link, ns, "link")) continue;
      std::string href(Trim(AttrOf(link, "href")));
      std::string rel(Trim(AttrOf(link, "rel")));
      if (href.empty()) continue;
      if (rel.empty() || rel == "alternate") {
        doc.url = href;
        break;
      }
      if (fallback_link.empty()) fallback_link = href;
    }
    if (doc.url.empty()) doc.url = fallback_link;
    doc.published = FirstDate(entry, {"published", "updated"}, ns);
    if (doc.published.empty()) doc.published = FirstDate(entry, {"date"}, kDcNs);
    const xmlNode* content = Child(entry, ns, "content");
    // Content with src= lives elsewhere; the summary is all the feed holds.
    if (content != nullptr && AttrOf(content, "src").empty()) doc.text = AtomText(content, /*body=*/true);
    if (doc.text.empty()) doc.text = AtomText(Child(entry, ns, "summary"), /*body=*/true);
    Finish(std::move(doc), entry, docs);
  }
  return docs;
}

Result<std::vector<Document>> FeedParser::Read(std::string_view bytes) {
  // xmlInitParser must run once before threads share libxml2.
  static const bool initialized = (xmlInitParser(), true);
  (void)initialized;
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Status::InvalidArgument(origin_ + ": feed too large");
  }
  std::unique_ptr<xmlParserCtxt, ParserDeleter> ctxt(xmlNewParserCtxt());
  if (ctxt == nullptr) return Status::Internal(origin_ + ": cannot create XML parser");
  FirstError first_error;
  ctxt->_private = &first_error;
  ctxt->sax->serror = &RecordError;
  const char* data = bytes.empty() ? "" : bytes.data();
  std::unique_ptr<xmlDoc, DocDeleter> doc;
  {
    FeedEntityBudget::ParseGuard guard(entities_, ctxt.get());
    doc.reset(xmlCtxtReadMemory(ctxt.get(), data, static_cast<int>(bytes.size()), nullptr, nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                    XML_PARSE_BIG_LINES));
  }
  if (entities_.exhausted()) return EntityBombError();
  if (doc == nullptr) {
    int line = first_error.line;
    std::string message = first_error.message;
    if (!first_error.seen || message.empty()) {
      // The context's own error: the thread-global one may belong to another parse.
      const xmlError* error = xmlCtxtGetLastError(ctxt.get());
      if (error == nullptr || error->code == XML_ERR_OK) error = xmlGetLastError();
      line = error != nullptr ? error->line : 0;
      message = error != nullptr && error->message != nullptr ? std::string(Trim(error->message))
                                                              : "unknown XML error";
    }
    if (line <= 0) line = 1;
    return Status::InvalidArgument(origin_ + ":" + std::to_string(line) +
                                   ": not a well-formed feed: " + message);
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  bool rss = root != nullptr && root->type == XML_ELEMENT_NODE && AsView(root->name) == "rss";
  bool atom = root != nullptr && (Is(root, kAtomNs, "feed") || Is(root, "", "feed"));
  if (!rss && !atom) return NotAFeedError(root);
  Result<std::vector<Document>> docs = rss ? ReadRss(root) : ReadAtom(root);
  // The expansion stopped where the budget ran out: the items are incomplete.
  if (entities_.exhausted()) return EntityBombError();
  return docs;
}

Status FeedParser::EntityBombError() const {
  return Status::InvalidArgument(origin_ + ": entity expansion exceeds " +
                                 std::to_string(entities_.byte_limit()) +
                                 " bytes (entities declared in the feed's DTD are referenced too often); "
                                 "feed rejected");
}

Status FeedParser::NotAFeedError(const xmlNode* root) const {
  std::string name = root == nullptr ? "" : std::string(AsView(root->name));
  return Status::InvalidArgument(origin_ + ": not an RSS or Atom feed (root element <" + name + ">)");
}

// Skips what may precede the root element: a byte-order mark, whitespace, the
// XML declaration, processing instructions, comments and a DOCTYPE.
std::string_view SkipProlog(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (true) {
    while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
    size_t end = std::string_view::npos;
    if (s.substr(0, 2) == "<?") {
      end = s.find("?>");
      if (end != std::string_view::npos) end += 2;
    } else if (s.substr(0, 4) == "<!--") {
      end = s.find("-->", 4);
      if (end != std::string_view::npos) end += 3;
    } else if (s.substr(0, 2) == "<!") {
      // A DOCTYPE's internal subset may contain '>' inside its brackets.
      size_t close = s.find('>');
      size_t bracket = s.substr(0, close).find('[');  // bounded: keeps the skip linear
      if (bracket != std::string_view::npos) close = s.find('>', s.find(']', bracket));
      if (close != std::string_view::npos) end = close + 1;
    } else {
      return s;
    }
    if (end == std::string_view::npos) return {};
    s.remove_prefix(end);
  }
}

Status FeedError(std::string_view origin, const char* what) {
  try {
    return Status::Internal(std::string(origin) + ": reading feed failed: " + what);
  } catch (...) {
    return Status::Internal(std::string());  // an empty message cannot fail to allocate
  }
}

}  // namespace

bool LooksLikeFeed(std::string_view bytes) {
  std::string_view s = SkipProlog(bytes);
  if (s.empty() || s.front() != '<') return false;
  size_t end = 1;
  while (end < s.size() && !IsSpace(s[end]) && s[end] != '>' && s[end] != '/') ++end;
  std::string_view name = s.substr(1, end - 1);
  size_t colon = name.find(':');
  if (colon != std::string_view::npos) name.remove_prefix(colon + 1);  // <atom:feed>
  return name == "rss" || name == "feed";
}

Result<std::vector<Document>> ReadFeed(std::string_view bytes, std::string_view origin,
                                       std::string_view feed_stem, std::vector<SkippedFeedItem>* skipped) {
  try {
    FeedParser parser(origin, feed_stem, bytes.size(), skipped);
    return parser.Read(bytes);
  } catch (const std::exception& e) {
    return FeedError(origin, e.what());
  } catch (...) {
    return FeedError(origin, "unknown exception");
  }
}

}  // namespace dyad
