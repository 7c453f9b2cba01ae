#include "util/flat_map.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <unordered_map>

namespace dyad {
namespace {

TEST(FlatStringMapTest, FindsWhatWasAddedAndNothingElse) {
  FlatStringMap<uint32_t> m;
  EXPECT_EQ(m.Find("china"), nullptr);
  EXPECT_TRUE(m.TryEmplace("china", 1).second);
  EXPECT_TRUE(m.TryEmplace("viet", 2).second);
  auto [value, inserted] = m.TryEmplace("china", 7);
  EXPECT_FALSE(inserted);
  EXPECT_EQ(*value, 1u);
  ASSERT_NE(m.Find("viet"), nullptr);
  EXPECT_EQ(*m.Find("viet"), 2u);
  EXPECT_EQ(m.Find("vie"), nullptr);
  EXPECT_EQ(m.Find(""), nullptr);
  EXPECT_EQ(m.size(), 2u);
  m.Clear();
  EXPECT_EQ(m.Find("china"), nullptr);
  EXPECT_EQ(m.size(), 0u);
}

TEST(FlatStringMapTest, ClearForgetsEverything) {
  FlatStringMap<uint32_t> m;
  for (int round = 0; round < 3; ++round) {
    for (uint32_t i = 0; i < 100; ++i) EXPECT_TRUE(m.TryEmplace("w" + std::to_string(i), i).second);
    EXPECT_EQ(m.size(), 100u);
    size_t entries = 0;
    m.ForEach([&](std::string_view, uint32_t) { ++entries; });
    EXPECT_EQ(entries, 100u);
    m.Clear();
    EXPECT_EQ(m.Find("w1"), nullptr);
  }
}

TEST(FlatStringMapTest, AgreesWithUnorderedMapThroughGrowth) {
  FlatStringMap<uint32_t> m;
  std::unordered_map<std::string, uint32_t> reference;
  for (uint32_t i = 0; i < 5000; ++i) {
    // Keys of every length around the 8-byte blocks the hash reads.
    std::string key = std::string(i % 19, 'x') + std::to_string(i * 7919 % 3001);
    bool added = reference.emplace(key, i).second;
    EXPECT_EQ(m.TryEmplace(key, i).second, added) << key;
  }
  EXPECT_EQ(m.size(), reference.size());
  for (const auto& [k, v] : reference) {
    const uint32_t* found = m.Find(k);
    ASSERT_NE(found, nullptr) << k;
    EXPECT_EQ(*found, v);
  }
  size_t seen = 0;
  m.ForEach([&](std::string_view k, uint32_t v) {
    EXPECT_EQ(reference.at(std::string(k)), v);
    ++seen;
  });
  EXPECT_EQ(seen, reference.size());
}

TEST(FastHashTest, TailIsTheLittleEndianWordOfTheLastBytes) {
  // The reference form: the hash mixes the last 1-7 bytes as one word built
  // byte by byte. The fast tail loads must give the same value at every length.
  auto reference = [](std::string_view s) {
    const char* p = s.data();
    size_t n = s.size();
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xff51afd7ed558ccdULL);
    for (; n >= 8; p += 8, n -= 8) {
      uint64_t w = 0;
      for (size_t i = 0; i < 8; ++i) w |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
      h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
      h ^= h >> 31;
    }
    if (n > 0) {
      uint64_t w = 0;
      for (size_t i = 0; i < n; ++i) w |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
      h = (h ^ w) * 0x94d049bb133111ebULL;
      h ^= h >> 29;
    }
    return h * 0xbf58476d1ce4e5b9ULL;
  };
  const std::string text = "abcdefghijklmnopqrstuvwxyz\xc3\xa9\xe1\xbb\x99\xff";
  for (size_t b = 0; b < 4; ++b) {
    for (size_t n = 0; b + n <= text.size(); ++n) {
      std::string_view s = std::string_view(text).substr(b, n);
      EXPECT_EQ(FastHash(s), reference(s)) << b << " " << n;
    }
  }
}

TEST(FlatU64MapTest, ZeroMeansAbsent) {
  FlatU64Map m;
  EXPECT_EQ(m.Find(42), 0u);
  for (uint64_t k = 0; k < 1000; ++k) EXPECT_EQ(m.TryEmplace(k << 32 | (k * 3), static_cast<uint32_t>(k + 1)), k + 1);
  EXPECT_EQ(m.TryEmplace(5ULL << 32 | 15, 99), 6u);  // present: keeps the first value
  for (uint64_t k = 0; k < 1000; ++k) EXPECT_EQ(m.Find(k << 32 | (k * 3)), k + 1);
  EXPECT_EQ(m.Find(1ULL << 32), 0u);
  EXPECT_EQ(m.size(), 1000u);
}

}  // namespace
}  // namespace dyad
