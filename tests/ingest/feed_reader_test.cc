#include "ingest/feed_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace dyad {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;

std::string Rss(const std::string& items) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
         "     xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
         "<channel><title>Harbour Gazette</title><link>https://gazette.example/</link>\n" +
         items + "</channel></rss>\n";
}

std::string Atom(const std::string& entries) {
  return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
         "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
         "<title type=\"text\">Pacific Wire</title><id>urn:feed:pw</id>\n" +
         entries + "</feed>\n";
}

std::vector<Document> MustRead(const std::string& xml, const std::string& stem = "wire") {
  Result<std::vector<Document>> docs = ReadFeed(xml, "feeds/wire.xml", stem);
  EXPECT_TRUE(docs.ok()) << docs.status().ToString();
  return docs.ok() ? *docs : std::vector<Document>();
}

TEST(FeedReaderTest, LooksLikeFeedRecognisesRoots) {
  EXPECT_TRUE(LooksLikeFeed(Rss("")));
  EXPECT_TRUE(LooksLikeFeed(Atom("")));
  EXPECT_TRUE(LooksLikeFeed("\xEF\xBB\xBF  <!-- generated --><?xml-stylesheet href=\"a.xsl\"?>\n<rss>"));
  EXPECT_TRUE(LooksLikeFeed("<!DOCTYPE rss [<!ENTITY x \"y\">]><rss version=\"2.0\">"));
  EXPECT_TRUE(LooksLikeFeed("<!DOCTYPE rss [\n<!ENTITY x \"y\">\n] >\n<rss>"));
  EXPECT_TRUE(LooksLikeFeed("<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">"));
  EXPECT_FALSE(LooksLikeFeed("<!DOCTYPE html><html><body>rss</body></html>"));
  EXPECT_FALSE(LooksLikeFeed("<rssfeed>"));
  EXPECT_FALSE(LooksLikeFeed("Talks on fisheries ended."));
  EXPECT_FALSE(LooksLikeFeed(""));
  EXPECT_FALSE(LooksLikeFeed("<?xml version=\"1.0\""));
}

TEST(FeedReaderTest, RssWithTwoItems) {
  std::vector<Document> docs = MustRead(Rss(
      "<item><title>Fisheries talks</title><link>https://gazette.example/fish</link>\n"
      "<guid isPermaLink=\"false\">gz-101</guid><pubDate>Tue, 08 Oct 2024 09:00:00 +0700</pubDate>\n"
      "<description>&lt;p&gt;Indonesia and Malaysia held talks on fisheries on Tuesday.&lt;/p&gt;"
      "&lt;p&gt;A second round is planned.&lt;/p&gt;</description></item>\n"
      "<item><title>Port deal</title><link>https://gazette.example/port</link>\n"
      "<guid>https://gazette.example/port</guid><dc:date>2024-10-09T10:00:00Z</dc:date>\n"
      "<description>Vietnam signed a port agreement with Singapore.</description></item>\n"));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "gz-101");
  EXPECT_EQ(docs[0].title, "Fisheries talks");
  EXPECT_EQ(docs[0].url, "https://gazette.example/fish");
  EXPECT_EQ(docs[0].published, "2024-10-08");
  EXPECT_EQ(docs[0].published_from, "feed");
  EXPECT_EQ(docs[0].source, "Harbour Gazette");
  EXPECT_EQ(docs[0].text, "Indonesia and Malaysia held talks on fisheries on Tuesday.\n\nA second round is planned.");
  EXPECT_EQ(docs[0].origin, "feeds/wire.xml:5");
  EXPECT_EQ(docs[1].id, "https://gazette.example/port");
  EXPECT_EQ(docs[1].published, "2024-10-09");  // dc:date when there is no pubDate
  EXPECT_EQ(docs[1].text, "Vietnam signed a port agreement with Singapore.");
}

TEST(FeedReaderTest, ContentEncodedBeatsDescription) {
  std::vector<Document> docs = MustRead(Rss(
      "<item><guid>a</guid><description>Short summary.</description>"
      "<content:encoded><![CDATA[<p>Thailand &amp; Cambodia reopened a border crossing.</p>"
      "<script>track()</script>]]></content:encoded></item>"));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "Thailand & Cambodia reopened a border crossing.");
}

TEST(FeedReaderTest, PlainDescriptionKeepsParagraphsAndDecodesDoubleEscapes) {
  std::vector<Document> docs = MustRead(Rss(
      "<item><guid>a</guid><title>Trade &amp;amp; aid</title>"
      "<description>Chile and Peru met.\n  \nThey discussed copper &amp;amp; lithium.</description></item>"));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].title, "Trade & aid");
  EXPECT_EQ(docs[0].text, "Chile and Peru met.\n\nThey discussed copper & lithium.");
}

TEST(FeedReaderTest, ItemWithoutGuidUsesLink) {
  std::vector<Document> docs = MustRead(Rss(
      "<item><link> https://gazette.example/envoy </link><description>An envoy arrived.</description></item>"));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "https://gazette.example/envoy");
  EXPECT_EQ(docs[0].url, "https://gazette.example/envoy");
}

TEST(FeedReaderTest, ItemWithNeitherGuidNorLinkUsesStemAndPosition) {
  std::vector<Document> docs = MustRead(Rss(
      "<item><guid>first</guid><description>Nepal hosted a summit.</description></item>"
      "<item><description>Bhutan sent a delegation.</description></item>"),
      "gazette-2024");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].id, "gazette-2024-2");
  EXPECT_EQ(docs[1].published, "");
  EXPECT_EQ(docs[1].published_from, "");
}

TEST(FeedReaderTest, ItemsWithoutTextAreSkippedButCounted) {
  std::vector<Document> docs = MustRead(Rss(
      "<item><title>Photo gallery</title></item>"
      "<item><description>   </description></item>"
      "<item><description>Samoa ratified the treaty.</description></item>"));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "wire-3");
  EXPECT_EQ(docs[0].text, "Samoa ratified the treaty.");
}

TEST(FeedReaderTest, RssInItsOldDefaultNamespace) {
  std::vector<Document> docs = MustRead(
      "<rss xmlns=\"http://backend.userland.com/rss2\" version=\"2.0\"><channel><title>Old Wire</title>"
      "<item><guid>o1</guid><pubDate>12 Oct 2024</pubDate><description>Malta hosted envoys.</description>"
      "</item></channel></rss>");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].source, "Old Wire");
  EXPECT_EQ(docs[0].published, "2024-10-12");
  EXPECT_EQ(docs[0].text, "Malta hosted envoys.");
}

TEST(FeedReaderTest, AtomWithTwoEntries) {
  std::vector<Document> docs = MustRead(Atom(
      "<entry><title>Envoys meet</title><id>tag:pw,2024:1</id>\n"
      "<link rel=\"self\" href=\"https://pw.example/api/1\"/>\n"
      "<link rel=\"alternate\" href=\"https://pw.example/envoys\"/>\n"
      "<published>2024-10-12T08:30:00+07:00</published><updated>2024-10-13T00:00:00Z</updated>\n"
      "<content type=\"html\">&lt;p&gt;Tonga and Fiji discussed fisheries.&lt;/p&gt;</content>\n"
      "<summary>Not used.</summary></entry>\n"
      "<entry><title type=\"html\">Aid &lt;em&gt;pledged&lt;/em&gt;</title><id>tag:pw,2024:2</id>\n"
      "<link href=\"https://pw.example/aid\"/><updated>2024-10-14T10:00:00Z</updated>\n"
      "<summary>Australia pledged cyclone aid to Vanuatu.</summary></entry>\n"));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "tag:pw,2024:1");
  EXPECT_EQ(docs[0].url, "https://pw.example/envoys");
  EXPECT_EQ(docs[0].published, "2024-10-12");  // published beats updated
  EXPECT_EQ(docs[0].published_from, "feed");
  EXPECT_EQ(docs[0].text, "Tonga and Fiji discussed fisheries.");
  EXPECT_EQ(docs[0].source, "Pacific Wire");
  EXPECT_EQ(docs[1].title, "Aid pledged");
  EXPECT_EQ(docs[1].url, "https://pw.example/aid");
  EXPECT_EQ(docs[1].published, "2024-10-14");
  EXPECT_EQ(docs[1].text, "Australia pledged cyclone aid to Vanuatu.");
}

TEST(FeedReaderTest, AtomXhtmlContentAndOutOfLineContent) {
  std::vector<Document> docs = MustRead(Atom(
      "<entry><id>x1</id><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
      "<p>Palau joined the forum.</p><p>It is the tenth member.</p></div></content></entry>"
      "<entry><id>x2</id><link rel=\"enclosure\" href=\"https://pw.example/a.mp3\"/>"
      "<content src=\"https://pw.example/full\"/><summary>Nauru renewed its lease.</summary></entry>"));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text, "Palau joined the forum.\n\nIt is the tenth member.");
  EXPECT_EQ(docs[1].text, "Nauru renewed its lease.");
  EXPECT_EQ(docs[1].url, "https://pw.example/a.mp3");  // the only link there is
}

TEST(FeedReaderTest, AtomEntryWithoutIdOrLinkUsesStem) {
  std::vector<Document> docs = MustRead(Atom("<entry><summary>Tuvalu spoke at the UN.</summary></entry>"), "pw");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "pw-1");
}

TEST(FeedReaderTest, BrokenFeedNamesOriginAndLine) {
  Result<std::vector<Document>> docs = ReadFeed(
      "<rss version=\"2.0\">\n<channel>\n<item><title>Unclosed\n</item>\n</channel>\n</rss>\n",
      "feeds/broken.xml", "broken");
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().code(), Status::Code::kInvalidArgument);
  EXPECT_THAT(docs.status().message(), MatchesRegex("feeds/broken\\.xml:[0-9]+: not a well-formed feed: .+"));
  EXPECT_THAT(docs.status().message(), HasSubstr("feeds/broken.xml:4:"));  // where </item> closes <title>
  EXPECT_NE(docs.status().message().back(), '\n');
}

TEST(FeedReaderTest, TruncatedAndEmptyInputsAreErrors) {
  for (const char* xml : {"", "<rss version=\"2.0\"><channel><item>", "not xml at all"}) {
    SCOPED_TRACE(xml);
    Result<std::vector<Document>> docs = ReadFeed(xml, "feeds/t.xml", "t");
    ASSERT_FALSE(docs.ok());
    EXPECT_THAT(docs.status().message(), MatchesRegex("feeds/t\\.xml:[0-9]+: not a well-formed feed: .+"));
  }
}

TEST(FeedReaderTest, NonFeedXmlIsRejected) {
  Result<std::vector<Document>> docs = ReadFeed("<?xml version=\"1.0\"?><note><to>Ministry</to></note>",
                                                "feeds/note.xml", "note");
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(docs.status().message(), "feeds/note.xml: not an RSS or Atom feed (root element <note>)");
  Result<std::vector<Document>> no_channel = ReadFeed("<rss/>", "feeds/empty.xml", "e");
  EXPECT_FALSE(no_channel.ok());
}

TEST(FeedReaderTest, ExternalEntitiesAreNotLoaded) {
  std::vector<Document> docs = MustRead(
      "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">"
      "<!ENTITY org \"the Pacific Forum\">]>"
      "<rss><channel><item><guid>e</guid><description>Leaders of &org; met. &secret;</description>"
      "</item></channel></rss>");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "Leaders of the Pacific Forum met.");
}

TEST(FeedReaderTest, EntityExpansionIsBounded) {
  std::string dtd = "<!ENTITY a0 \"ha\">";
  for (int i = 1; i < 10; ++i) {
    std::string prev = "&a" + std::to_string(i - 1) + ";";
    std::string value;
    for (int j = 0; j < 10; ++j) value += prev;
    dtd += "<!ENTITY a" + std::to_string(i) + " \"" + value + "\">";
  }
  std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [" + dtd +
                    "]><rss><channel><item><guid>b</guid><description>&a9;</description></item></channel></rss>";
  // Either libxml2 refuses the bomb or the expansion stops early; neither may hang.
  Result<std::vector<Document>> docs = ReadFeed(xml, "feeds/bomb.xml", "bomb");
  if (docs.ok()) {
    ASSERT_LE(docs->size(), 1u);
    if (!docs->empty()) {
      EXPECT_LT((*docs)[0].text.size(), 4u << 20);
    }
  } else {
    EXPECT_THAT(docs.status().message(), HasSubstr("feeds/bomb.xml:"));
  }
}

// A DTD declaring one large entity &big;, then `body` (the feed proper).
std::string FeedWithLargeEntity(size_t entity_bytes, const std::string& body) {
  return "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY big \"" + std::string(entity_bytes, 'x') +
         "\">]>" + body;
}

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

double SecondsToRead(const std::string& xml, Result<std::vector<Document>>& docs) {
  auto start = std::chrono::steady_clock::now();
  docs = ReadFeed(xml, "feeds/bomb.xml", "bomb");
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// 90 KB of entity referenced 2000 times in 96 KB of feed: 180 MB expanded.
// Before the byte budget this took 9.7 GB and threw std::bad_alloc.
TEST(FeedReaderTest, LargeEntityReferencedOftenIsRejected) {
  std::string xml = FeedWithLargeEntity(
      90 << 10, "<rss><channel><item><guid>b</guid><description>" + Repeat("&big;", 2000) +
                    "</description></item></channel></rss>");
  Result<std::vector<Document>> docs = Status::Ok();
  double seconds = SecondsToRead(xml, docs);
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().code(), Status::Code::kInvalidArgument);
  EXPECT_THAT(docs.status().message(),
              MatchesRegex("feeds/bomb\\.xml: entity expansion exceeds 1048576 bytes .*; feed rejected"));
  EXPECT_LT(seconds, 2.0);
}

// Entity references in attribute values (an Atom link's href) are expanded
// under the same budget (xmlGetProp would expand them without limit).
TEST(FeedReaderTest, LargeEntityInAttributesIsRejected) {
  std::string xml = FeedWithLargeEntity(
      90 << 10, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>e</id><link href=\"" +
                    Repeat("&big;", 2000) + "\"/><summary>text</summary></entry></feed>");
  Result<std::vector<Document>> docs = Status::Ok();
  double seconds = SecondsToRead(xml, docs);
  ASSERT_FALSE(docs.ok());
  EXPECT_THAT(docs.status().message(), HasSubstr("feeds/bomb.xml: entity expansion exceeds"));
  EXPECT_LT(seconds, 2.0);
}

// An entity first met in an attribute has no parsed children, so libxml2
// re-parses its text at every later reference in content: the parse itself
// must be charged, not only dyad's expansion (<category> is never read).
TEST(FeedReaderTest, EntityReparsedByLibxmlIsRejected) {
  std::string xml = FeedWithLargeEntity(
      90 << 10, "<rss><channel><item><guid>b</guid><title x=\"&big;\">t</title><category>" +
                    Repeat("&big;", 20000) + "</category><description>d</description></item></channel></rss>");
  Result<std::vector<Document>> docs = Status::Ok();
  double seconds = SecondsToRead(xml, docs);
  ASSERT_FALSE(docs.ok());
  EXPECT_THAT(docs.status().message(), HasSubstr("feeds/bomb.xml: entity expansion exceeds"));
  EXPECT_LT(seconds, 2.0);
}

// Nested entities ("billion laughs") that libxml2's own loop check lets
// through stop at the node or byte budget and reject the feed.
TEST(FeedReaderTest, NestedEntitiesAreRejected) {
  std::string dtd = "<!ENTITY a0 \"" + std::string(1000, 'x') + "\">";
  for (int i = 1; i < 4; ++i) {
    dtd += "<!ENTITY a" + std::to_string(i) + " \"" + Repeat("&a" + std::to_string(i - 1) + ";", 30) + "\">";
  }
  std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [" + dtd +
                    "]><rss><channel><item><guid>b</guid><description>" + Repeat("&a3;", 10) +
                    "</description></item></channel></rss>";
  Result<std::vector<Document>> docs = Status::Ok();
  double seconds = SecondsToRead(xml, docs);
  ASSERT_FALSE(docs.ok());
  EXPECT_THAT(docs.status().message(), HasSubstr("feeds/bomb.xml:"));
  EXPECT_LT(seconds, 2.0);
}

// Honest DTD entities (HTML names declared as character references) are
// cheaper than their references and never reach the budget, however many.
TEST(FeedReaderTest, DeclaredHtmlEntitiesStillExpand) {
  std::string item = "<item><description>Talks&nbsp;resumed &mdash; again.</description></item>";
  std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY nbsp \"&#160;\">"
                    "<!ENTITY mdash \"&#8212;\">]><rss><channel><title>W</title>" +
                    Repeat(item, 30000) + "</channel></rss>";
  ASSERT_GT(xml.size(), 2u << 20);  // past the budget's floor
  std::vector<Document> docs = MustRead(xml);
  ASSERT_EQ(docs.size(), 30000u);
  EXPECT_EQ(docs.back().text, "Talks\u00A0resumed \u2014 again.");
}

// An escaped HTML description goes through the HTML reader's limits too:
// 100k nested <div> took gumbo 39 s.
TEST(FeedReaderTest, DeeplyNestedHtmlDescriptionIsFlattened) {
  std::string xml = Rss("<item><guid>d</guid><description>" + Repeat("&lt;div&gt;", 100000) +
                        "Deep text</description></item>");
  Result<std::vector<Document>> docs = Status::Ok();
  double seconds = SecondsToRead(xml, docs);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].text, "Deep text");
  EXPECT_LT(seconds, 5.0);
}

// A description too costly to parse loses its item: that is reported with
// the item's line, not dropped in silence like an item that has no text.
TEST(FeedReaderTest, ItemWithRefusedHtmlIsReportedWithItsLine) {
  std::string attributes;
  for (int i = 0; i < 20000; ++i) attributes += " a" + std::to_string(i);
  std::string xml = Rss("<item><guid>ok</guid><description>Talks went well.</description></item>\n"
                        "<item><guid>costly</guid><description>&lt;p" + attributes +
                        "&gt;Talks&lt;/p&gt;</description></item>\n"
                        "<item><guid>empty</guid><description></description></item>\n");
  std::vector<SkippedFeedItem> skipped;
  Result<std::vector<Document>> docs = ReadFeed(xml, "feeds/wire.xml", "wire", &skipped);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].id, "ok");
  ASSERT_EQ(skipped.size(), 1u);
  EXPECT_EQ(skipped[0].where, "feeds/wire.xml:6");  // four lines of header, then the items
  EXPECT_EQ(skipped[0].why.rfind("item skipped: HTML tags carry too many attributes", 0), 0u) << skipped[0].why;
}

}  // namespace
}  // namespace dyad
