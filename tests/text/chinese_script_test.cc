#include "text/chinese_script.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(ChineseScriptTest, HanIsTheIdeographsOnly) {
  EXPECT_TRUE(IsHan(U'习'));
  EXPECT_TRUE(IsHan(U'〇'));
  EXPECT_FALSE(IsHan(U'。'));
  EXPECT_FALSE(IsHan(U'a'));
  EXPECT_FALSE(IsHan(U'ệ'));
  EXPECT_TRUE(HasHan("Xi 习近平"));
  EXPECT_FALSE(HasHan("Tập Cận Bình"));
}

TEST(ChineseScriptTest, TraditionalFoldsToSimplifiedCharacterForCharacter) {
  const HanConverter* c = DefaultHanConverter();
  ASSERT_NE(c, nullptr) << "OpenCC's t2s.json is missing";
  EXPECT_EQ(c->ToSimplified("習近平會見越共中央總書記蘇林"), "习近平会见越共中央总书记苏林");
  EXPECT_EQ(c->ToSimplified("中央社記者台北11日電"), "中央社记者台北11日电");
  // One code point per code point, so token offsets stay where they were.
  std::u32string in = U"外交部發言人，表示強烈不滿。";
  std::string utf8 = "外交部發言人，表示強烈不滿。";
  EXPECT_EQ(c->SimplifiedCodePoints(utf8).size(), in.size());
  EXPECT_EQ(c->ToSimplified("no Han here"), "no Han here");
}

TEST(ChineseScriptTest, TheIndexFormMakesEachHanCharacterATerm) {
  const HanConverter* c = DefaultHanConverter();
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(HanIndexForm("国家主席習近平26日", c), "国 家 主 席 习 近 平 26 日 ");
  EXPECT_EQ(HanIndexForm("ha noi", c), "ha noi");
  EXPECT_EQ(HanIndexForm("a中b", nullptr), "a 中 b");
}

}  // namespace
}  // namespace dyad
