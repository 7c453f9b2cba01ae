// HTML pages to Documents with gumbo. The page is parsed once; one survey pass
// collects the metadata (meta tags, canonical link, JSON-LD, candidate story
// containers) and a second pass turns the chosen container into paragraphs.
//
// Every tree walk is iterative: real pages and fuzzed inputs nest elements far
// deeper than a recursive walk's stack would allow.
#include "ingest/html_reader.h"

#include <gumbo.h>

#include <array>
#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ingest/html_limits.h"
#include "ingest/html_tree.h"
#include "ingest/published_date.h"

namespace dyad {
namespace {

using html::Attr;
using html::GumboPtr;
using html::HasTag;
using html::IsAsciiSpace;
using html::IsDropped;
using html::IsElement;
using html::Lower;
using html::OneLine;
using html::Parse;
using html::TextOf;
using html::Trim;
using html::Walk;

// Enough of the start of a file to tell markup from binary data.
constexpr size_t kSniffBytes = 4096;

// Meta names that carry a publication date, most trusted first.
constexpr std::array<std::string_view, 9> kDateMetaKeys = {
    "article:published_time", "og:published_time", "datepublished",
    "pubdate",                "publishdate",       "date",
    "dc.date.issued",         "sailthru.date",     "parsely-pub-date"};

// Paragraphs inside this many enclosing paragraphs (quirks-mode tables and
// buttons nest them) are not measured again: each measure walks the subtree,
// so unbounded nesting would make the survey quadratic.
constexpr size_t kMaxMeasuredParagraphNesting = 4;

// Everything the page says about itself, gathered in one pass.
struct Survey {
  std::vector<std::pair<std::string, std::string>> metas;  // lowercased key, content
  std::string canonical;
  std::string title;  // <title>
  std::vector<std::string> json_ld;
  const GumboNode* body = nullptr;
  const GumboNode* article_body = nullptr;  // first itemprop="articleBody"
  std::vector<const GumboNode*> articles;  // outermost only: they hold the inner ones' text
  const GumboNode* densest = nullptr;  // most text in direct <p> children
};

// rel="..." is a space-separated, case-insensitive token list.
bool HasRelToken(std::string_view rel, std::string_view token) {
  std::string padded = " " + OneLine(Lower(rel)) + " ";
  return padded.find(" " + std::string(token) + " ") != std::string::npos;
}

// Where the survey walk is: enclosing furniture, articles and paragraphs.
struct SurveyContext {
  bool in_boilerplate = false;
  size_t enclosing_articles = 0;
  size_t enclosing_paragraphs = 0;
};

void NoteElement(const GumboNode* node, const SurveyContext& context, Survey& survey,
                 std::unordered_map<const GumboNode*, size_t>& p_text) {
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_META) {
    std::string_view content = Attr(node, "content");
    for (const char* key : {"property", "name", "itemprop"}) {
      std::string_view value = Attr(node, key);
      if (!value.empty()) survey.metas.emplace_back(Lower(Trim(value)), std::string(content));
    }
  } else if (tag == GUMBO_TAG_LINK) {
    if (survey.canonical.empty() && HasRelToken(Attr(node, "rel"), "canonical")) {
      survey.canonical = std::string(Trim(Attr(node, "href")));
    }
  } else if (tag == GUMBO_TAG_TITLE && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
    if (survey.title.empty()) survey.title = OneLine(TextOf(node));
  } else if (tag == GUMBO_TAG_SCRIPT) {
    if (Lower(Trim(Attr(node, "type"))) == "application/ld+json") {
      std::string script;
      const GumboVector& children = node->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT) script += child->v.text.text;
      }
      survey.json_ld.push_back(std::move(script));
    }
  } else if (tag == GUMBO_TAG_BODY) {
    if (survey.body == nullptr) survey.body = node;
  }
  // Story containers inside furniture (a teaser <article> in a "related" aside)
  // are not the story.
  if (context.in_boilerplate) return;
  if (survey.article_body == nullptr && Lower(Trim(Attr(node, "itemprop"))) == "articlebody") {
    survey.article_body = node;
  }
  // An outer article's text contains its inner ones', and the first of equals
  // wins: inner articles can never be chosen, and measuring them all would
  // be quadratic in their nesting.
  if (tag == GUMBO_TAG_ARTICLE && context.enclosing_articles == 0) survey.articles.push_back(node);
  if (tag == GUMBO_TAG_P && node->parent != nullptr && IsElement(node->parent) &&
      context.enclosing_paragraphs < kMaxMeasuredParagraphNesting) {
    size_t& total = p_text[node->parent];
    total += TextOf(node).size();
    if (survey.densest == nullptr || total > p_text[survey.densest]) survey.densest = node->parent;
  }
}

Survey SurveyPage(const GumboNode* root) {
  Survey survey;
  std::unordered_map<const GumboNode*, size_t> p_text;
  size_t boilerplate_depth = 0;  // how many dropped elements enclose the current node
  SurveyContext context;
  auto enter = [&](const GumboNode* node) {
    if (!IsElement(node)) return false;
    bool dropped = IsDropped(node);
    context.in_boilerplate = boilerplate_depth > 0 || dropped;
    NoteElement(node, context, survey, p_text);
    if (dropped) ++boilerplate_depth;
    if (HasTag(node, GUMBO_TAG_ARTICLE)) ++context.enclosing_articles;
    if (HasTag(node, GUMBO_TAG_P)) ++context.enclosing_paragraphs;
    return true;
  };
  auto leave = [&](const GumboNode* node) {
    if (IsDropped(node)) --boilerplate_depth;
    if (HasTag(node, GUMBO_TAG_ARTICLE)) --context.enclosing_articles;
    if (HasTag(node, GUMBO_TAG_P)) --context.enclosing_paragraphs;
  };
  Walk(root, enter, leave);
  return survey;
}

std::string MetaContent(const Survey& survey, std::string_view key) {
  for (const auto& [name, content] : survey.metas) {
    if (name == key && !Trim(content).empty()) return std::string(Trim(content));
  }
  return "";
}

// itemprop="articleBody", else the <article> with the most text, else the
// element whose paragraphs hold the most text, else <body>.
const GumboNode* ChooseContainer(const Survey& survey) {
  if (survey.article_body != nullptr) return survey.article_body;
  const GumboNode* best = nullptr;
  size_t best_size = 0;
  for (const GumboNode* article : survey.articles) {
    size_t size = TextOf(article).size();
    if (best == nullptr || size > best_size) {
      best = article;
      best_size = size;
    }
  }
  if (best != nullptr) return best;
  if (survey.densest != nullptr) return survey.densest;
  return survey.body;
}

// The first non-empty <h1> under `root`, furniture included: an article's <h1>
// usually sits in its <header>.
std::string FirstHeading(const GumboNode* root) {
  std::string heading;
  Walk(root, [&](const GumboNode* node) {
    if (!heading.empty() || !IsElement(node)) return false;
    if (node->v.element.tag != GUMBO_TAG_H1) return true;
    heading = OneLine(TextOf(node));
    return false;
  }, [](const GumboNode*) {});
  return heading;
}

// The first <time> under the story that names a date: its datetime attribute,
// else its text (the attribute is optional in HTML).
std::string TimeInStory(const GumboNode* container) {
  bool keep_headers = !HasTag(container, GUMBO_TAG_BODY);
  std::string date;
  Walk(container, [&](const GumboNode* node) {
    if (!date.empty() || !IsElement(node)) return false;
    if (node != container && IsDropped(node, keep_headers)) return false;
    if (node->v.element.tag != GUMBO_TAG_TIME) return true;
    date = ParsePublishedDate(Attr(node, "datetime"));
    if (date.empty()) date = ParsePublishedDate(TextOf(node));
    return false;
  }, [](const GumboNode*) {});
  return date;
}

// Finds "datePublished": "..." anywhere in the JSON-LD (top level, @graph, or
// nested), without a JSON parser: the value is all that is needed.
std::string JsonLdDate(const std::string& json) {
  static constexpr std::string_view kKey = "\"datePublished\"";
  for (size_t pos = json.find(kKey); pos != std::string::npos; pos = json.find(kKey, pos + 1)) {
    size_t i = pos + kKey.size();
    while (i < json.size() && IsAsciiSpace(json[i])) ++i;
    if (i >= json.size() || json[i] != ':') continue;
    ++i;
    while (i < json.size() && IsAsciiSpace(json[i])) ++i;
    if (i >= json.size() || json[i] != '"') continue;
    std::string value;
    for (++i; i < json.size() && json[i] != '"'; ++i) {
      if (json[i] == '\\' && i + 1 < json.size()) ++i;  // keep the escaped character
      value += json[i];
    }
    std::string date = ParsePublishedDate(value);
    if (!date.empty()) return date;
  }
  return "";
}

std::string FindPublished(const Survey& survey, const GumboNode* container) {
  for (std::string_view key : kDateMetaKeys) {
    for (const auto& [name, content] : survey.metas) {
      if (name != key) continue;
      std::string date = ParsePublishedDate(content);
      if (!date.empty()) return date;
    }
  }
  std::string date = TimeInStory(container);
  for (size_t i = 0; date.empty() && i < survey.json_ld.size(); ++i) date = JsonLdDate(survey.json_ld[i]);
  return date;
}

// NUL bytes, or control bytes beyond a tenth of the sample, mean the file is
// not text at all (images, archives, mislabelled PDFs).
bool LooksBinary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kSniffBytes);
  size_t control = 0;
  for (char ch : head) {
    auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) ++control;
  }
  return control * 10 > head.size();
}

const GumboNode* BodyOf(const GumboOutput& output) {
  const GumboVector& children = output.root->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const GumboNode* child = static_cast<const GumboNode*>(children.data[i]);
    if (HasTag(child, GUMBO_TAG_BODY)) return child;
  }
  return output.root;  // a <frameset> page has no body
}

Result<Document> ReadHtmlImpl(std::string_view bytes, std::string_view origin) {
  std::string where(origin);
  if (LooksBinary(bytes)) return Status::InvalidArgument(where + ": not an HTML document (binary data)");
  if (bytes.size() >= UINT32_MAX) return Status::InvalidArgument(where + ": HTML document too large");
  // gumbo is quadratic in nesting: flatten or refuse what would take it hours.
  Result<BoundedHtml> bounded = BoundHtmlCost(bytes, where);
  if (!bounded.ok()) return bounded.status();
  GumboPtr output = Parse(bounded->flattened ? std::string_view(*bounded->flattened) : bytes);
  if (output == nullptr || output->root == nullptr) return Status::Internal(where + ": HTML parser failed");
  Survey survey = SurveyPage(output->root);
  if (survey.body == nullptr) survey.body = BodyOf(*output);

  Document doc;
  const GumboNode* container = ChooseContainer(survey);
  doc.text = TextOf(container);
  if (doc.text.empty() && container != survey.body) {
    container = survey.body;  // an empty articleBody placeholder; the page may still have text
    doc.text = TextOf(container);
  }
  if (doc.text.empty()) return Status::InvalidArgument(where + ": no story text found in HTML");

  doc.title = OneLine(MetaContent(survey, "og:title"));
  if (doc.title.empty()) doc.title = FirstHeading(container);
  if (doc.title.empty()) doc.title = FirstHeading(output->root);
  if (doc.title.empty()) doc.title = survey.title;
  doc.url = survey.canonical.empty() ? MetaContent(survey, "og:url") : survey.canonical;
  doc.source = OneLine(MetaContent(survey, "og:site_name"));
  doc.published = FindPublished(survey, container);
  if (!doc.published.empty()) doc.published_from = "meta";
  doc.lang = OneLine(Attr(output->root, "lang"));  // InputReader::Prepare normalises the tag
  if (doc.lang.empty()) doc.lang = OneLine(MetaContent(survey, "og:locale"));
  doc.origin = where;
  return doc;
}

// Building the message may itself fail for want of memory; an empty message
// never allocates.
Status InternalError(std::string_view origin, const char* what) {
  try {
    return Status::Internal(std::string(origin) + ": reading HTML failed: " + what);
  } catch (...) {
    return Status::Internal(std::string());
  }
}

}  // namespace

Result<Document> ReadHtml(std::string_view bytes, std::string_view origin) {
  try {
    return ReadHtmlImpl(bytes, origin);
  } catch (const std::exception& e) {
    return InternalError(origin, e.what());
  } catch (...) {
    return InternalError(origin, "unknown exception");
  }
}

std::string HtmlFragmentToText(std::string_view html, std::string* refused) {
  try {
    if (html.size() >= UINT32_MAX) return "";
    Result<BoundedHtml> bounded = BoundHtmlCost(html, "");
    if (!bounded.ok()) {
      if (refused != nullptr) *refused = bounded.status().message();
      return "";
    }
    GumboPtr output = Parse(bounded->flattened ? std::string_view(*bounded->flattened) : html);
    if (output == nullptr || output->root == nullptr) return "";
    return TextOf(BodyOf(*output));
  } catch (...) {
    return "";  // the caller treats "" as an item without text
  }
}

}  // namespace dyad
