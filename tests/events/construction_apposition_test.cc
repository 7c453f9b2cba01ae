// Actors named by an apposition and parentheticals inside a verb's frame (see
// construction_test.cc): one case per mechanism, in sentences written for
// these tests.
#include <gtest/gtest.h>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using Case = testing::ConstructionCase;
void Check(const Case& c) { testing::CheckConstruction(c); }

TEST(ConstructionAppositionTest, AnAppositionGivesAnUnknownNameItsState) {
  // A person noun of agents.tsv gives the sector too.
  Check({"freed <name>, a X citizen,", "Hanoi freed Pham Minh Hoang, a French citizen, after three years.",
         "2024-05-10", {"VNM>FRA:08"}, {}});
  Check({"detained <name>, a X journalist,", "Minsk detained Tomas Verbickas, a Lithuanian journalist, on Sunday.",
         "2024-05-10", {"BLR>LTU:17"}, {}});
  // A bare state word names a person of that state; a noun no dictionary
  // knows names no one (it may be a firm's or a thing's).
  Check({"arrested <name>, a X,", "Ankara arrested Ilse Vanderhaegen, a Belgian, at the airport.", "2024-05-10",
         {"TUR>BEL:17"}, {}});
  Check({"detained <name>, a X reporter based in", "Rabat detained Karl Osterberg, a Danish reporter based in "
         "Tangier.", "2024-05-10", {"MAR>DNK:17"}, {}});
}

TEST(ConstructionAppositionTest, ADualNationalsAppositionIsReadThroughToTheFrame) {
  // The apposition's closing comma stands between $T and "to … years".
  Check({"sentenced <name>, a X-Y businessman, to", "A court in Caracas sentenced Luis Mendoza Arce, a "
         "Spanish-Venezuelan businessman, to eight years in prison.", "2024-05-10", {"VEN>ESP:11"}, {"VEN>VEN"}});
}

TEST(ConstructionAppositionTest, AStateWordAfterANameThatOpensAClauseNamesNoOne) {
  // ", a Japanese diplomat said": a speaker, not an apposition, so no
  // pattern reads the diplomat as the one deported. (The pair model, trained
  // with set AG, codes KOR>JPN:174 from the speaker's state, as annotators
  // read "X seized the boat, a Vietnamese official said".)
  Check({"deported <name>, a X diplomat said", "Seoul deported Yuri Tanaka, a Japanese diplomat said.", "2024-05-10",
         {"JPN>-:010"}, {"JPN>KOR"}});
  // The apposition makes no Finnish actor of the designer (no FIN>EST); that
  // Estonian agents shot a Finn the pair model reads as EST>FIN 18, as the
  // development sets' annotators do ("soldiers shot dead a Guatemalan farmer").
  Check({"<name>, a X designer, was shot by", "Kurt Lindqvist, a Finnish designer of radar sets, was shot by "
         "Estonian agents.", "2024-05-10", {}, {"FIN>EST"}});
  // "On Friday, a …": a day is no name.
  Check({"On D, a X vessel rammed", "On Friday, a Chinese vessel rammed a Vietnamese boat.", "2024-05-10",
         {"CHN>VNM:17"}, {}});
}

TEST(ConstructionAppositionTest, AParentheticalBetweenAnObjectAndItsFrameIsReadThrough) {
  Check({"barred X officials, including …, from entering", "Beijing barred 30 Lithuanian officials, including the "
         "deputy foreign minister, from entering China.", "2024-05-10", {"CHN>LTU:172"}, {}});
  Check({"banned X lawmakers, among them …, from visiting", "Tokyo banned 12 Russian lawmakers, among them two "
         "senators, from visiting Japan.", "2024-05-10", {"JPN>RUS:172"}, {}});
}

}  // namespace
}  // namespace dyad
