#include "ingest/input_reader.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "testing/temp_dir.h"
#include "testing/without_read_override.h"

namespace dyad {
namespace {

using testing::TempDir;
using testing::WithoutReadOverride;

AgencyTable ShippedAgencies() {
  Result<AgencyTable> t = AgencyTable::Load(DYAD_SOURCE_DIR "/data/ingest/agencies.tsv");
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  return t.ok() ? std::move(t).value() : AgencyTable();
}

struct Read {
  std::vector<Document> docs;
  std::vector<InputProblem> problems;
  std::vector<InputProblem> Rejections() const {
    std::vector<InputProblem> out;
    for (const InputProblem& p : problems) {
      if (p.rejected) out.push_back(p);
    }
    return out;
  }
};

Read ReadPaths(const std::vector<std::string>& paths,
              std::chrono::milliseconds fifo_timeout = std::chrono::seconds(10)) {
  InputReader reader(ShippedAgencies());
  reader.set_fifo_timeout(fifo_timeout);
  Read r;
  reader.ReadPaths(
      paths, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](InputProblem&& p) { r.problems.push_back(std::move(p)); });
  return r;
}

Read ReadBytes(std::string bytes, const std::string& origin) {
  InputReader reader(ShippedAgencies());
  Read r;
  reader.ReadBytes(
      std::move(bytes), origin, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](InputProblem&& p) { r.problems.push_back(std::move(p)); });
  return r;
}

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

TEST(InputReaderTest, NonexistentPathIsRejected) {
  TempDir dir;
  std::string path = dir.Path("nowhere.txt");
  Read r = ReadPaths({path});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, path);
  EXPECT_EQ(r.problems[0].message, "no such file or directory");
  EXPECT_TRUE(r.problems[0].rejected);
}

TEST(InputReaderTest, DanglingSymlinkIsRejected) {
  TempDir dir;
  std::string link = dir.Path("dangling.txt");
  ASSERT_EQ(::symlink(dir.Path("gone.txt").c_str(), link.c_str()), 0);
  Read r = ReadPaths({link});
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, link);
  EXPECT_EQ(r.problems[0].message, "no such file or directory");
}

TEST(InputReaderTest, UnreadableFileIsRejected) {
  // /proc/self/mem exists and opens, but reading it at offset 0 fails.
  Read r = ReadPaths({"/proc/self/mem"});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "/proc/self/mem");
  EXPECT_NE(r.problems[0].message.find("read error"), std::string::npos) << r.problems[0].message;
  EXPECT_TRUE(r.problems[0].rejected);
}

TEST(InputReaderTest, FileWithoutReadPermissionIsRejected) {
  WithoutReadOverride no_override;  // so that root cannot read it either
  if (!no_override.ok()) GTEST_SKIP() << "cannot drop CAP_DAC_OVERRIDE here";
  TempDir dir;
  std::string path = dir.Write("secret.txt", "Norway and Sweden met.");
  ASSERT_EQ(::chmod(path.c_str(), 0), 0);
  Read r = ReadPaths({path});
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, path);
  EXPECT_EQ(r.problems[0].message, "cannot open: Permission denied");
}

TEST(InputReaderTest, UnreadableFilesInADirectoryAreRejectedAndTheRestRead) {
  TempDir dir;
  dir.Write("tree/a.txt", "Angola and Zambia met.");
  std::string secret = dir.Write("tree/b.txt", "Benin and Togo met.");
  dir.Write("tree/c.txt", "Chad and Niger met.");
  // /proc/self/mem opens but cannot be read at offset 0, not even by root.
  std::string mem = dir.Path("tree/mem.txt");
  ASSERT_EQ(::symlink("/proc/self/mem", mem.c_str()), 0);
  ASSERT_EQ(::chmod(secret.c_str(), 0), 0);
  WithoutReadOverride no_override;
  Read r = ReadPaths({dir.Path("tree")});
  std::vector<std::string> ids;
  for (const Document& d : r.docs) ids.push_back(d.id);
  if (no_override.ok()) {
    EXPECT_EQ(ids, (std::vector<std::string>{"a", "c"}));
    ASSERT_EQ(r.problems.size(), 2u);
    EXPECT_EQ(r.problems[0].where, secret);
    EXPECT_EQ(r.problems[0].message, "cannot open: Permission denied");
  } else {
    EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c"}));
    ASSERT_EQ(r.problems.size(), 1u);
  }
  EXPECT_EQ(r.problems.back().where, mem);
  EXPECT_EQ(r.problems.back().message, "read error: Input/output error");
}

TEST(InputReaderTest, DeviceIsRefusedByTypeAndTheRestRead) {
  TempDir dir;
  std::string good = dir.Write("good.txt", "Egypt and Jordan held talks on Monday.");
  auto start = std::chrono::steady_clock::now();
  Read r = ReadPaths({"/dev/zero", good});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "good");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "/dev/zero");
  EXPECT_EQ(r.problems[0].message, "is a character device, not a file; pipe it on stdin if you mean it");
  EXPECT_TRUE(r.problems[0].rejected);
}

TEST(InputReaderTest, FifoWithoutWriterIsRejectedAfterTheTimeout) {
  TempDir dir;
  std::string fifo = dir.Path("fifo");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string good = dir.Write("good.txt", "Egypt and Jordan held talks on Monday.");
  auto start = std::chrono::steady_clock::now();
  Read r = ReadPaths({fifo, good}, std::chrono::milliseconds(300));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, fifo);
  EXPECT_EQ(r.problems[0].message, "no writer on FIFO after 0.3 s");
}

// Writes `bytes` into the FIFO at `path` once a reader has opened it, and
// gives up after 10 s so that a failing test does not hang.
std::thread FeedFifo(const std::string& path, std::string bytes) {
  return std::thread([path, bytes = std::move(bytes)] {
    int fd = -1;
    for (int i = 0; i < 1000 && fd < 0; ++i) {
      fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK);
      if (fd < 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (fd < 0) return;
    ::fcntl(fd, F_SETFL, 0);
    EXPECT_EQ(::write(fd, bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
    ::close(fd);
  });
}

TEST(InputReaderTest, FifoOfJsonLinesIsStreamedWithItsLineNumbers) {
  TempDir dir;
  std::string fifo = dir.Path("corpus");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer = FeedFifo(fifo,
                                "\n{\"id\":\"f1\",\"text\":\"Peru and Chile met.\"}\n"
                                "{\"id\":\"f2\",\"text\":\"Cuba and Haiti met.\"}\n"
                                "{broken\n");
  Read r = ReadPaths({fifo});
  writer.join();
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "f1");
  EXPECT_EQ(r.docs[0].origin, fifo + ":2");
  EXPECT_EQ(r.docs[1].id, "f2");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, fifo + ":4");
}

TEST(InputReaderTest, FifoOfTextIsOneStory) {
  TempDir dir;
  std::string fifo = dir.Path("wire");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer = FeedFifo(fifo, "MANILA (Reuters) - The Philippines protested to China on Monday.\n");
  Read r = ReadPaths({fifo});
  writer.join();
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "wire");
  EXPECT_EQ(r.docs[0].dateline, "MANILA");
  EXPECT_TRUE(r.problems.empty());
}

TEST(InputReaderTest, ProcessSubstitutionPipeIsRead) {
  // `dyad ingest <(zcat corpus.jsonl.gz)` names /dev/fd/N, a pipe whose
  // writer may already have finished.
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  std::string jsonl = "{\"id\":\"p1\",\"text\":\"Laos and Cambodia met.\"}\n";
  ASSERT_EQ(::write(fds[1], jsonl.data(), jsonl.size()), static_cast<ssize_t>(jsonl.size()));
  ::close(fds[1]);
  Read r = ReadPaths({"/dev/fd/" + std::to_string(fds[0])});
  ::close(fds[0]);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "p1");
  EXPECT_TRUE(r.problems.empty());
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
