#include "util/hash.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(HashTest, KnownFnv1aValues) {
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8ULL);
}

TEST(HashTest, ChainingEqualsHashingTheConcatenation) {
  EXPECT_EQ(Fnv1a64("Hanoi", Fnv1a64("Beijing ")), Fnv1a64("Beijing Hanoi"));
}

TEST(HashTest, DifferentContentDifferentHash) {
  EXPECT_NE(Fnv1a64("Japan protested"), Fnv1a64("Japan protested."));
  EXPECT_EQ(Fnv1a64("same story"), Fnv1a64("same story"));
}

TEST(HashTest, Hex64IsSixteenLowerCaseDigits) {
  EXPECT_EQ(Hex64(0), "0000000000000000");
  EXPECT_EQ(Hex64(0xcbf29ce484222325ULL), "cbf29ce484222325");
  EXPECT_EQ(Hex64(0xFFFFFFFFFFFFFFFFULL), "ffffffffffffffff");
  EXPECT_EQ(Hex64(0x1A), "000000000000001a");
}

}  // namespace
}  // namespace dyad
