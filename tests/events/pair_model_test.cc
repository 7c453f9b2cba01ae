// The pair model's file: what it reads, how it scores, what it refuses.
#include "events/pair_model.h"

#include <gtest/gtest.h>

#include <cmath>

namespace dyad {
namespace {

const std::unordered_set<std::string> kCodes = {"010", "020", "030", "040", "050", "060", "070", "080", "090", "100",
                                                "110", "120", "130", "140", "150", "160", "170", "171", "173", "180",
                                                "190", "195", "200"};

std::unique_ptr<PairModel> Parse(std::string_view text) {
  Result<std::unique_ptr<PairModel>> m = PairModel::Parse(text, "model.tsv", kCodes);
  EXPECT_TRUE(m.ok()) << m.status().message();
  return m.ok() ? std::move(m).value() : nullptr;
}

std::string ErrorOf(std::string_view text) {
  Result<std::unique_ptr<PairModel>> m = PairModel::Parse(text, "model.tsv", kCodes);
  return m.ok() ? "" : m.status().message();
}

TEST(PairModelTest, ScoresAreLogisticSumsOfTheFeaturesWeights) {
  auto m = Parse("threshold\t0.8\nthreshold_beside\t0.9\n"
                 "feature\tbias\t17:-2|19:-3\nfeature\tw:seize\t17:4|171:1.5|173:-1\nfeature\tw:shell\t19:5\n");
  ASSERT_NE(m, nullptr);
  EXPECT_FALSE(m->empty());
  EXPECT_FLOAT_EQ(m->threshold(), 0.8f);
  EXPECT_FLOAT_EQ(m->threshold_beside(), 0.9f);
  PairModel::Scored s = m->Score({"bias", "w:seize", "w:unknown"});
  EXPECT_NEAR(s.roots[16], 1 / (1 + std::exp(-2.0)), 1e-5);  // root 17: -2 + 4
  EXPECT_NEAR(s.roots[18], 1 / (1 + std::exp(3.0)), 1e-5);   // root 19: bias only
  EXPECT_NEAR(s.roots[3], 0.5, 1e-6);                        // no weight: logit 0
  // A feature counts once however often it is listed.
  EXPECT_FLOAT_EQ(m->Score({"bias", "w:seize", "w:seize"}).roots[16], s.roots[16]);
  EXPECT_EQ(m->CodeFor(17, s), "171");  // its logit 1.5 > 0
  EXPECT_EQ(m->CodeFor(19, s), "190");  // no code of root 19 weighed: the unspecified one
  PairModel::Scored against = m->Score({"bias"});
  EXPECT_EQ(m->CodeFor(17, against), "170");  // no code at probability 0.5
}

TEST(PairModelTest, AnEmptyModelCodesNothing) {
  auto m = Parse("# nothing learnt yet\nthreshold\t0.9\n");
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->empty());
}

TEST(PairModelTest, BadLinesNameFileAndLine) {
  EXPECT_EQ(ErrorOf("threshold\t0.8\nweights\tw:x\t17:1\n").rfind("model.tsv:2:", 0), 0u);
  EXPECT_EQ(ErrorOf("threshold\t1.5\n").rfind("model.tsv:1:", 0), 0u);
  EXPECT_EQ(ErrorOf("threshold\t0.8\nfeature\tw:x\t17=1\n").rfind("model.tsv:2:", 0), 0u);
  EXPECT_EQ(ErrorOf("threshold\t0.8\nfeature\tw:x\t21:1\n").rfind("model.tsv:2:", 0), 0u);
  EXPECT_EQ(ErrorOf("threshold\t0.8\nfeature\tw:x\t17:nan\n").rfind("model.tsv:2:", 0), 0u);
  EXPECT_EQ(ErrorOf("threshold\t0.8\nfeature\tw:x\t172:1\n").rfind("model.tsv:2:", 0), 0u)
      << "172 is not in this codebook";
  EXPECT_EQ(ErrorOf("threshold\t0.8\nfeature\tw:x\t17:1\nfeature\tw:x\t19:1\n").rfind("model.tsv:3:", 0), 0u);
  EXPECT_EQ(ErrorOf("threshold\t0.8\nfeature\tw x\t17:1\n").rfind("model.tsv:2:", 0), 0u);
  EXPECT_EQ(ErrorOf("threshold\t0.8\nfeature\tw:x\t17:301\n").rfind("model.tsv:2:", 0), 0u)
      << "root weights are kept in hundredths as int16";
  EXPECT_NE(ErrorOf("feature\tw:x\t17:1\n").find("threshold"), std::string::npos);
}

}  // namespace
}  // namespace dyad
