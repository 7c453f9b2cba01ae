#include "ingest/input_reader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/input_reader_testing.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::Read;
using testing::ReadBytes;
using testing::ReadPaths;
using testing::TempDir;

TEST(InputReaderTest, DetectsFormatByExtension) {
  EXPECT_EQ(InputReader::DetectFormat("a/b.jsonl", "{}"), InputFormat::kJsonLines);
  EXPECT_EQ(InputReader::DetectFormat("b.NDJSON", "{}"), InputFormat::kJsonLines);
  EXPECT_EQ(InputReader::DetectFormat("p.html", "x"), InputFormat::kHtml);
  EXPECT_EQ(InputReader::DetectFormat("p.HTM", "x"), InputFormat::kHtml);
  EXPECT_EQ(InputReader::DetectFormat("f.rss", "x"), InputFormat::kFeed);
  EXPECT_EQ(InputReader::DetectFormat("f.atom", "x"), InputFormat::kFeed);
  EXPECT_EQ(InputReader::DetectFormat("story.txt", "Japan and China met."), InputFormat::kPlainText);
}

TEST(InputReaderTest, DetectsFormatByContent) {
  EXPECT_EQ(InputReader::DetectFormat("page", "\n <!DOCTYPE html><html></html>"), InputFormat::kHtml);
  EXPECT_EQ(InputReader::DetectFormat("page.txt", "<HTML><body>x</body></HTML>"), InputFormat::kHtml);
  EXPECT_EQ(InputReader::DetectFormat("feed", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"), InputFormat::kFeed);
  EXPECT_EQ(InputReader::DetectFormat("feed.txt", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            InputFormat::kFeed);
}

TEST(InputReaderTest, StdinIsJsonLines) {
  EXPECT_EQ(InputReader::DetectFormat("-", "{\"text\":\"x\"}"), InputFormat::kJsonLines);
  EXPECT_EQ(InputReader::DetectFormat("-", "not json"), InputFormat::kJsonLines);
  Read r = ReadBytes("{\"text\":\"Cuba and Mexico met on Friday.\"}\n{\"id\":\"s2\",\"text\":\"Chile too.\"}\n", "-");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "stdin-1");
  EXPECT_EQ(r.docs[0].origin, "-:1");
  EXPECT_EQ(r.docs[1].id, "s2");
}

TEST(InputReaderTest, PlainTextFileIsOneStoryWithTextMetadata) {
  TempDir dir;
  std::string path = dir.Write("stories/2024_ph-cn.txt",
                               "MANILA, March 4 (PNA) — The Philippines protested to China on Monday.\n\n"
                               "Manila summoned the Chinese ambassador on Tuesday.\n");
  Read r = ReadPaths({path});
  ASSERT_TRUE(r.problems.empty());
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.id, "2024_ph-cn");
  EXPECT_EQ(d.origin, path);
  EXPECT_EQ(d.dateline, "MANILA");
  EXPECT_EQ(d.dateline_month, 3);
  EXPECT_EQ(d.dateline_day, 4);
  EXPECT_EQ(d.agency, "PNA");
  EXPECT_EQ(d.text.substr(d.body_begin, 15), "The Philippines");
}

TEST(InputReaderTest, TextIsPutInNfc) {
  TempDir dir;
  std::string path = dir.Write("nfc.txt", "Vie\xCC\xA3\xCC\x82t Nam and Laos met on Monday.");
  Read r = ReadPaths({path});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Việt Nam and Laos met on Monday.");
}

TEST(InputReaderTest, JsonLinesFileKeepsLineOrigins) {
  TempDir dir;
  std::string path = dir.Write("batch.ndjson",
                               "{\"id\":\"a\",\"text\":\"TOKYO — Japan and China held talks on Monday.\"}\n"
                               "{\"text\":\"Seoul and Tokyo met.\"}\n");
  Read r = ReadPaths({path});
  ASSERT_TRUE(r.problems.empty());
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].origin, path + ":1");
  EXPECT_EQ(r.docs[0].dateline, "TOKYO");
  EXPECT_EQ(r.docs[1].id, "batch-2");
}

TEST(InputReaderTest, EmptyFilesAreRejected) {
  TempDir dir;
  std::string empty = dir.Write("empty.txt", "");
  std::string blank = dir.Write("blank.jsonl", " \n\n\t\n");
  Read r = ReadPaths({empty, blank});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].where, empty);
  EXPECT_EQ(r.problems[0].message, "empty file");
  EXPECT_EQ(r.problems[1].where, blank);
  EXPECT_TRUE(r.problems[1].rejected);
}

TEST(InputReaderTest, InvalidUtf8IsRepairedWithAWarningNamingTheByte) {
  TempDir dir;
  std::string path = dir.Write("latin1.txt", "Bras\xEDlia and Buenos Aires renewed a trade pact on Friday.");
  Read r = ReadPaths({path});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Bras\xEF\xBF\xBDlia and Buenos Aires renewed a trade pact on Friday.");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_FALSE(r.problems[0].rejected);
  EXPECT_EQ(r.problems[0].where, path);
  EXPECT_NE(r.problems[0].message.find("invalid UTF-8 at byte 4, line 1"), std::string::npos) << r.problems[0].message;
}

TEST(InputReaderTest, InvalidUtf8InPlainTextNamesItsLine) {
  Read r = ReadBytes("Lima and Quito met.\nThey signed a pact.\nBras\xEDlia objected.", "in/latin1.txt");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("invalid UTF-8 at byte 44, line 3"), std::string::npos) << r.problems[0].message;
}

// Both ids used to become "kr\uFFFD" and the second story replaced the first.
TEST(InputReaderTest, IdsDifferingOnlyInInvalidBytesStayDistinct) {
  Read r = ReadBytes(
      "{\"id\":\"kr\xFF\",\"text\":\"Seoul and Tokyo met.\"}\n"
      "{\"id\":\"kr\xFE\",\"text\":\"Seoul and Beijing met.\"}\n"
      "{\"id\":\"kr%\",\"text\":\"Seoul and Hanoi met.\"}\n",
      "in/wire.jsonl");
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "kr%FF");
  EXPECT_EQ(r.docs[1].id, "kr%FE");
  EXPECT_EQ(r.docs[2].id, "kr%");  // valid: left alone
  // One warning per rewritten id, and no summary of the same bytes again.
  const std::vector<InputProblem>& rewrites = r.problems;
  ASSERT_EQ(rewrites.size(), 2u);
  EXPECT_EQ(rewrites[0].where, "in/wire.jsonl:1");
  EXPECT_EQ(rewrites[0].message, "id \"kr\xEF\xBF\xBD\" has invalid UTF-8; stored as \"kr%FF\"");
  EXPECT_FALSE(rewrites[0].rejected);
  EXPECT_EQ(rewrites[1].where, "in/wire.jsonl:2");
}

TEST(InputReaderTest, FileNameWithInvalidBytesGivesAValidId) {
  TempDir dir;
  std::string path = dir.Write("seoul\xFF.txt", "Seoul and Tokyo met on Monday.");
  Read r = ReadPaths({path});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "seoul%FF");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, path);
  EXPECT_FALSE(r.problems[0].rejected);
}

TEST(InputReaderTest, InvalidUtf8InJsonLinesIsRepairedOnce) {
  TempDir dir;
  std::string path = dir.Write("bad.jsonl",
                               "{\"id\":\"a\",\"text\":\"Quito\xC0\xAF and Lima met.\"}\n"
                               "{\"id\":\"b\",\"text\":\"Caracas\xFF and Bogot\xE1 met.\"}\n");
  Read r = ReadPaths({path});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].text, "Quito\xEF\xBF\xBD and Lima met.");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_FALSE(r.problems[0].rejected);
  EXPECT_EQ(r.problems[0].where, path + ":1");  // the first bad line
  EXPECT_NE(r.problems[0].message.find("byte 23"), std::string::npos) << r.problems[0].message;
  EXPECT_NE(r.problems[0].message.find("3 sequence(s)"), std::string::npos) << r.problems[0].message;
}

TEST(InputReaderTest, BinaryJunkNamedHtmlIsRejected) {
  TempDir dir;
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 37 + 11) % 256));
  std::string path = dir.Write("page.html", junk);
  Read r = ReadPaths({path});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.Rejections().size(), 1u);
  EXPECT_EQ(r.Rejections()[0].where, path);
  EXPECT_FALSE(r.Rejections()[0].message.empty());
}

// The feed and HTML readers name their input in their messages; the problem
// named it a second time ("f.rss: f.rss: entity expansion ...").
TEST(InputReaderTest, ReaderErrorsNameTheInputOnce) {
  Read feed = ReadBytes("<?xml version=\"1.0\"?><html><body>x</body></html>", "feeds/odd.rss");
  ASSERT_EQ(feed.problems.size(), 1u);
  EXPECT_EQ(feed.problems[0].where, "feeds/odd.rss");
  EXPECT_EQ(feed.problems[0].message, "not an RSS or Atom feed (root element <html>)");
  Read page = ReadBytes("<html><body><script>x</script></body></html>", "pages/empty.html");
  ASSERT_EQ(page.problems.size(), 1u);
  EXPECT_EQ(page.problems[0].where, "pages/empty.html");
  EXPECT_EQ(page.problems[0].message, "no story text found in HTML");
  Read broken = ReadBytes("<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>a</title></rss>", "feeds/bad.rss");
  ASSERT_EQ(broken.problems.size(), 1u);
  EXPECT_EQ(broken.problems[0].where.rfind("feeds/bad.rss:", 0), 0u) << broken.problems[0].where;
  EXPECT_EQ(broken.problems[0].message.find("feeds/bad.rss"), std::string::npos) << broken.problems[0].message;
}

TEST(InputReaderTest, BinaryJunkNamedTxtIsRejected) {
  TempDir dir;
  std::string junk("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
  std::string path = dir.Write("notes.txt", junk + "some text after the header");
  Read r = ReadPaths({path});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].message, "not a text file (binary data)");
}

TEST(InputReaderTest, FiftyMegabyteTextFileIsRejectedWithAClearMessage) {
  TempDir dir;
  std::string line = "Australia and New Zealand held talks on Monday about Pacific fisheries. ";
  std::string big;
  big.reserve(50u << 20);
  while (big.size() < (50u << 20)) big += line;
  std::string path = dir.Write("huge.txt", big);
  big.clear();
  big.shrink_to_fit();
  Read r = ReadPaths({path});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, path);
  EXPECT_TRUE(r.problems[0].rejected);
  EXPECT_EQ(r.problems[0].message,
            "file is 50.0 MB; one story may have at most 16.0 MB (use JSON Lines for many stories)");
}

TEST(InputReaderTest, DirectoriesAreReadRecursivelyInSortedOrder) {
  TempDir dir;
  dir.Write("corpus/b.txt", "Benin and Togo met.");
  dir.Write("corpus/a/c.txt", "Chad and Niger met.");
  dir.Write("corpus/a.txt", "Angola and Zambia met.");
  dir.Write("corpus/z/y/x.txt", "Mali and Senegal met.");
  dir.Write("corpus/a/d.jsonl", "{\"id\":\"d1\",\"text\":\"Gabon and Congo met.\"}\n");
  Read r = ReadPaths({dir.Path("corpus")});
  EXPECT_TRUE(r.problems.empty());
  std::vector<std::string> ids;
  for (const Document& d : r.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "c", "d1", "b", "x"}));
}

TEST(InputReaderTest, ProblemsDoNotStopTheBatch) {
  TempDir dir;
  std::string good1 = dir.Write("one.txt", "Iran and Iraq met on Sunday.");
  std::string empty = dir.Write("two.txt", "");
  std::string good2 = dir.Write("three.txt", "Oman and Yemen met on Monday.");
  Read r = ReadPaths({good1, dir.Path("missing.txt"), empty, good2});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "one");
  EXPECT_EQ(r.docs[1].id, "three");
  EXPECT_EQ(r.Rejections().size(), 2u);
}

TEST(InputReaderTest, HtmlPageGetsTheFileStemAsId) {
  Read r = ReadBytes(
      "<!DOCTYPE html><html><head><title>Talks</title>"
      "<meta property=\"article:published_time\" content=\"2024-05-06T09:00:00+08:00\"></head>"
      "<body><article><p>SINGAPORE (Reuters) - Singapore and Malaysia agreed on Monday to build a rail link.</p>"
      "</article></body></html>",
      "pages/sg-my.html");
  ASSERT_EQ(r.docs.size(), 1u) << (r.problems.empty() ? "" : r.problems[0].message);
  EXPECT_EQ(r.docs[0].id, "sg-my");
  EXPECT_EQ(r.docs[0].published, "2024-05-06");
  EXPECT_EQ(r.docs[0].dateline, "SINGAPORE");
  EXPECT_EQ(r.docs[0].agency, "Reuters");
}

TEST(InputReaderTest, FeedItemsArePrepared) {
  Read r = ReadBytes(
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
      "<item><guid>w-1</guid><title>One</title><pubDate>Mon, 06 May 2024 09:00:00 +0000</pubDate>"
      "<description>CANBERRA — Australia and Fiji signed a policing pact on Monday.</description></item>"
      "<item><guid>w-2</guid><title>Two</title>"
      "<description>Fiji and Tonga met on Tuesday.</description></item>"
      "</channel></rss>",
      "feeds/wire.rss");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "w-1");
  EXPECT_EQ(r.docs[0].published, "2024-05-06");
  EXPECT_EQ(r.docs[0].published_from, "feed");
  EXPECT_EQ(r.docs[0].dateline, "CANBERRA");
  EXPECT_EQ(r.docs[1].id, "w-2");
}

}  // namespace
}  // namespace dyad
