#include "ingest/invalid_bytes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/utf8.h"

namespace dyad {
namespace {

const std::vector<std::string>& BrokenInputs() {
  static const std::vector<std::string> inputs = {
      "Bras\xEDlia",                    // Latin-1
      "Quito\xC0\xAF and Lima",         // overlong '/'
      "tail \xE2\x82",                  // truncated at the end
      "\xE2\x82 head",                  // truncated at the start
      "two\xFF\xFE bad",                // adjacent bad leads
      "stray \x80\x81\x82 run",         // continuation bytes alone
      "surrogate \xED\xA0\x80 half",    // UTF-16 surrogate
      "real \xEF\xBF\xBD then \xFF",    // a genuine U+FFFD stays one
      "emoji \xF0\x9F\x98\x80 and \xF0\x9F\x98",
  };
  return inputs;
}

// Marking then replacing reads exactly as RepairUtf8: text does not change
// with the path its line took.
TEST(InvalidBytesTest, ReplacingMarkersMatchesRepairUtf8) {
  for (const std::string& in : BrokenInputs()) {
    std::string marked;
    MarkedUtf8 m = MarkInvalidUtf8(in, &marked);
    ASSERT_TRUE(m.reversible) << in;
    std::string repaired = in;
    Utf8Repair repair = RepairUtf8(&repaired);
    EXPECT_EQ(m.bad_sequences, repair.bad_sequences) << in;
    EXPECT_EQ(m.first_bad_byte, repair.first_bad_byte) << in;
    ReplaceMarkers(&marked);
    EXPECT_EQ(marked, repaired) << in;
  }
}

TEST(InvalidBytesTest, RestoringMarkersGivesTheBytesBack) {
  for (const std::string& in : BrokenInputs()) {
    std::string marked;
    MarkInvalidUtf8(in, &marked);
    EXPECT_NE(marked, in);
    RestoreMarkedBytes(&marked);
    EXPECT_EQ(marked, in);
  }
}

TEST(InvalidBytesTest, InputThatMayHoldMarkerCodePointsIsRepairedAtOnce) {
  // U+10FF80 itself, raw and as an escape: a marker could not be told from it.
  for (std::string in : {std::string("\xF4\x8F\xBE\x80 and \xFF"), std::string("\\uDBFF\\uDF80 and \xFF")}) {
    std::string out;
    MarkedUtf8 m = MarkInvalidUtf8(in, &out);
    EXPECT_FALSE(m.reversible) << in;
    EXPECT_EQ(m.bad_sequences, 1u);
    std::string repaired = in;
    RepairUtf8(&repaired);
    EXPECT_EQ(out, repaired);
  }
}

TEST(InvalidBytesTest, IdsDifferingOnlyInInvalidBytesStayDistinct) {
  std::string a = "kr\xFF", b = "kr\xFE", c = "kr%\xFF", d = "\xE2\x82x";
  EXPECT_TRUE(PercentEncodeInvalidUtf8(&a));
  EXPECT_TRUE(PercentEncodeInvalidUtf8(&b));
  EXPECT_TRUE(PercentEncodeInvalidUtf8(&c));
  EXPECT_TRUE(PercentEncodeInvalidUtf8(&d));
  EXPECT_EQ(a, "kr%FF");
  EXPECT_EQ(b, "kr%FE");
  EXPECT_EQ(c, "kr%25%FF");
  EXPECT_EQ(d, "%E2%82x");   // every byte of a broken sequence
}

// Without "%25", "kr%FF" + 0xFE and "kr" + 0xFF 0xFE would both be "kr%FF%FE".
TEST(InvalidBytesTest, PercentSignsInRewrittenIdsAreSpelledOut) {
  std::string literal = "kr%FF\xFE", bytes = "kr\xFF\xFE";
  PercentEncodeInvalidUtf8(&literal);
  PercentEncodeInvalidUtf8(&bytes);
  EXPECT_EQ(literal, "kr%25FF%FE");
  EXPECT_EQ(bytes, "kr%FF%FE");
}

TEST(InvalidBytesTest, ValidIdsAreLeftAlone) {
  for (std::string id : {std::string("kr-jp-1"), std::string("100%FF"), std::string("H\xC3\xA0 N\xE1\xBB\x99i")}) {
    std::string before = id;
    EXPECT_FALSE(PercentEncodeInvalidUtf8(&id));
    EXPECT_EQ(id, before);
  }
}

}  // namespace
}  // namespace dyad
