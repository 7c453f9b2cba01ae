// Training the pair model: it learns what the labels teach, deterministically.
#include "events/pair_trainer.h"

#include <cmath>
#include <unordered_set>

#include <gtest/gtest.h>

namespace dyad {
namespace {

PairExample Example(std::vector<std::string> features, int root, std::vector<std::string> codes = {}) {
  PairExample e;
  e.features = std::move(features);
  e.features.push_back("bias");
  if (root > 0) e.label[static_cast<size_t>(root - 1)] = 1;
  e.codes = std::move(codes);
  return e;
}

std::vector<PairExample> Examples() {
  std::vector<PairExample> out;
  for (int i = 0; i < 20; ++i) {
    out.push_back(Example({"w:shell", "w:town"}, 19, {"195"}));
    out.push_back(Example({"w:visit", "w:town"}, 4));
    out.push_back(Example({"w:say", "w:town"}, 0));
    out.push_back(Example({"w:seize", "w:boat"}, 17, {"171"}));
    out.push_back(Example({"w:harass", "w:boat"}, 17, {"170"}));
  }
  PairExample allowed = Example({"w:visit", "w:rare"}, 0);
  allowed.label[3] = -1;  // the gold allows root 04: no lesson
  out.push_back(allowed);
  return out;
}

TEST(PairTrainerTest, LearnsRootsAndCodesFromLabels) {
  PairTrainingOptions options;
  options.min_code_count = 5;
  std::string text = TrainPairModel(Examples(), options);
  Result<std::unique_ptr<PairModel>> model =
      PairModel::Parse(text, "trained", {"040", "170", "171", "190", "195", "010", "020", "030", "050", "060", "070",
                                         "080", "090", "100", "110", "120", "130", "140", "150", "160", "180", "200"});
  ASSERT_TRUE(model.ok()) << model.status().message();
  const PairModel& m = **model;
  PairModel::Scored shell = m.Score({"bias", "w:shell", "w:town"});
  EXPECT_GT(shell.roots[18], 0.8f);
  EXPECT_LT(shell.roots[3], 0.1f);
  EXPECT_EQ(m.CodeFor(19, shell), "195");
  PairModel::Scored say = m.Score({"bias", "w:say", "w:town"});
  for (float p : say.roots) EXPECT_LT(p, 0.5f);
  EXPECT_GT(m.Score({"bias", "w:visit", "w:town"}).roots[3], 0.8f);
  EXPECT_EQ(m.CodeFor(17, m.Score({"bias", "w:seize", "w:boat"})), "171");
  EXPECT_EQ(m.CodeFor(17, m.Score({"bias", "w:harass", "w:boat"})), "170");
  // Seen once only: below min_count, no weight.
  EXPECT_EQ(text.find("w:rare"), std::string::npos);
  EXPECT_NE(text.find("threshold\t0.50\n"), std::string::npos);
}

// Half the examples of a feature say fight, half say nothing: the mean of the
// weights over training scores it near one half, where the last step's
// weights lean to whichever examples came last.
TEST(PairTrainerTest, TheMeanOfTheWeightsDoesNotLeanToTheLastExamples) {
  const std::unordered_set<std::string> kRootCodes = {"010", "020", "030", "040", "050", "060", "070", "080", "090", "100",
                                                      "110", "120", "130", "140", "150", "160", "170", "180", "190", "200"};
  std::vector<PairExample> examples;
  for (int i = 0; i < 40; ++i) examples.push_back(Example({"w:clash"}, i % 2 == 0 ? 19 : 0));
  PairTrainingOptions options;
  options.min_code_count = 1000;
  options.rate = 1.0f;  // steps big enough that the last ones show
  Result<std::unique_ptr<PairModel>> mean = PairModel::Parse(TrainPairModel(examples, options), "mean", kRootCodes);
  options.average = false;
  Result<std::unique_ptr<PairModel>> last = PairModel::Parse(TrainPairModel(examples, options), "last", kRootCodes);
  ASSERT_TRUE(mean.ok()) << mean.status().message();
  ASSERT_TRUE(last.ok()) << last.status().message();
  const float p_mean = (*mean)->Score({"bias", "w:clash"}).roots[18];
  const float p_last = (*last)->Score({"bias", "w:clash"}).roots[18];
  EXPECT_NEAR(p_mean, 0.5f, 0.05f);
  EXPECT_LT(std::fabs(p_mean - 0.5f), std::fabs(p_last - 0.5f));
}

TEST(PairTrainerTest, TheSameExamplesGiveTheSameFile) {
  PairTrainingOptions options;
  options.comment = "first line\nsecond line";
  std::string a = TrainPairModel(Examples(), options);
  EXPECT_EQ(a, TrainPairModel(Examples(), options));
  EXPECT_EQ(a.rfind("# first line\n# second line\n", 0), 0u);
}

}  // namespace
}  // namespace dyad
