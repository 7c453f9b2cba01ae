// dyad eval's scoring (src/engine/evaluator.h): recall of required events,
// precision over the pairs a gold line names, and dates as the text gives them.
#include "engine/evaluator.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

EventRecord Event(const std::string& doc, const std::string& src, const std::string& tgt, const std::string& cameo,
                  const std::string& date, const std::string& date_source) {
  EventRecord e;
  e.doc = doc;
  e.docs = {doc};
  e.source.country = src;
  e.target.country = tgt;
  e.cameo = cameo;
  e.date = date;
  e.date_source = date_source;
  return e;
}

std::vector<GoldDocument> Gold(const std::string& jsonl) {
  Result<std::vector<GoldDocument>> gold = ParseGold(jsonl, "gold.jsonl");
  EXPECT_TRUE(gold.ok()) << gold.status().ToString();
  return gold.ok() ? *gold : std::vector<GoldDocument>{};
}

TEST(EvaluatorTest, ScoresRecallPrecisionAndDates) {
  auto gold = Gold(R"({"doc": "a", "countries": ["KEN", "UGA"], "required": [{"source": "KEN", "target": "UGA", )"
                   R"("code": "111", "date": "2024-05-07"}], "allowed": [{"source": "UGA", "target": "KEN", "code": "11"}]})");
  EvalReport r = Evaluate(gold, {Event("a", "KEN", "UGA", "111", "2024-05-07", "text"),
                                 Event("a", "UGA", "KEN", "112", "2024-05-07", "text"),
                                 Event("a", "KEN", "UGA", "190", "2024-05-07", "text")});
  EXPECT_EQ(r.found, 1);
  EXPECT_EQ(r.required, 1);
  EXPECT_EQ(r.tuples, 3);
  EXPECT_EQ(r.tuples_ok, 2);
  EXPECT_EQ(r.dated_found, 1);
}

TEST(EvaluatorTest, TheStorysDateStandingInForAnUndatedActIsNoDateFound) {
  auto gold = Gold(R"({"doc": "a", "countries": ["KEN", "UGA"], "required": [{"source": "KEN", "target": "UGA", )"
                   R"("code": "111", "date": "2024-05-10"}]})");
  EvalReport story = Evaluate(gold, {Event("a", "KEN", "UGA", "111", "2024-05-10", "story")});
  EXPECT_EQ(story.found, 1);
  EXPECT_EQ(story.dated, 1);
  EXPECT_EQ(story.dated_found, 0);
  EvalReport text = Evaluate(gold, {Event("a", "KEN", "UGA", "111", "2024-05-10", "text")});
  EXPECT_EQ(text.dated_found, 1);
}

TEST(EvaluatorTest, APlainStatementAskedForIsNotScoredAsNoneCodedIs) {
  // 016 (a denial) is a plain statement: not asked for, as a coded one is not
  // read; an item that also accepts 112 asks for the accusation; 018 is scored.
  auto gold = Gold(R"({"doc": "a", "countries": ["KEN", "UGA"], "required": [)"
                   R"({"source": "UGA", "target": "KEN", "code": "016"},)"
                   R"({"source": "KEN", "target": "UGA", "codes": ["016", "112"]},)"
                   R"({"source": "KEN", "target": "UGA", "code": "018"}]})");
  EvalReport r = Evaluate(gold, {Event("a", "UGA", "KEN", "016", "", "story"), Event("a", "KEN", "UGA", "112", "", "story")});
  EXPECT_EQ(r.required, 2);
  EXPECT_EQ(r.found, 1);
  EXPECT_EQ(r.tuples, 1);
  EXPECT_EQ(r.confusion["11"]["11"], 1);
  EXPECT_EQ(r.confusion["018"]["-"], 0);
  EXPECT_EQ(r.confusion["01"]["11"], 1);  // the 018 asked, the pair coded 112
}

}  // namespace
}  // namespace dyad
