// Stories in Vietnamese and Chinese through the binary: their language stored
// and shown, their events coded with the evidence in the original text, and
// `dyad search` finding a name as either language writes it.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "testing/run_process.h"
#include "testing/store_location.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using nlohmann::json;
using testing::ProcessOptions;
using testing::ProcessResult;
using testing::TempDir;

class NativeStoriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("in/vi.txt",
               "date 2026-01-27\n\nTổng Bí thư tiếp Bộ trưởng Ngoại giao Trung Quốc\n\n"
               "Hà Nội, 27/1 (TTXVN) - Chiều 25/1, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp Ủy viên Bộ Chính trị, "
               "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị. Hai bên nhất trí làm sâu sắc hơn nữa quan hệ.\n\n"
               "Tổng Bí thư Tô Lâm gửi lời thăm hỏi tới Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình.\n");
    dir_.Write("in/zh.jsonl",
               "{\"id\":\"zh-1\",\"published\":\"2026-01-27\",\"text\":\"新华社北京1月26日电 国家主席习近平26日在人民大会堂"
               "会见越共中央总书记苏林。\"}\n"
               "{\"id\":\"zh-2\",\"published\":\"2026-02-11\",\"lang\":\"zh-TW\",\"text\":\"（中央社記者台北11日電）"
               "中國外交部今天向日方提出嚴正交涉。\"}\n");
    ProcessResult r = Dyad({"ingest", "--db", Db(), dir_.Path("in")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  ProcessResult Dyad(std::vector<std::string> args) {
    args.insert(args.begin(), DYAD_BINARY);
    ProcessOptions options;
    options.cwd = dir_.path();
    options.unset = {"DYAD_DB", "DYAD_DATA"};
    return testing::Run(args, options, scratch_.path());
  }
  std::vector<json> Lines(const std::string& out) {
    std::vector<json> v;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) v.push_back(json::parse(line));
    return v;
  }
  std::string Db() const { return store_; }
  TempDir dir_;
  TempDir scratch_;
  testing::StoreLocation store_{dir_, "test.db"};  // also run on PostgreSQL (tests/pg/CMakeLists.txt)
};

TEST_F(NativeStoriesTest, EachStoryKeepsItsLanguage) {
  ProcessResult r = Dyad({"docs", "--db", Db(), "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, std::string> lang;
  for (const json& d : Lines(r.out)) lang[d["id"]] = d["lang"].is_string() ? d["lang"].get<std::string>() : "";
  EXPECT_EQ(lang["vi"], "vi");          // identified from the text
  EXPECT_EQ(lang["zh-1"], "zh");
  EXPECT_EQ(lang["zh-2"], "zh-Hant");   // as the input said, normalised
  ProcessResult table = Dyad({"docs", "--db", Db()});
  EXPECT_NE(table.out.find("lang"), std::string::npos);
}

TEST_F(NativeStoriesTest, EventsCarryTheLanguageAndTheOriginalEvidence) {
  ProcessResult r = Dyad({"events", "--db", Db(), "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  bool vi_reception = false, zh_reception = false, zh_protest = false;
  for (const json& e : Lines(r.out)) {
    std::string key = e["source"]["country"].get<std::string>() + ">" + e["target"]["country"].get<std::string>() +
                      ":" + e["cameo"].get<std::string>() + "@" + e["date"].get<std::string>();
    std::string evidence;
    for (const json& x : e["evidence"]) evidence += x["text"].get<std::string>() + "\n";
    if (key == "VNM>CHN:043@2026-01-25") {
      vi_reception = true;
      EXPECT_EQ(e["lang"], "vi");
      EXPECT_EQ(e["source"]["code"], "VNMPTY");  // Tô Lâm, General Secretary that day
      EXPECT_NE(evidence.find("Tô Lâm đã tiếp"), std::string::npos) << evidence;
    }
    if (key == "CHN>VNM:043@2026-01-26") {
      zh_reception = true;
      EXPECT_EQ(e["lang"], "zh");
      EXPECT_NE(evidence.find("会见越共中央总书记苏林"), std::string::npos);
    }
    if (key == "CHN>JPN:114@2026-02-11") {
      zh_protest = true;
      EXPECT_NE(evidence.find("嚴正交涉"), std::string::npos);  // as written, traditional
    }
  }
  EXPECT_TRUE(vi_reception);
  EXPECT_TRUE(zh_reception);
  EXPECT_TRUE(zh_protest);
}

TEST_F(NativeStoriesTest, SearchFindsANameAsEitherLanguageWritesIt) {
  ProcessResult vi = Dyad({"search", "--db", Db(), "Tap Can Binh"});
  ASSERT_EQ(vi.exit_code, 0) << vi.err;
  EXPECT_NE(vi.out.find("[Tập Cận Bình]"), std::string::npos) << vi.out;
  ProcessResult zh = Dyad({"search", "--db", Db(), "习近平"});
  ASSERT_EQ(zh.exit_code, 0) << zh.err;
  EXPECT_NE(zh.out.find("zh-1"), std::string::npos) << zh.out;
  EXPECT_NE(zh.out.find("[习近平]"), std::string::npos) << zh.out;
  // A simplified query finds the traditional story, and a phrase is not its characters anywhere.
  EXPECT_NE(Dyad({"search", "--db", Db(), "外交部"}).out.find("zh-2"), std::string::npos);
  EXPECT_NE(Dyad({"search", "--db", Db(), "严正交涉"}).out.find("zh-2"), std::string::npos);
  EXPECT_EQ(Dyad({"search", "--db", Db(), "平近习"}).out.find("zh-1"), std::string::npos);
}

}  // namespace
}  // namespace dyad
