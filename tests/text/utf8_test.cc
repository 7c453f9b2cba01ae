#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

TEST(Utf8Test, DecodesEveryLength) {
  std::string s = "a\xC3\xA0\xE1\xBB\x87\xF0\x9F\x8C\x8F";  // a à ệ 🌏
  size_t pos = 0;
  EXPECT_EQ(DecodeUtf8(s, &pos), U'a');
  EXPECT_EQ(pos, 1u);
  EXPECT_EQ(DecodeUtf8(s, &pos), U'\u00E0');
  EXPECT_EQ(pos, 3u);
  EXPECT_EQ(DecodeUtf8(s, &pos), U'\u1EC7');
  EXPECT_EQ(pos, 6u);
  EXPECT_EQ(DecodeUtf8(s, &pos), U'\U0001F30F');
  EXPECT_EQ(pos, 10u);
}

TEST(Utf8Test, InvalidSequencesDecodeAsReplacementAndAdvanceOneByte) {
  for (std::string bad : {std::string("\xC0\xAF"), std::string("\xED\xA0\x80"), std::string("\xE1\xBB"),
                          std::string("\x80"), std::string("\xFF"), std::string("\xF5\x80\x80\x80")}) {
    size_t pos = 0;
    EXPECT_EQ(DecodeUtf8(bad, &pos), 0xFFFDu);
    EXPECT_EQ(pos, 1u);
  }
}

TEST(Utf8Test, AppendRoundTrips) {
  for (char32_t cp : {U'A', U'\u0111', U'\u1EA1', U'\uFFFD', U'\U0001F30F'}) {
    std::string s;
    AppendUtf8(cp, &s);
    size_t pos = 0;
    EXPECT_EQ(DecodeUtf8(s, &pos), cp);
    EXPECT_EQ(pos, s.size());
  }
}

TEST(Utf8Test, ValidTextIsUntouched) {
  std::string s = "Hà Nội and Đà Nẵng welcomed the envoy.";
  std::string before = s;
  Utf8Repair r = RepairUtf8(&s);
  EXPECT_EQ(r.bad_sequences, 0u);
  EXPECT_EQ(s, before);
}

TEST(Utf8Test, GenuineReplacementCharacterIsKept) {
  std::string s = "Seoul " + kFffd + " Tokyo";
  std::string before = s;
  Utf8Repair r = RepairUtf8(&s);
  EXPECT_EQ(r.bad_sequences, 0u);
  EXPECT_EQ(s, before);
}

TEST(Utf8Test, RepairsOverlongForm) {
  std::string s = "Lima\xC0\xAFQuito";
  Utf8Repair r = RepairUtf8(&s);
  EXPECT_EQ(r.bad_sequences, 1u);
  EXPECT_EQ(r.first_bad_byte, 4u);
  EXPECT_EQ(s, "Lima" + kFffd + "Quito");
}

TEST(Utf8Test, RepairsEncodedSurrogate) {
  std::string s = "Ankara \xED\xA0\x80 Baku";
  Utf8Repair r = RepairUtf8(&s);
  EXPECT_EQ(r.bad_sequences, 1u);
  EXPECT_EQ(r.first_bad_byte, 7u);
  EXPECT_EQ(s, "Ankara " + kFffd + " Baku");
}

TEST(Utf8Test, RepairsTruncatedSequenceInTheMiddle) {
  std::string s = "Vi\xE1\xBB t";
  Utf8Repair r = RepairUtf8(&s);
  EXPECT_EQ(r.bad_sequences, 1u);
  EXPECT_EQ(r.first_bad_byte, 2u);
  EXPECT_EQ(s, "Vi" + kFffd + " t");
}

TEST(Utf8Test, RepairsTruncatedSequenceAtTheEnd) {
  std::string s = "Manila\xE1\xBB";
  Utf8Repair r = RepairUtf8(&s);
  EXPECT_EQ(r.bad_sequences, 1u);
  EXPECT_EQ(r.first_bad_byte, 6u);
  EXPECT_EQ(s, "Manila" + kFffd);
}

TEST(Utf8Test, RepairsLoneLeadByteAsLastByte) {
  std::string s = "Dhaka\xC3";
  Utf8Repair r = RepairUtf8(&s);
  EXPECT_EQ(r.bad_sequences, 1u);
  EXPECT_EQ(r.first_bad_byte, 5u);
  EXPECT_EQ(s, "Dhaka" + kFffd);
}

TEST(Utf8Test, RepairsStrayContinuationBytes) {
  std::string s = "\x80\x80" "Canberra and \xBF" "Wellington";
  Utf8Repair r = RepairUtf8(&s);
  EXPECT_EQ(r.bad_sequences, 2u);
  EXPECT_EQ(r.first_bad_byte, 0u);
  EXPECT_EQ(s, kFffd + "Canberra and " + kFffd + "Wellington");
}

TEST(Utf8Test, RepairsLatin1Bytes) {
  std::string s = "Bras\xEDlia and Bogot\xE1.";  // ISO-8859-1, not UTF-8
  Utf8Repair r = RepairUtf8(&s);
  EXPECT_EQ(r.bad_sequences, 2u);
  EXPECT_EQ(r.first_bad_byte, 4u);
  EXPECT_EQ(s, "Bras" + kFffd + "lia and Bogot" + kFffd + ".");
}

TEST(Utf8Test, RepairedTextIsValid) {
  std::string s = "\xF0\x9F\x8C\xC3\x28\xE2\x82\xFF\xFE ok";
  RepairUtf8(&s);
  Utf8Repair again = RepairUtf8(&s);
  EXPECT_EQ(again.bad_sequences, 0u);
}

TEST(NfcTest, ComposesDecomposedVietnamese) {
  // "Việt" with ệ written as e + combining dot below + combining circumflex.
  std::string decomposed = "Vie\xCC\xA3\xCC\x82t Nam";
  EXPECT_EQ(ToNfc(decomposed), "Vi\xE1\xBB\x87t Nam");
  EXPECT_EQ(ToNfc(decomposed), "Việt Nam");
}

TEST(NfcTest, ReordersCombiningMarks) {
  // Circumflex first, dot below second: canonical ordering puts the dot first.
  EXPECT_EQ(ToNfc("Vie\xCC\x82\xCC\xA3t"), "Việt");
}

TEST(NfcTest, ComposedAndAsciiTextIsUnchanged) {
  EXPECT_EQ(ToNfc("Hà Nội"), "Hà Nội");
  EXPECT_EQ(ToNfc("Kuala Lumpur"), "Kuala Lumpur");
  EXPECT_EQ(ToNfc(""), "");
}

}  // namespace
}  // namespace dyad
