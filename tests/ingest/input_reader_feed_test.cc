// InputReader on feeds: what the feed reader skips for cost is a rejected
// input, reported with the item's line (exit status 1 in `dyad ingest`).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/input_reader.h"

namespace dyad {
namespace {

TEST(InputReaderFeedTest, ItemWithRefusedHtmlIsARejectionNamingItsLine) {
  Result<AgencyTable> agencies = AgencyTable::Load(DYAD_SOURCE_DIR "/data/ingest/agencies.tsv");
  ASSERT_TRUE(agencies.ok()) << agencies.status().ToString();
  std::string attributes;
  for (int i = 0; i < 20000; ++i) attributes += " a" + std::to_string(i);
  std::string feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\n"
                     "<item><guid>w-1</guid><description>Fiji and Tonga met on Tuesday.</description></item>\n"
                     "<item><guid>w-2</guid><description>&lt;p" + attributes + "&gt;Talks&lt;/p&gt;</description></item>\n"
                     "</channel></rss>\n";
  InputReader reader(std::move(agencies).value());
  std::vector<Document> docs;
  std::vector<InputProblem> problems;
  reader.ReadBytes(
      std::move(feed), "feeds/wire.rss", [&](Document&& d) { docs.push_back(std::move(d)); },
      [&](InputProblem&& p) { problems.push_back(std::move(p)); });
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "w-1");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_TRUE(problems[0].rejected);
  EXPECT_EQ(problems[0].where, "feeds/wire.rss:3");
  EXPECT_NE(problems[0].message.find("item skipped: HTML tags carry too many attributes"), std::string::npos)
      << problems[0].message;
}

}  // namespace
}  // namespace dyad
