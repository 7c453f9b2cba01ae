// JSON Lines read from a stream in pieces: the same stories, line numbers and
// repairs as reading the whole input at once, whatever its size.
#include "ingest/jsonl_stream.h"

#include <gtest/gtest.h>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace dyad {
namespace {

struct Read {
  std::vector<Document> docs;
  std::vector<InputProblem> problems;
  bool any_content = false;
};

Read ReadAll(const std::string& bytes, size_t max_line_bytes = kMaxStoryBytes) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::tmpfile(), &std::fclose);
  std::fwrite(bytes.data(), 1, bytes.size(), f.get());
  std::rewind(f.get());
  Read r;
  r.any_content = ReadJsonLinesStream(
      f.get(), "wire.jsonl", "wire", [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](InputProblem&& p) { r.problems.push_back(std::move(p)); }, max_line_bytes);
  return r;
}

std::string Story(int n) {
  std::string text = "Story " + std::to_string(n) + ": Indonesia and Malaysia held talks on fisheries. ";
  while (text.size() < 900) text += "The ministers met again. ";
  return R"({"id": "s)" + std::to_string(n) + R"(", "text": ")" + text + "\"}\n";
}

TEST(JsonLinesStreamTest, ManyPiecesKeepEveryStoryAndLineNumbers) {
  std::string bytes;
  int n = 0;
  while (bytes.size() < (9u << 20)) bytes += Story(++n);  // three pieces of ~4 MB
  int bad_line = n + 1;
  bytes += "{not json\n";
  bytes += Story(++n);
  Read r = ReadAll(bytes);
  ASSERT_EQ(r.docs.size(), static_cast<size_t>(n));  // all but the bad line
  EXPECT_EQ(r.docs.front().id, "s1");
  EXPECT_EQ(r.docs.back().id, "s" + std::to_string(n));
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "wire.jsonl:" + std::to_string(bad_line));
  EXPECT_TRUE(r.any_content);
}

TEST(JsonLinesStreamTest, InvalidUtf8IsRepairedAndReportedOnceWithItsByte) {
  std::string first = Story(1);
  std::string bytes = first + R"({"id": "bad", "text": "Seoul )" + std::string("\xff") + "\"}\n" + Story(3);
  Read r = ReadAll(bytes);
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[1].text, "Seoul \xEF\xBF\xBD");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_FALSE(r.problems[0].rejected);
  EXPECT_EQ(r.problems[0].where, "wire.jsonl:2");
  size_t byte = first.size() + std::string(R"({"id": "bad", "text": "Seoul )").size();
  EXPECT_NE(r.problems[0].message.find("at byte " + std::to_string(byte)), std::string::npos) << r.problems[0].message;
}

TEST(JsonLinesStreamTest, OnlySpacesIsNoContent) {
  Read r = ReadAll(" \n\n  \n");
  EXPECT_FALSE(r.any_content);
  EXPECT_TRUE(r.docs.empty());
  EXPECT_TRUE(r.problems.empty());
}

TEST(JsonLinesStreamTest, LastLineWithoutNewlineIsRead) {
  std::string bytes = Story(1) + R"({"id": "tail", "text": "Hanoi hosted Vientiane."})";
  Read r = ReadAll(bytes);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[1].id, "tail");
}

// Lines over the limit are rejected with their length; whether the stream
// passed over one unkept (much longer than a read) or the line reader turned
// it down, the lines after it keep their numbers and byte offsets.
TEST(JsonLinesStreamTest, LinesOverTheLimitAreRejectedAndLaterLinesKeepTheirNumbers) {
  constexpr size_t kLimit = 4096;
  std::string just_over = R"({"id": "o", "text": ")" + std::string(kLimit + 1 - 23, 'a') + "\"}";
  ASSERT_EQ(just_over.size(), kLimit + 1);
  std::string long_line = R"({"id": "l", "text": ")" + std::string(200000, 'b') + "\"}";
  std::string bytes = Story(1) + just_over + "\n" + long_line + "\n";
  size_t bad_byte = bytes.size() + std::string(R"({"id": "s4", "text": "Sofia )").size();
  bytes += R"({"id": "s4", "text": "Sofia )" + std::string("\xFF") + " and Skopje met.\"}\n";
  bytes += std::string(300000, 'c');  // the last line, over the limit, without a newline
  Read r = ReadAll(bytes, kLimit);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].origin, "wire.jsonl:1");
  EXPECT_EQ(r.docs[1].origin, "wire.jsonl:4");
  ASSERT_EQ(r.problems.size(), 4u);
  EXPECT_EQ(r.problems[0].where, "wire.jsonl:2");
  EXPECT_EQ(r.problems[0].message, "line of 4097 bytes is over the story limit");
  EXPECT_EQ(r.problems[1].where, "wire.jsonl:3");
  EXPECT_EQ(r.problems[1].message, "line of " + std::to_string(long_line.size()) + " bytes is over the story limit");
  EXPECT_EQ(r.problems[2].where, "wire.jsonl:5");
  EXPECT_EQ(r.problems[2].message, "line of 300000 bytes is over the story limit");
  EXPECT_EQ(r.problems[3].where, "wire.jsonl:4");  // the UTF-8 warning comes last, for the whole input
  EXPECT_NE(r.problems[3].message.find("at byte " + std::to_string(bad_byte)), std::string::npos)
      << r.problems[3].message;
  EXPECT_TRUE(r.problems[0].rejected && r.problems[1].rejected && r.problems[2].rejected);
  EXPECT_FALSE(r.problems[3].rejected);
}

// Under the limit, a line longer than a piece (4 MB) and than many reads is
// still read whole, and the lines around it are unchanged.
TEST(JsonLinesStreamTest, LineLongerThanAPieceIsReadWhole) {
  std::string text(6u << 20, 'w');
  Read r = ReadAll(Story(1) + R"({"id": "long", "text": ")" + text + "\"}\n" + Story(3));
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(r.docs[1].text.size(), text.size());
  EXPECT_EQ(r.docs[2].origin, "wire.jsonl:3");
}

// A stream of `size` bytes of 'a' then "\n" + `tail`, made as it is read:
// the test holds none of it.
struct GeneratedStream {
  size_t size;
  std::string tail;
  size_t at = 0;
};

ssize_t ReadGenerated(void* cookie, char* buf, size_t n) {
  auto* g = static_cast<GeneratedStream*>(cookie);
  size_t total = g->size + 1 + g->tail.size();
  size_t give = std::min(n, total - g->at);
  for (size_t i = 0; i < give;) {
    size_t pos = g->at + i;
    if (pos < g->size) {
      size_t run = std::min(give - i, g->size - pos);
      std::memset(buf + i, 'a', run);
      i += run;
    } else {
      buf[i++] = pos == g->size ? '\n' : g->tail[pos - g->size - 1];
    }
  }
  g->at += give;
  return static_cast<ssize_t>(give);
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// A newline-free 500 MB file did not finish in 60 s (the whole buffer was
// searched for a newline after every 64 KB read) and would have been held
// whole. Now it is passed over in one pass with memory for one story.
TEST(JsonLinesStreamTest, HugeLineIsPassedOverInLinearTimeAndFlatMemory) {
  GeneratedStream g{512u << 20, Story(2)};
  std::unique_ptr<FILE, int (*)(FILE*)> in(
      fopencookie(&g, "rb", cookie_io_functions_t{ReadGenerated, nullptr, nullptr, nullptr}), &std::fclose);
  ASSERT_NE(in, nullptr);
  long rss_before = PeakRssKb();
  auto start = std::chrono::steady_clock::now();
  Read r;
  ReadJsonLinesStream(
      in.get(), "huge.jsonl", "huge", [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](InputProblem&& p) { r.problems.push_back(std::move(p)); });
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  long grown_mb = (PeakRssKb() - rss_before) / 1024;
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "huge.jsonl:1");
  EXPECT_EQ(r.problems[0].message, "line of 536870912 bytes is over the story limit");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].origin, "huge.jsonl:2");
  // One story's worth (16 MB) and two 4 MB pieces at most; the line is 512 MB.
  EXPECT_LT(grown_mb, 64) << "peak memory grew by " << grown_mb << " MB";
  EXPECT_LT(seconds, 30.0);  // about half a second when linear; quadratic took minutes
}

}  // namespace
}  // namespace dyad
