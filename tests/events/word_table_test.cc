#include "events/word_table.h"

#include <gtest/gtest.h>

#include <memory>
#include <thread>

namespace dyad {
namespace {

struct Fixture {
  Fixture() {
    auto parsed = VerbPatterns::Parse("042\tvisit $T\n031\tmeet with $T\n", "test.tsv", {"042", "031"});
    EXPECT_TRUE(parsed.ok());
    patterns = std::move(parsed).value();
    lemmatizer = std::make_unique<Lemmatizer>(std::unordered_map<std::string, std::string>{{"met", "meet"}},
                                              std::unordered_set<std::string>{"visit", "meet", "with", "say"});
    table = std::make_unique<WordTable>(*lemmatizer, *patterns, [](std::string_view form, std::string_view lemma) {
      return static_cast<uint8_t>((lemma == "say" ? 1 : 0) | (form == "," ? 2 : 0));
    });
  }
  std::unique_ptr<VerbPatterns> patterns;
  std::unique_ptr<Lemmatizer> lemmatizer;
  std::unique_ptr<WordTable> table;
};

TEST(WordTableTest, LemmaAndPatternIds) {
  Fixture f;
  WordInfo visited = f.table->Lookup("visited");
  ASSERT_NE(visited.lemma, nullptr);
  EXPECT_EQ(*visited.lemma, "visit");
  EXPECT_EQ(visited.lemma_id, f.patterns->WordId("visit"));
  EXPECT_NE(visited.lemma_id, 0u);
  EXPECT_EQ(visited.form_id, 0u);

  WordInfo met = f.table->Lookup("met");
  ASSERT_NE(met.lemma, nullptr);
  EXPECT_EQ(*met.lemma, "meet");
  EXPECT_EQ(met.lemma_id, f.patterns->WordId("meet"));

  WordInfo with = f.table->Lookup("with");  // its own lemma
  EXPECT_EQ(with.lemma, nullptr);
  EXPECT_EQ(with.form_id, f.patterns->WordId("with"));
  EXPECT_EQ(with.lemma_id, with.form_id);

  WordInfo other = f.table->Lookup("railways");
  EXPECT_EQ(other.lemma, nullptr);
  EXPECT_EQ(other.form_id, 0u);
  EXPECT_EQ(other.lemma_id, 0u);
}

TEST(WordTableTest, FlagsFromTheClassifierAndCachedAnswersAgree) {
  Fixture f;
  EXPECT_EQ(f.table->Lookup("said").flags, 0);  // "said" is no rule's form of "say" here
  EXPECT_EQ(f.table->Lookup("says").flags, 1);
  EXPECT_EQ(f.table->Lookup(",").flags, 2);
  for (int round = 0; round < 2; ++round) {  // the second round reads the cache
    WordInfo w = f.table->Lookup("says");
    ASSERT_NE(w.lemma, nullptr);
    EXPECT_EQ(*w.lemma, "say");
  }
}

TEST(WordTableTest, TwoTablesOnOneThreadDoNotShareAnswers) {
  Fixture a, b;
  b.table = std::make_unique<WordTable>(*b.lemmatizer, *b.patterns, [](std::string_view, std::string_view) {
    return static_cast<uint8_t>(8);
  });
  EXPECT_EQ(a.table->Lookup("says").flags, 1);
  EXPECT_EQ(b.table->Lookup("says").flags, 8);
  EXPECT_EQ(a.table->Lookup("says").flags, 1);
}

TEST(WordTableTest, ThreadsHaveTheirOwnCache) {
  Fixture f;
  uint32_t id_here = f.table->Lookup("visits").lemma_id;
  uint32_t id_there = 0;
  std::thread t([&] { id_there = f.table->Lookup("visits").lemma_id; });
  t.join();
  EXPECT_EQ(id_here, id_there);
  EXPECT_NE(id_here, 0u);
}

}  // namespace
}  // namespace dyad
