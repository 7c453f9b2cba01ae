#include "text/folding.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

// The raw bytes the folded occurrence of `folded_word` covers.
std::string RawOf(std::string_view raw, const FoldedText& f, std::string_view folded_word) {
  size_t at = f.text.find(folded_word);
  EXPECT_NE(at, std::string::npos) << folded_word << " not in " << f.text;
  if (at == std::string::npos) return "";
  uint32_t b = f.RawStart(at), e = f.RawEnd(at + folded_word.size());
  return std::string(raw.substr(b, e - b));
}

TEST(FoldingTest, FoldsVietnameseD) {
  EXPECT_EQ(FoldString("Đà Nẵng"), "da nang");
  EXPECT_EQ(FoldString("đường"), "duong");
  EXPECT_EQ(FoldString("ĐẠI"), "dai");
}

TEST(FoldingTest, FoldsVietnameseDiacritics) {
  EXPECT_EQ(FoldString("Hà Nội"), "ha noi");
  EXPECT_EQ(FoldString("HÀ NỘI"), "ha noi");
  EXPECT_EQ(FoldString("Việt Nam"), "viet nam");
  EXPECT_EQ(FoldString("Thành phố Hồ Chí Minh"), "thanh pho ho chi minh");
}

TEST(FoldingTest, FoldsOtherLatinLetters) {
  EXPECT_EQ(FoldString("São Tomé"), "sao tome");
  EXPECT_EQ(FoldString("Łódź"), "lodz");
  EXPECT_EQ(FoldString("Øresund"), "oresund");
  EXPECT_EQ(FoldString("Straße"), "strasse");
  EXPECT_EQ(FoldString("Türkiye"), "turkiye");
  EXPECT_EQ(FoldString("Yıldırım"), "yildirim");
  EXPECT_EQ(FoldString("İstanbul"), "istanbul");
}

TEST(FoldingTest, FoldsTypographicQuotesAndDashes) {
  EXPECT_EQ(FoldString("China\u2019s"), "china's");
  EXPECT_EQ(FoldString("\u201CPeace\u201D"), "\"peace\"");
  EXPECT_EQ(FoldString("\u2018a\u2019"), "'a'");
  EXPECT_EQ(FoldString("2023\u20132024"), "2023-2024");
  EXPECT_EQ(FoldString("Hanoi \u2014 Talks"), "hanoi - talks");
  EXPECT_EQ(FoldString("wait\u2026"), "wait...");
}

TEST(FoldingTest, FoldsSpacesAndDropsInvisibles) {
  EXPECT_EQ(FoldString("Phnom\u00A0Penh"), "phnom penh");
  EXPECT_EQ(FoldString("Sino\u00ADVietnamese"), "sinovietnamese");
  EXPECT_EQ(FoldString("\uFEFFSeoul"), "seoul");
}

TEST(FoldingTest, AsciiIsLowerCasedOnly) {
  EXPECT_EQ(FoldString("The U.S. and ASEAN, 2024!"), "the u.s. and asean, 2024!");
}

TEST(FoldingTest, NonLatinScriptsAreCaseFoldedAndKept) {
  EXPECT_EQ(FoldString("МОСКВА"), "москва");
  EXPECT_EQ(FoldString("北京"), "北京");
}

TEST(FoldingTest, FoldAgreesWithFoldString) {
  for (std::string_view s : {"Đà Nẵng", "Hà Nội — Bắc Kinh", "China\u2019s \u201Cline\u201D", "", "abc"}) {
    EXPECT_EQ(Fold(s).text, FoldString(s));
  }
}

TEST(FoldingTest, OffsetsCoverEveryFoldedByte) {
  std::string raw = "Đà Nẵng";
  FoldedText f = Fold(raw);
  ASSERT_EQ(f.text, "da nang");
  ASSERT_EQ(f.raw_offset.size(), f.text.size() + 1);
  EXPECT_EQ(f.raw_offset.back(), raw.size());
  EXPECT_EQ(f.raw_offset[0], 0u);  // d <- Đ
  EXPECT_EQ(f.raw_offset[1], 2u);  // a <- à
  for (size_t i = 1; i < f.raw_offset.size(); ++i) EXPECT_LE(f.raw_offset[i - 1], f.raw_offset[i]);
}

TEST(FoldingTest, OffsetsMapFoldedWordsBackToRawBytes) {
  std::string raw = "Ngày 3/3, Đà Nẵng đón đoàn Hà Nội; “Hòa bình” — Thủ tướng";
  FoldedText f = Fold(raw);
  EXPECT_EQ(RawOf(raw, f, "da nang"), "Đà Nẵng");
  EXPECT_EQ(RawOf(raw, f, "nang"), "Nẵng");
  EXPECT_EQ(RawOf(raw, f, "ha noi"), "Hà Nội");
  EXPECT_EQ(RawOf(raw, f, "hoa binh"), "Hòa bình");
  EXPECT_EQ(RawOf(raw, f, "\"hoa binh\""), "“Hòa bình”");
  EXPECT_EQ(RawOf(raw, f, "thu tuong"), "Thủ tướng");
  EXPECT_EQ(RawOf(raw, f, "ngay"), "Ngày");
}

TEST(FoldingTest, OffsetsAcrossExpandingCharacters) {
  std::string raw = "Straße … Đông";
  FoldedText f = Fold(raw);
  ASSERT_EQ(f.text, "strasse ... dong");
  EXPECT_EQ(RawOf(raw, f, "strasse"), "Straße");
  EXPECT_EQ(RawOf(raw, f, "..."), "…");
  EXPECT_EQ(RawOf(raw, f, "dong"), "Đông");
}

TEST(FoldingTest, EmptyInput) {
  FoldedText f = Fold("");
  EXPECT_TRUE(f.text.empty());
  ASSERT_EQ(f.raw_offset.size(), 1u);
  EXPECT_EQ(f.raw_offset[0], 0u);
  EXPECT_EQ(f.RawEnd(0), 0u);
}

}  // namespace
}  // namespace dyad
