#include "ingest/html_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/html_testing.h"

namespace dyad {
namespace {

using testing::MustRead;
using testing::Page;

TEST(HtmlReaderTest, ParagraphsAreSeparatedByBlankLines) {
  Document doc = MustRead(Page("", "<p>Indonesia and Malaysia held talks on fisheries on Tuesday.</p>"
                                   "<p>Both sides agreed to meet again in March.</p>"));
  EXPECT_EQ(doc.text,
            "Indonesia and Malaysia held talks on fisheries on Tuesday.\n\n"
            "Both sides agreed to meet again in March.");
  EXPECT_EQ(doc.origin, "pages/story.html");
  EXPECT_EQ(doc.id, "");
}

TEST(HtmlReaderTest, CollapsesWhitespaceWithinParagraphs) {
  Document doc = MustRead(Page("", "<p>  The envoy\n\t arrived   in <b>Hanoi</b>\n on Monday. </p>"));
  EXPECT_EQ(doc.text, "The envoy arrived in Hanoi on Monday.");
}

TEST(HtmlReaderTest, InlineElementsDoNotBreakParagraphs) {
  Document doc = MustRead(Page("", "<p>Talks in <a href=\"/x\">Jakarta</a> were <em>cordial</em>.</p>"));
  EXPECT_EQ(doc.text, "Talks in Jakarta were cordial.");
}

TEST(HtmlReaderTest, BlockElementsBreakParagraphs) {
  Document doc = MustRead(Page(
      "", "<div><h2>Summit ends</h2>Leaders signed a pact.<br>Trade will grow."
          "<ul><li>Chile</li><li>Peru</li></ul><blockquote>We are partners.</blockquote>"
          "<table><tr><td>Row</td><td>one</td></tr><tr><td>Row two</td></tr></table></div>"));
  EXPECT_EQ(doc.text,
            "Summit ends\n\nLeaders signed a pact.\n\nTrade will grow.\n\nChile\n\nPeru\n\n"
            "We are partners.\n\nRow one\n\nRow two");
}

TEST(HtmlReaderTest, DecodesEntities) {
  Document doc = MustRead(Page("", "<p>Chile &amp; Peru&#8217;s ministers met&nbsp;&nbsp;today &lt;3.</p>"));
  EXPECT_EQ(doc.text, "Chile & Peru\u2019s ministers met today <3.");
}

TEST(HtmlReaderTest, DropsNavigationAndScripts) {
  Document doc = MustRead(Page(
      "<style>p { color: red; }</style><script>var tracking = 1;</script>",
      "<header>Site masthead</header><nav><a>World</a><a>Sport</a></nav>"
      "<p>Norway pledged aid to flood victims in Bangladesh.</p>"
      "<script>console.log('ad');</script><noscript>Enable JavaScript</noscript>"
      "<template><p>Hidden template</p></template><iframe>frame text</iframe>"
      "<svg><text>chart label</text></svg><form><p>Search the site</p></form>"
      "<button>Load more</button><select><option>English</option></select>"
      "<figure><img src=\"a.jpg\"><figcaption>Photo credit line</figcaption></figure>"
      "<aside>Most read today</aside><footer>Copyright notice</footer>"));
  EXPECT_EQ(doc.text, "Norway pledged aid to flood victims in Bangladesh.");
}

TEST(HtmlReaderTest, DropsBoilerplateByClassOrId) {
  const char* kFurniture[] = {
      "class=\"share-buttons\"", "id=\"Related-Stories\"", "class=\"cookie-consent\"",
      "class=\"newsletter box\"", "id=\"MainMenu\"",         "class=\"ad advert-slot\"",
      "class=\"comments\"",      "class=\"breadcrumbs\"",   "class=\"top-banner\"",
      "id=\"sidebar\"",          "class=\"promo\"",         "class=\"social-links\"",
      "class=\"subscribe-cta\"", "class=\"page-footer\"",   "class=\"site-header\"",
      "class=\"navbar\""};
  for (const char* attr : kFurniture) {
    SCOPED_TRACE(attr);
    Document doc = MustRead(Page("", std::string("<div ") + attr + "><p>Furniture text</p></div>" +
                                         "<p>Kenya and Ethiopia signed a border accord.</p>"));
    EXPECT_EQ(doc.text, "Kenya and Ethiopia signed a border accord.");
  }
}

TEST(HtmlReaderTest, BodyClassNeverHidesTheStory) {
  Document doc = MustRead("<html class=\"nav-open\"><body class=\"has-sidebar header-fixed\">"
                          "<div id=\"sidebar\"><p>Most read</p></div>"
                          "<article><p>Kenya and Ethiopia signed a border accord.</p></article></body></html>");
  EXPECT_EQ(doc.text, "Kenya and Ethiopia signed a border accord.");
}

TEST(HtmlReaderTest, PrefersItempropArticleBody) {
  Document doc = MustRead(Page(
      "", "<article><p>Teaser about something else entirely, long enough to matter.</p>"
          "<div itemprop=\"articleBody\"><p>Brazil hosted the climate envoys.</p></div></article>"));
  EXPECT_EQ(doc.text, "Brazil hosted the climate envoys.");
}

TEST(HtmlReaderTest, PrefersArticleOverRestOfPage) {
  Document doc = MustRead(Page(
      "", "<div><p>Weather: sunny.</p></div>"
          "<article><p>Japan and Korea resumed shuttle diplomacy.</p></article>"));
  EXPECT_EQ(doc.text, "Japan and Korea resumed shuttle diplomacy.");
}

TEST(HtmlReaderTest, ChoosesTheLargestArticle) {
  Document doc = MustRead(Page(
      "", "<article><p>Short teaser.</p></article>"
          "<article><p>Egypt mediated a ceasefire between the two factions overnight.</p>"
          "<p>Talks continue in Cairo.</p></article>"));
  EXPECT_EQ(doc.text, "Egypt mediated a ceasefire between the two factions overnight.\n\nTalks continue in Cairo.");
}

TEST(HtmlReaderTest, WithoutArticleChoosesDensestParagraphs) {
  Document doc = MustRead(Page(
      "", "<div class=\"top\"><p>Markets</p></div>"
          "<div class=\"story\"><p>Ghana recalled its ambassador on Friday.</p>"
          "<p>The ministry gave no reason.</p></div>"
          "<div class=\"bottom\"><p>Contact us</p></div>"));
  EXPECT_EQ(doc.text, "Ghana recalled its ambassador on Friday.\n\nThe ministry gave no reason.");
}

TEST(HtmlReaderTest, FallsBackToBodyText) {
  Document doc = MustRead("<html><body>Fiji joined the regional pact.</body></html>");
  EXPECT_EQ(doc.text, "Fiji joined the regional pact.");
}

TEST(HtmlReaderTest, EmptyArticleBodyFallsBackToBody) {
  Document doc = MustRead(Page("", "<div itemprop=\"articleBody\"></div><span>Oman hosted talks.</span>"));
  EXPECT_EQ(doc.text, "Oman hosted talks.");
}

TEST(HtmlReaderTest, OgTitleBeatsTitleElementAndHeading) {
  Document doc = MustRead(Page("<title>Talks | Daily Site</title><meta property=\"og:title\" content=\"Talks  open\">",
                               "<h1>Heading text</h1><p>Delegates met.</p>"));
  EXPECT_EQ(doc.title, "Talks open");
}

TEST(HtmlReaderTest, HeadingBeatsTitleElement) {
  Document doc = MustRead(Page("<title>Talks | Daily Site</title>",
                               "<article><header><h1>Peru and\n Chile talk</h1></header><p>Delegates met.</p></article>"));
  EXPECT_EQ(doc.title, "Peru and Chile talk");
  EXPECT_EQ(doc.text, "Delegates met.");  // the article's header is not body text
}

TEST(HtmlReaderTest, TitleElementIsTheLastResort) {
  Document doc = MustRead(Page("<title> Talks &amp; trade | Daily Site </title>", "<p>Delegates met.</p>"));
  EXPECT_EQ(doc.title, "Talks & trade | Daily Site");
}

TEST(HtmlReaderTest, PublishedFromArticleMeta) {
  Document doc = MustRead(Page(
      "<meta name=\"date\" content=\"2023-01-01\">"
      "<meta property=\"article:published_time\" content=\"2024-10-12T08:30:00+07:00\">",
      "<p>Laos opened a new rail link.</p>"));
  EXPECT_EQ(doc.published, "2024-10-12");  // article:published_time outranks date
  EXPECT_EQ(doc.published_from, "meta");
}

TEST(HtmlReaderTest, PublishedFromEveryMetaName) {
  const char* kKeys[] = {"property=\"og:published_time\"", "itemprop=\"datePublished\"",
                         "name=\"pubdate\"",               "name=\"publishdate\"",
                         "name=\"date\"",                  "name=\"DC.date.issued\"",
                         "name=\"sailthru.date\"",         "name=\"parsely-pub-date\""};
  for (const char* key : kKeys) {
    SCOPED_TRACE(key);
    Document doc = MustRead(Page(std::string("<meta ") + key + " content=\"October 5, 2024\">",
                                 "<p>Laos opened a new rail link.</p>"));
    EXPECT_EQ(doc.published, "2024-10-05");
    EXPECT_EQ(doc.published_from, "meta");
  }
}

TEST(HtmlReaderTest, UnparseableMetaFallsThrough) {
  Document doc = MustRead(Page("<meta name=\"date\" content=\"last Tuesday\">"
                               "<meta name=\"pubdate\" content=\"garbage\">",
                               "<article><time datetime=\"2024-03-01\">1 March</time><p>Text.</p></article>"));
  EXPECT_EQ(doc.published, "2024-03-01");
}

TEST(HtmlReaderTest, PublishedFromTimeInsideStory) {
  Document doc = MustRead(Page(
      "", "<header><time datetime=\"2020-01-01\">Today</time></header>"
          "<article><header><time datetime=\"2024-06-15T10:00:00Z\">15 June</time></header>"
          "<p>Mongolia signed a mining deal.</p></article>"));
  EXPECT_EQ(doc.published, "2024-06-15");
  EXPECT_EQ(doc.published_from, "meta");
}

TEST(HtmlReaderTest, TimeTextWhenNoDatetimeAttribute) {
  Document doc = MustRead(Page("", "<article><p>Mongolia signed a mining deal.</p>"
                                   "<time>June 15, 2024</time></article>"));
  EXPECT_EQ(doc.published, "2024-06-15");
}

TEST(HtmlReaderTest, TimeOutsideStoryIsIgnored) {
  Document doc = MustRead(Page("", "<footer><time datetime=\"2020-01-01\">x</time></footer>"
                                   "<article><p>Mongolia signed a mining deal.</p></article>"));
  EXPECT_EQ(doc.published, "");
  EXPECT_EQ(doc.published_from, "");
}

TEST(HtmlReaderTest, PublishedFromJsonLd) {
  Document doc = MustRead(Page(
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"datePublished\" : \"2024-11-02T09:00:00+01:00\"}</script>",
      "<p>Austria and Hungary discussed migration.</p>"));
  EXPECT_EQ(doc.published, "2024-11-02");
  EXPECT_EQ(doc.published_from, "meta");
  EXPECT_EQ(doc.text, "Austria and Hungary discussed migration.");  // the script is not text
}

TEST(HtmlReaderTest, PublishedFromJsonLdGraph) {
  Document doc = MustRead(Page(
      "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebPage\", \"datePublished\": \"n/a\"},"
      "{\"@type\": \"NewsArticle\",\n \"datePublished\":\n\"2024-11-03\"}]}</script>",
      "<p>Austria and Hungary discussed migration.</p>"));
  EXPECT_EQ(doc.published, "2024-11-03");
}

TEST(HtmlReaderTest, MetaDateOutranksJsonLd) {
  Document doc = MustRead(Page(
      "<script type=\"application/ld+json\">{\"datePublished\": \"2024-11-03\"}</script>"
      "<meta property=\"article:published_time\" content=\"2024-11-01\">",
      "<p>Austria and Hungary discussed migration.</p>"));
  EXPECT_EQ(doc.published, "2024-11-01");
}

TEST(HtmlReaderTest, UrlAndSourceFromLinkAndOpenGraph) {
  Document doc = MustRead(Page("<link rel=\"Canonical\" href=\"https://news.example/a\">"
                               "<meta property=\"og:url\" content=\"https://news.example/b\">"
                               "<meta property=\"og:site_name\" content=\"Example News\">",
                               "<p>Text.</p>"));
  EXPECT_EQ(doc.url, "https://news.example/a");
  EXPECT_EQ(doc.source, "Example News");
  Document og = MustRead(Page("<meta property=\"og:url\" content=\"https://news.example/b\">", "<p>Text.</p>"));
  EXPECT_EQ(og.url, "https://news.example/b");
  EXPECT_EQ(og.source, "");
}

TEST(HtmlReaderTest, RejectsBinaryData) {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  Result<Document> doc = ReadHtml(png, "pages/image.html");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(doc.status().message(), "pages/image.html: not an HTML document (binary data)");
}

TEST(HtmlReaderTest, RejectsControlBytesAboveTenPercent) {
  std::string junk = "<p>Text</p>" + std::string(2, '\x01') + std::string(6, 'a');  // 2 of 19 bytes
  EXPECT_FALSE(ReadHtml(junk, "pages/junk.html").ok());
  std::string fine = "<p>Text</p>" + std::string(1, '\x7f') + std::string(19, 'a');  // 1 of 31
  EXPECT_TRUE(ReadHtml(fine, "pages/fine.html").ok());
}

TEST(HtmlReaderTest, RejectsPagesWithoutText) {
  for (const std::string& html : {std::string(""), std::string("  \n\t "), Page("<title>Only a title</title>", ""),
                                   Page("", "<script>var x = 1;</script><nav>Home</nav>")}) {
    Result<Document> doc = ReadHtml(html, "pages/empty.html");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.status().code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(doc.status().message(), "pages/empty.html: no story text found in HTML");
  }
}

TEST(HtmlReaderTest, SurvivesDeepNesting) {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<div>";
  html += "Deep text";
  Document doc = MustRead(html);
  EXPECT_EQ(doc.text, "Deep text");
}

TEST(HtmlFragmentToTextTest, TurnsMarkupIntoParagraphs) {
  EXPECT_EQ(HtmlFragmentToText("<p>Qatar &amp; Kuwait met.</p><script>x()</script><p>More&#8217;s  coming.</p>"),
            "Qatar & Kuwait met.\n\nMore\u2019s coming.");
  EXPECT_EQ(HtmlFragmentToText("Plain <b>bold</b> text"), "Plain bold text");
  EXPECT_EQ(HtmlFragmentToText(""), "");
}

}  // namespace
}  // namespace dyad
