#include "text/language_id.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(LanguageIdTest, TagsAreNormalisedChineseByScript) {
  EXPECT_EQ(NormalizeLanguageTag("vi-VN"), "vi");
  EXPECT_EQ(NormalizeLanguageTag(" en_US "), "en");
  EXPECT_EQ(NormalizeLanguageTag("EN"), "en");
  EXPECT_EQ(NormalizeLanguageTag("zh-CN"), "zh");
  EXPECT_EQ(NormalizeLanguageTag("zh-Hans"), "zh");
  EXPECT_EQ(NormalizeLanguageTag("zh-TW"), "zh-Hant");
  EXPECT_EQ(NormalizeLanguageTag("zh-Hant-HK"), "zh-Hant");
  EXPECT_EQ(NormalizeLanguageTag("zh"), "zh");
  EXPECT_EQ(NormalizeLanguageTag(""), "");
  EXPECT_EQ(NormalizeLanguageTag("12"), "");
  EXPECT_EQ(NormalizeLanguageTag("english"), "");
}

TEST(LanguageIdTest, TheTextTellsEnglishVietnameseAndBothChineseScripts) {
  EXPECT_EQ(IdentifyLanguage("Chiều 26/1, tại Hà Nội, Tổng Bí thư Tô Lâm tiếp Bộ trưởng Ngoại giao Trung Quốc."), "vi");
  EXPECT_EQ(IdentifyLanguage("国家主席习近平26日在人民大会堂会见越共中央总书记苏林。"), "zh");
  EXPECT_EQ(IdentifyLanguage("國家主席習近平26日在人民大會堂會見越共中央總書記蘇林。"), "zh-Hant");
  // Vietnamese names in English copy do not make it Vietnamese.
  EXPECT_EQ(IdentifyLanguage("General Secretary Tô Lâm met Chinese Foreign Minister Wang Yi in Hà Nội on Monday."),
            "en");
  EXPECT_EQ(IdentifyLanguage(
                "HÀ NỘI — Deputy Prime Minister Lê Thành Long received Chinese Ambassador He Wei in Hà Nội on "
                "Wednesday. Long said the two countries should deepen trade."),
            "en");
  // A short Chinese sentence CLD2 alone calls English.
  EXPECT_EQ(IdentifyLanguage("发言人表示，中方敦促美方立即停止向台湾出售武器。"), "zh");
  EXPECT_EQ(IdentifyLanguage(""), "");
  EXPECT_EQ(PrimaryLanguage("zh-Hant"), "zh");
}

TEST(LanguageIdTest, ALongStoryIsReadFromItsStartWithoutCuttingACharacter) {
  std::string text;
  while (text.size() < 20000) text += "越南外交部发言人表示，越方坚决反对。";
  EXPECT_EQ(IdentifyLanguage(text), "zh");
}

}  // namespace
}  // namespace dyad
