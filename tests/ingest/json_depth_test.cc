#include "ingest/json_depth.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

TEST(JsonDepthTest, CountsArraysAndObjectsInsideEachOther) {
  EXPECT_FALSE(JsonNestedDeeperThan(R"({"a":[{"b":[]}]})", 4));
  EXPECT_TRUE(JsonNestedDeeperThan(R"({"a":[{"b":[]}]})", 3));
  // Siblings do not add up.
  EXPECT_FALSE(JsonNestedDeeperThan(R"([[1],[2],{"c":[3]},[[4]]])", 3));
  EXPECT_TRUE(JsonNestedDeeperThan(R"([[1],[2],{"c":[3]},[[[4]]]])", 3));
}

TEST(JsonDepthTest, BracketsInStringsDoNotCount) {
  EXPECT_FALSE(JsonNestedDeeperThan(R"({"text":"[[[[{{{{"})", 1));
  // An escaped quote does not end the string; an escaped backslash does not escape the quote.
  EXPECT_FALSE(JsonNestedDeeperThan(R"({"text":"say \"[[[[\" now"})", 1));
  EXPECT_TRUE(JsonNestedDeeperThan(R"({"text":"back\\",[[1]]})", 2));
}

TEST(JsonDepthTest, SeventyThousandOpenBracketsAreDeep) {
  std::string deep(70000, '[');
  EXPECT_TRUE(JsonNestedDeeperThan(deep, kMaxJsonDepth));
  EXPECT_TRUE(JsonNestedDeeperThan(deep + std::string(70000, ']'), kMaxJsonDepth));
  EXPECT_FALSE(JsonNestedDeeperThan(std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']'), kMaxJsonDepth));
}

TEST(JsonDepthTest, StrayClosersDoNotHideDepth) {
  EXPECT_TRUE(JsonNestedDeeperThan("]]]]]][[[", 2));
}

}  // namespace
}  // namespace dyad
