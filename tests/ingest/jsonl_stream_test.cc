// JSON Lines read from a stream in pieces: the same stories, line numbers and
// repairs as reading the whole input at once, whatever its size.
#include "ingest/jsonl_stream.h"

#include <gtest/gtest.h>

#include <cstdio>
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

Read ReadAll(const std::string& bytes) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::tmpfile(), &std::fclose);
  std::fwrite(bytes.data(), 1, bytes.size(), f.get());
  std::rewind(f.get());
  Read r;
  r.any_content = ReadJsonLinesStream(
      f.get(), "wire.jsonl", "wire", [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](InputProblem&& p) { r.problems.push_back(std::move(p)); });
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

}  // namespace
}  // namespace dyad
