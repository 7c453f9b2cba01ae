#include "native/native_text.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

std::vector<std::string> Keys(std::string_view text) {
  std::vector<std::string> out;
  for (const NativeToken& t : NativeTokenize(text, 0, static_cast<uint32_t>(text.size()), DefaultHanConverter())) {
    out.push_back(t.key);
  }
  return out;
}

TEST(NativeTextTest, VietnameseIsTokenisedBySyllableWithOffsetsIntoTheText) {
  std::string text = "Chiều 26/1, Tổng Bí thư Tô Lâm tiếp";
  std::vector<NativeToken> t = NativeTokenize(text, 0, static_cast<uint32_t>(text.size()), nullptr);
  ASSERT_EQ(t.size(), 11u);
  EXPECT_EQ(t[0].key, "chiều");
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_EQ(t[1].kind, NativeTokenKind::kNumber);
  EXPECT_EQ(t[2].key, "/");
  EXPECT_EQ(t[4].key, ",");
  EXPECT_EQ(text.substr(t[8].begin, t[8].end - t[8].begin), "Tô");
  EXPECT_FALSE(t[10].capitalized);
}

TEST(NativeTextTest, EitherToneMarkPlacementGivesOneKey) {
  EXPECT_EQ(Keys("hoà bình"), Keys("hòa bình"));
  EXPECT_EQ(Keys("thuỷ"), Keys("thủy"));
  EXPECT_EQ(Keys("Khoẻ"), Keys("khỏe"));
  // Only a syllable-final pair moves its mark: "hoàng" stays.
  EXPECT_EQ(Keys("Hoàng"), std::vector<std::string>{"hoàng"});
}

TEST(NativeTextTest, ChineseIsOneTokenPerCharacterSimplifiedWithAsciiPunctuation) {
  std::string text = "習近平（26日）會見，";
  std::vector<NativeToken> t = NativeTokenize(text, 0, static_cast<uint32_t>(text.size()), DefaultHanConverter());
  std::vector<std::string> keys;
  for (const NativeToken& x : t) keys.push_back(x.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"习", "近", "平", "(", "26", "日", ")", "会", "见", ","}));
  // Offsets are the original (traditional) characters'.
  EXPECT_EQ(text.substr(t[0].begin, t[0].end - t[0].begin), "習");
  EXPECT_EQ(text.substr(t[8].begin, t[8].end - t[8].begin), "見");
  EXPECT_TRUE(IsClauseBreak(t[9]));
  EXPECT_FALSE(IsClauseBreak(t[3]));
}

TEST(NativeTextTest, APhraseKeysAsItsTextDoes) {
  EXPECT_EQ(NativeKeys("Bộ Ngoại giao", nullptr), (std::vector<std::string>{"bộ", "ngoại", "giao"}));
  EXPECT_EQ(NativeKeys("外交部", DefaultHanConverter()), (std::vector<std::string>{"外", "交", "部"}));
}

}  // namespace
}  // namespace dyad
