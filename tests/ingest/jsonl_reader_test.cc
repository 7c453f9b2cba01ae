#include "ingest/jsonl_reader.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace dyad {
namespace {

struct Read {
  std::vector<Document> docs;
  std::vector<InputProblem> problems;
};

Read ReadAll(std::string_view bytes, std::string_view origin = "in/stories.jsonl", std::string_view stem = "stories") {
  Read r;
  ReadJsonLines(
      bytes, origin, stem, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](InputProblem&& p) { r.problems.push_back(std::move(p)); });
  return r;
}

TEST(JsonlReaderTest, ReadsEveryField) {
  Read r = ReadAll(
      R"({"id":"kr-jp-1","title":"Seoul and Tokyo talk","text":"South Korea and Japan held talks on Monday.",)"
      R"("source":"Harbour Wire","url":"https://wire.example/kr-jp-1","published":"2024-03-04"})"
      "\n");
  ASSERT_TRUE(r.problems.empty());
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.id, "kr-jp-1");
  EXPECT_EQ(d.title, "Seoul and Tokyo talk");
  EXPECT_EQ(d.text, "South Korea and Japan held talks on Monday.");
  EXPECT_EQ(d.source, "Harbour Wire");
  EXPECT_EQ(d.url, "https://wire.example/kr-jp-1");
  EXPECT_EQ(d.published, "2024-03-04");
  EXPECT_EQ(d.published_from, "input");
  EXPECT_EQ(d.metadata_json, "{}");
  EXPECT_EQ(d.origin, "in/stories.jsonl:1");
}

TEST(JsonlReaderTest, BrokenLineBetweenGoodOnesIsReportedWithFileAndLine) {
  Read r = ReadAll(
      "{\"id\":\"a\",\"text\":\"Chile and Peru met.\"}\n"
      "{\"id\":\"b\",\"text\":\"Argentina and Brazil\n"
      "{\"id\":\"c\",\"text\":\"Bolivia and Paraguay met.\"}\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "a");
  EXPECT_EQ(r.docs[1].id, "c");
  EXPECT_EQ(r.docs[1].origin, "in/stories.jsonl:3");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "in/stories.jsonl:2");
  EXPECT_EQ(r.problems[0].message, "not valid JSON");
  EXPECT_TRUE(r.problems[0].rejected);
}

TEST(JsonlReaderTest, NonObjectLinesAreRejected) {
  Read r = ReadAll("[1,2,3]\n\"just a string\"\n42\n");
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.problems.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(r.problems[i].where, "in/stories.jsonl:" + std::to_string(i + 1));
    EXPECT_EQ(r.problems[i].message, "not a JSON object");
  }
}

TEST(JsonlReaderTest, MissingOrBlankTextIsRejected) {
  Read r = ReadAll("{\"id\":\"x\",\"title\":\"No body\"}\n{\"id\":\"y\",\"text\":\"  \\n \"}\n{\"id\":\"z\",\"text\":null}\n");
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.problems.size(), 3u);
  EXPECT_EQ(r.problems[0].where, "in/stories.jsonl:1");
  EXPECT_EQ(r.problems[0].message, "no \"text\" field with content");
  EXPECT_EQ(r.problems[2].where, "in/stories.jsonl:3");
}

TEST(JsonlReaderTest, MissingIdUsesStemAndLineNumber) {
  Read r = ReadAll("\n{\"text\":\"Kenya and Ethiopia met.\"}\n\n{\"text\":\"Egypt and Sudan met.\",\"id\":\"\"}\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "stories-2");
  EXPECT_EQ(r.docs[1].id, "stories-4");
}

TEST(JsonlReaderTest, NumericIdBecomesText) {
  Read r = ReadAll("{\"id\":1207,\"text\":\"Ghana and Togo met.\"}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "1207");
}

TEST(JsonlReaderTest, Rfc3339PublishedBecomesADate) {
  Read r = ReadAll(
      "{\"id\":\"a\",\"text\":\"t\",\"published\":\"2024-10-12T08:30:00+07:00\"}\n"
      "{\"id\":\"b\",\"text\":\"t\",\"published\":\"2023-01-31T23:59:59Z\"}\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(r.docs[0].published, "2024-10-12");
  EXPECT_EQ(r.docs[0].published_from, "input");
  EXPECT_EQ(r.docs[1].published, "2023-01-31");
}

TEST(JsonlReaderTest, UnreadablePublishedIsAWarningAndKeptAsMetadata) {
  Read r = ReadAll("{\"id\":\"a\",\"text\":\"Nepal and Bhutan met.\",\"published\":\"last Tuesday\"}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].published, "");
  EXPECT_EQ(r.docs[0].published_from, "");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_FALSE(r.problems[0].rejected);
  EXPECT_EQ(r.problems[0].where, "in/stories.jsonl:1");
  EXPECT_NE(r.problems[0].message.find("last Tuesday"), std::string::npos);
  nlohmann::json meta = nlohmann::json::parse(r.docs[0].metadata_json);
  EXPECT_EQ(meta["published"], "last Tuesday");
}

TEST(JsonlReaderTest, ExtraFieldsAreKeptInMetadata) {
  Read r = ReadAll(
      "{\"id\":\"a\",\"text\":\"Mexico and Canada met.\",\"source\":\"AP\",\"tags\":[\"trade\",\"talks\"],"
      "\"score\":0.5,\"nested\":{\"k\":1},\"feed\":\"world\"}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  nlohmann::json meta = nlohmann::json::parse(r.docs[0].metadata_json);
  EXPECT_EQ(meta.size(), 4u);
  EXPECT_EQ(meta["feed"], "world");
  EXPECT_EQ(meta["tags"], nlohmann::json({"trade", "talks"}));
  EXPECT_EQ(meta["score"], 0.5);
  EXPECT_EQ(meta["nested"]["k"], 1);
  EXPECT_FALSE(meta.contains("text"));
  EXPECT_FALSE(meta.contains("id"));
}

TEST(JsonlReaderTest, WindowsLineEndingsAndBlankLines) {
  Read r = ReadAll("{\"id\":\"a\",\"text\":\"Fiji and Samoa met.\"}\r\n\r\n   \r\n{\"id\":\"b\",\"text\":\"Tonga too.\"}");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(r.docs[1].origin, "in/stories.jsonl:4");
}

TEST(JsonlReaderTest, UnicodeEscapesAreDecoded) {
  Read r = ReadAll(R"({"id":"vn","text":"H\u00e0 N\u1ed9i welcomed the envoy."})");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Hà Nội welcomed the envoy.");
}

// Lines the fast reader leaves to the general one must read the same as
// before: a duplicate key keeps its last value, numbers and objects are kept,
// extra keys come out sorted, tabs and surrogate escapes are decoded.
TEST(JsonlReaderTest, FastAndGeneralReadersAgree) {
  Read r = ReadAll(
      "{\"id\":\"a\",\"text\":\"first\",\"text\":\"Chile and Peru met.\"}\n"
      "{\"id\":\"b\",\"text\":\"Chile met Peru.\",\"zeta\":\"z\",\"alpha\":\"a\\\"q\\u0001\"}\n"
      "{\"id\":\"c\",\"text\":\"Chile met Peru.\",\"n\":1.5,\"o\":{\"k\":[1,null]},\"title\":null}\n"
      "{\"id\":\"d\",\t\"text\":\"Chile \\ud83d\\ude00 met Peru.\"}\n");
  ASSERT_TRUE(r.problems.empty());
  ASSERT_EQ(r.docs.size(), 4u);
  EXPECT_EQ(r.docs[0].text, "Chile and Peru met.");
  EXPECT_EQ(r.docs[1].metadata_json, "{\"alpha\":\"a\\\"q\\u0001\",\"zeta\":\"z\"}");
  EXPECT_EQ(r.docs[2].metadata_json, "{\"n\":1.5,\"o\":{\"k\":[1,null]}}");
  EXPECT_EQ(r.docs[2].title, "");
  EXPECT_EQ(r.docs[3].text, "Chile \xF0\x9F\x98\x80 met Peru.");
}

// nlohmann-json copies and prints values recursively: 70,000 nested arrays
// crashed dyad (SIGSEGV) and lost the batch. Such a line is now one rejection.
TEST(JsonlReaderTest, DeeplyNestedLineIsRejectedAndTheOthersRead) {
  std::string deep(70000, '[');
  deep += std::string(70000, ']');
  Read r = ReadAll("{\"id\":\"a\",\"text\":\"Chile and Peru met.\"}\n"
                   "{\"id\":\"b\",\"text\":\"x\",\"extra\":" + deep + "}\n"
                   "{\"id\":\"c\",\"text\":" + deep + "}\n"
                   "{\"id\":\"d\",\"text\":\"Bolivia and Paraguay met.\"}\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "a");
  EXPECT_EQ(r.docs[1].id, "d");
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].where, "in/stories.jsonl:2");
  EXPECT_EQ(r.problems[0].message, "nested deeper than 128 levels");
  EXPECT_TRUE(r.problems[0].rejected);
  EXPECT_EQ(r.problems[1].where, "in/stories.jsonl:3");
}

TEST(JsonlReaderTest, NestingUpToTheLimitIsKept) {
  std::string nested = std::string(127, '[') + "1" + std::string(127, ']');  // 128 with the line's object
  Read r = ReadAll("{\"id\":\"a\",\"text\":\"Chile and Peru met.\",\"extra\":" + nested + "}\n");
  ASSERT_TRUE(r.problems.empty()) << r.problems[0].message;
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].metadata_json, "{\"extra\":" + nested + "}");
}

TEST(JsonlReaderTest, TheLanguageFieldIsTheDocumentsOwn) {
  // Both parsers: the plain line (simdjson) and one with a number (nlohmann).
  Read r = ReadAll(
      "{\"id\":\"a\",\"text\":\"Hai bên hội đàm.\",\"lang\":\"vi-VN\"}\n"
      "{\"id\":\"b\",\"text\":\"双方举行会谈。\",\"lang\":\"zh-TW\",\"n\":1}\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].lang, "vi-VN");  // as given: InputReader::Prepare normalises it
  EXPECT_EQ(r.docs[1].lang, "zh-TW");
  EXPECT_EQ(r.docs[0].metadata_json, "{}");
  EXPECT_EQ(r.docs[1].metadata_json, "{\"n\":1}");
}

TEST(JsonlReaderTest, InvalidBytesAreRepairedInTextAndKeptInIds) {
  Read r = ReadAll(
      "{\"id\":\"kr\xFF\",\"text\":\"Seoul\xC0\xAF met Tokyo.\",\"title\":\"T\xFE\",\"feed\":\"e\xFFn\"}\n"
      "{\"id\":\"kr\xFE\",\"text\":\"Seoul met Tokyo.\",\"n\":[\"\xE2\x82\"]}\n");
  ASSERT_EQ(r.docs.size(), 2u);
  // Ids keep their bytes for InputReader::Prepare to spell out.
  EXPECT_EQ(r.docs[0].id, "kr\xFF");
  EXPECT_EQ(r.docs[1].id, "kr\xFE");
  // Everything else reads as RepairUtf8 would: one U+FFFD per broken sequence.
  EXPECT_EQ(r.docs[0].text, "Seoul\xEF\xBF\xBD met Tokyo.");
  EXPECT_EQ(r.docs[0].title, "T\xEF\xBF\xBD");
  EXPECT_EQ(r.docs[0].metadata_json, "{\"feed\":\"e\xEF\xBF\xBDn\"}");
  EXPECT_EQ(r.docs[1].metadata_json, "{\"n\":[\"\xEF\xBF\xBD\"]}");
  EXPECT_TRUE(r.problems.empty());  // the warning is the caller's, once per input
}

TEST(JsonlReaderTest, ReportsTheFirstInvalidLineAndByte) {
  std::vector<std::string> ids;
  InvalidUtf8Seen seen = ReadJsonLines(
      "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"x\xFF\"}\n{\"id\":\"c\",\"text\":\"\xFE\xFD\"}\n",
      "in.jsonl", "in", [&](Document&& d) { ids.push_back(d.id); }, [](InputProblem&&) {}, 10);
  EXPECT_EQ(ids.size(), 3u);
  EXPECT_EQ(seen.sequences, 3u);
  EXPECT_EQ(seen.first_line, 11u);
  EXPECT_EQ(seen.first_byte, 42u);  // the \xFF: 23 bytes of line 10, then {"id":"b","text":"x
}

// Ids keep their invalid bytes and InputReader::Prepare warns about each:
// counting them for the once-per-input warning too said everything twice.
TEST(JsonlReaderTest, InvalidBytesOnlyInIdsAreNotCountedAsRepairs) {
  std::vector<std::string> ids;
  InvalidUtf8Seen seen = ReadJsonLines(
      "{\"id\":\"a\xFF\",\"text\":\"ok\"}\n{\"id\":\"a\xFE\",\"text\":\"ok\"}\n"
      "{\"id\":\"b\xFD\",\"text\":\"x\xFF\"}\n",
      "in.jsonl", "in", [&](Document&& d) { ids.push_back(d.id); }, [](InputProblem&&) {});
  EXPECT_EQ(ids, (std::vector<std::string>{"a\xFF", "a\xFE", "b\xFD"}));
  // Line 3 has a repair in its text: its id's byte counts with it.
  EXPECT_EQ(seen.sequences, 2u);
  EXPECT_EQ(seen.first_line, 3u);
  EXPECT_EQ(seen.first_byte, 56u);  // the \xFD: two lines of 24 bytes, then {"id":"b
}

}  // namespace
}  // namespace dyad
