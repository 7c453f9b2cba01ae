// Headline grammar (see construction_test.cc): one case per mechanism, in
// sentences written for these tests.
#include <gtest/gtest.h>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using Case = testing::ConstructionCase;
void Check(const Case& c) { testing::CheckConstruction(c); }

TEST(ConstructionHeadlineTest, AHeadlineListsItsSubjectsWithACommaAlone) {
  // A mutual act ("both" lines and two subjects of a cooperative act) reads
  // each way between the listed states.
  Check({"X, Y swapped N prisoners", "Armenia, Azerbaijan swapped 32 prisoners at the border", "2024-05-10",
         {"ARM>AZE:08", "AZE>ARM:08"}, {}});
  Check({"X, Y agree to ceasefire", "Thailand, Cambodia agree to ceasefire", "2024-05-10",
         {"THA>KHM:08", "KHM>THA:08"}, {}});
  Check({"X, Y sign accord", "Kenya, Ethiopia sign border security accord", "2024-05-10",
         {"KEN>ETH:057", "ETH>KEN:057"}, {}});
}

TEST(ConstructionHeadlineTest, ABodySentenceDoesNotListSubjectsWithACommaAlone) {
  // Prose joins the last two subjects with "and"; a comma there in the body
  // opens no list of doers.
  // (The pair model trained on stories' own sentences, session 38, reads
  // "Armenia, Azerbaijan swapped 32 prisoners" in a body as the swap it is;
  // the patterns still do not, and do read the same two as a headline's.)
  Check({"X, Y swapped N prisoners (headline)", "Serbia, Kosovo swapped 12 prisoners at the border", "2024-05-10",
         {"SRB>XKX:08", "XKX>SRB:08"}, {}});
  Check({"body: X, Y swapped …", "Talks went on all week in Geneva. Serbia, Kosovo swapped 12 prisoners at the "
         "border.", "2024-05-10", {}, {"SRB>XKX", "XKX>SRB"}});
}

}  // namespace
}  // namespace dyad
