// TopicList: the shipped topics load, a sentence's words give its topics,
// and a bad line names its file and line.
#include "relations/topic_list.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "testing/temp_dir.h"
#include "tokens_for_test.h"

namespace dyad {
namespace {

std::vector<std::string> TopicsOf(const TopicList& list, const std::string& raw) {
  DocumentTokens d = testing::OneSentenceTokens(raw);
  return list.TopicsIn(d, raw, 0, static_cast<uint32_t>(d.size()));
}

TEST(TopicListTest, TheShippedTopicsNameWhatASentenceIsAbout) {
  Result<TopicList> list = TopicList::Load(DYAD_SOURCE_DIR "/data/relations/topics.tsv");
  ASSERT_TRUE(list.ok()) << list.status().message();
  EXPECT_GE(list->topics().size(), 20u);
  ASSERT_NE(list->Find("railways"), nullptr);
  EXPECT_EQ(TopicsOf(*list, "The two sides agreed to speed up the standard-gauge railways and open more smart border gates."),
            (std::vector<std::string>{"railways", "border_gates"}));
  // "border gate" is border_gates only, not also territory; "press" and
  // "exercise restraint" name nothing.
  EXPECT_EQ(TopicsOf(*list, "They will press ahead and exercise restraint at the border gate."),
            (std::vector<std::string>{"border_gates"}));
  EXPECT_EQ(TopicsOf(*list, "Chinese coast guard ships fired water cannon at Philippine fishing boats."),
            (std::vector<std::string>{"maritime"}));
  EXPECT_TRUE(TopicsOf(*list, "The two leaders spoke by telephone on Monday.").empty());
}

Status LoadText(const std::string& text) {
  testing::TempDir dir;
  const std::string path = dir.path() + "/topics.tsv";
  std::ofstream(path) << text;
  Result<TopicList> r = TopicList::Load(path);
  return r.ok() ? Status::Ok() : r.status();
}

TEST(TopicListTest, ABadLineNamesItsFileAndLine) {
  Status ok = LoadText("# ok\ntrade\tTrade\ttrade|export\n");
  EXPECT_TRUE(ok.ok()) << ok.message();
  for (const auto& [text, why] : std::vector<std::pair<std::string, std::string>>{
           {"# x\nTrade\tTrade\ttrade\n", "not lower-case"},
           {"trade\tTrade\ttrade\ntrade\tMore\texport\n", "stands twice"},
           {"trade\t\ttrade\n", "no label"},
           {"trade\tTrade\t |\n", "no phrase"},
           {"trade\tTrade\ttrade\nexports\tExports\tTrade\n", "'Trade' stands twice"},
           {"trade\tTrade\t&\n", "no word"},
           {"trade\tTrade\n", ":1"}}) {
    Status s = LoadText(text);
    ASSERT_FALSE(s.ok()) << text;
    EXPECT_NE(s.message().find("topics.tsv:"), std::string::npos) << s.message();
    EXPECT_NE(s.message().find(why), std::string::npos) << s.message();
  }
}

}  // namespace
}  // namespace dyad
