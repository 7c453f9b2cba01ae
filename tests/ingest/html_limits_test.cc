// The costly pages of issue 11 (deep, unclosed, misnested, attribute-heavy
// HTML): ReadHtml stays linear because BoundHtmlCost flattens or refuses them.
#include "ingest/html_limits.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "ingest/html_reader.h"
#include "ingest/html_testing.h"

namespace dyad {
namespace {

using testing::MustRead;
using testing::Page;

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Reads `html` and returns the seconds it took. The bounds below are ~10x the
// time on a loaded 2-core machine; the inputs took gumbo 2-80 s unbounded.
double SecondsToRead(const std::string& html, Result<Document>& doc) {
  auto start = std::chrono::steady_clock::now();
  doc = ReadHtml(html, "pages/story.html");
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// 100k nested <div> took 39 s in gumbo (quadratic scope checks); start tags
// beyond kMaxHtmlDepth are dropped and the text stays.
TEST(HtmlLimitsTest, HundredThousandNestedDivsAreFlattened) {
  Result<Document> doc = Status::Ok();
  double seconds = SecondsToRead(Repeat("<div>", 100000) + "Deep text", doc);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "Deep text");
  EXPECT_LT(seconds, 5.0);
}

// 3.8 MB of unclosed <div><p> took 77 s.
TEST(HtmlLimitsTest, UnclosedDivsAndParagraphsAreFlattened) {
  Result<Document> doc = Status::Ok();
  double seconds = SecondsToRead("<body>" + Repeat("<div><p>x", 400000), doc);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  // Beyond the depth limit the paragraphs run together, but the text stays.
  EXPECT_GT(doc->text.size(), 300000u);
  EXPECT_EQ(doc->text.find_first_not_of("x\n"), std::string::npos);
  EXPECT_LT(seconds, 5.0);
}

TEST(HtmlLimitsTest, FlatteningKeepsTheTextOfEveryLevel) {
  std::string html = "<body>";
  for (int i = 0; i < 1000; ++i) html += "<div>L" + std::to_string(i) + " ";
  Document doc = MustRead(html);
  EXPECT_EQ(doc.text.substr(0, 3), "L0\n");
  EXPECT_NE(doc.text.find("L500\n\nL501"), std::string::npos);
  EXPECT_NE(doc.text.find("L600 L601"), std::string::npos);  // flattened: one paragraph
  EXPECT_EQ(doc.text.substr(doc.text.size() - 4), "L999");
}

// Patterns that are quadratic in gumbo through other walks (list items,
// headings, formatting elements, forms, templates, foreign content, script
// escapes hiding end tags, a select swallowing a raw-text tag): 20000 of
// each took gumbo 1.5-15 s.
TEST(HtmlLimitsTest, OtherQuadraticNestingsAreBounded) {
  const std::string patterns[] = {
      "<li><section>x",  "<div><h1>",          "<b><i>",   "<dl><dt>",      "<form><div></form>",
      "<a><div></a>",    "<b><div></b>",       "<template><div>", "<table><tr><td><div>",
      "<svg><foreignObject><div>", "<math><mi><div>", "<select><xmp></select><div>",
      "<frameset>",      "<p><button>",
  };
  for (const std::string& pattern : patterns) {
    Result<Document> doc = Status::Ok();
    double seconds = SecondsToRead("<body>" + Repeat(pattern, 20000) + "end", doc);
    EXPECT_LT(seconds, 5.0) << pattern;
    if (!doc.ok()) {
      EXPECT_EQ(doc.status().message().rfind("pages/story.html: ", 0), 0u) << pattern;
    }
  }
  // "</div>" inside a double-escaped script is script text, not end tags.
  std::string hidden = "<body>" + Repeat("<div>", 20000) + "<script><!--<script></script>" +
                       Repeat("</div>", 20000) + "--></script>" + Repeat("<div>", 20000) + "end";
  Result<Document> doc = Status::Ok();
  EXPECT_LT(SecondsToRead(hidden, doc), 5.0);
  Result<BoundedHtml> bounded = BoundHtmlCost(hidden, "pages/story.html");
  ASSERT_TRUE(bounded.ok());
  EXPECT_GE(bounded->deepest, kMaxHtmlDepth - 3);
}

// 200 distinct formatting elements re-opened in each of 20000 paragraphs:
// 4 million elements from 82 KB, 15 s.
TEST(HtmlLimitsTest, ReopenedFormattingElementsAreRejected) {
  std::string html = "<body><p>";
  for (int i = 0; i < 200; ++i) html += "<b id=" + std::to_string(i) + ">";
  html += Repeat("<p>x", 20000);
  Result<Document> doc = Status::Ok();
  double seconds = SecondsToRead(html, doc);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(doc.status().message(),
            "pages/story.html: HTML re-opens misnested formatting elements more than 1048576 times");
  EXPECT_LT(seconds, 5.0);
}

// gumbo compares every attribute name with all earlier ones of the tag.
TEST(HtmlLimitsTest, TagsWithTooManyAttributesAreRejected) {
  std::string html = "<body><div";
  for (int i = 0; i < 20000; ++i) html += " a" + std::to_string(i);
  html += ">text";
  Result<Document> doc = Status::Ok();
  double seconds = SecondsToRead(html, doc);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().message(),
            "pages/story.html: HTML tags carry too many attributes (more than 67108864 pairs to compare)");
  EXPECT_LT(seconds, 5.0);
}

// Flattening caps the depth, not the tags at that depth: a page that keeps
// 500 elements open above 2.4 MB of paragraphs is refused.
TEST(HtmlLimitsTest, DeepPageFullOfTagsIsRejected) {
  Result<Document> doc = Status::Ok();
  double seconds = SecondsToRead("<body>" + Repeat("<div>", 500) + Repeat("<p>x</p>", 300000), doc);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().message(),
            "pages/story.html: HTML nested too deeply for its size (open elements summed over its tags "
            "exceed 268435456)");
  EXPECT_LT(seconds, 5.0);
}

// Nested articles: each used to be measured by walking its whole subtree.
TEST(HtmlLimitsTest, NestedArticlesAreMeasuredOnce) {
  std::string text = Repeat("The delegates met again. ", 80000);  // 2 MB
  Result<Document> doc = Status::Ok();
  double seconds = SecondsToRead("<body>" + Repeat("<article>", 500) + "<p>" + text + "</p>", doc);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text.size(), text.size() - 1);
  EXPECT_LT(seconds, 5.0);
}

// Once gumbo takes a <frameset> it ignores <script>, so the framesets after
// it nest; 300k of them crashed gumbo (stack overflow).
TEST(HtmlLimitsTest, FramesetsAfterAnIgnoredScriptAreFlattened) {
  Result<Document> doc = Status::Ok();
  double seconds = SecondsToRead("<frameset><script>" + Repeat("<frameset>", 300000), doc);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().message(), "pages/story.html: no story text found in HTML");
  EXPECT_LT(seconds, 5.0);
}

TEST(HtmlLimitsTest, OrdinaryPagesAreNotRewritten) {
  std::string page = Page(
      "<title>T</title><script>var s = '<div><div><div>'; if (a < b) x();</script>"
      "<style>p > b { color: red }</style>",
      "<table><tr><td><font face=x><p>Cell <b>one<td>two</table>"
      "<svg viewBox=\"0 0 1 1\"><g><path d=\"M0\"/><path/></g></svg>"
      "<ul><li>a<li>b</ul><p>Para<p>Para<!-- <div><div> --><select><option>1<option>2</select>"
      "<textarea><div></textarea>");
  std::string html = Repeat(page, 200);
  Result<BoundedHtml> bounded = BoundHtmlCost(html, "pages/story.html");
  ASSERT_TRUE(bounded.ok()) << bounded.status().ToString();
  EXPECT_FALSE(bounded->flattened.has_value());
  EXPECT_LT(bounded->deepest, 20u);
}

TEST(HtmlFragmentToTextTest, TooCostlyFragmentHasNoText) {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += " a" + std::to_string(i);
  EXPECT_EQ(HtmlFragmentToText("<p" + html + ">Talks</p>"), "");
  EXPECT_EQ(HtmlFragmentToText(Repeat("<div>", 100000) + "Talks"), "Talks");
}

}  // namespace
}  // namespace dyad
