#include "actors/actor_dictionary.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "testing/actor_fixture.h"

namespace dyad {
namespace {

const std::string kData = std::string(DYAD_SOURCE_DIR) + "/data/actors";

const ActorDictionary& Dict() { return testing::ShippedActorDictionary(); }

const PersonEntry& Person(const std::string& id) {
  for (const PersonEntry& p : Dict().people()) {
    if (p.id == id) return p;
  }
  ADD_FAILURE() << "no person " << id;
  return Dict().people().front();
}

TEST(ActorDictionaryTest, LoadsEveryStateAndManyPeople) {
  EXPECT_GE(Dict().countries().size(), 249u);
  EXPECT_GE(Dict().people().size(), 400u);
  EXPECT_GE(Dict().organisations().size(), 150u);
  EXPECT_GE(Dict().roles().size(), 120u);
  ASSERT_NE(Dict().CountryByIso("VNM"), nullptr);
  EXPECT_EQ(Dict().CountryByIso("VNM")->capital, "Hà Nội");
}

TEST(ActorDictionaryTest, LoadsInWellUnderASecond) {
  auto start = std::chrono::steady_clock::now();
  auto r = ActorDictionary::Load(kData);
  ASSERT_TRUE(r.ok());
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  // The bar is for an optimised build; ASan's shadow memory and checks make
  // loading several times slower, and a loaded CI machine slower again.
#if defined(__SANITIZE_ADDRESS__)
  EXPECT_LT(ms, 5000.0);
#else
  EXPECT_LT(ms, 1000.0);
#endif
}

TEST(ActorDictionaryTest, CodesPeopleByTheOfficeHeldThatDay) {
  EXPECT_EQ(Dict().CodeOn(Person("luong_cuong"), MakeDay(2024, 10, 12)), "VNMPTY");
  EXPECT_EQ(Dict().CodeOn(Person("luong_cuong"), MakeDay(2024, 10, 22)), "VNMGOV");
  EXPECT_EQ(Dict().CodeOn(Person("to_lam"), MakeDay(2025, 1, 20)), "VNMPTY");
  EXPECT_EQ(Dict().CodeOn(Person("nguyen_phu_trong"), MakeDay(2021, 2, 8)), "VNMGOV");
  EXPECT_EQ(Dict().CodeOn(Person("nguyen_phu_trong"), MakeDay(2022, 2, 8)), "VNMPTY");
  EXPECT_EQ(Dict().CodeOn(Person("he_wei"), MakeDay(2024, 12, 25)), "CHNGOV");
}

TEST(ActorDictionaryTest, ShortNamesIncludeGivenNamesButNotPronouns) {
  const std::vector<uint32_t>* wei = Dict().PeopleByShortName("wei");
  ASSERT_NE(wei, nullptr);
  bool found = false;
  for (uint32_t p : *wei) found = found || Dict().people()[p].id == "he_wei";
  EXPECT_TRUE(found);
  const std::vector<uint32_t>* he = Dict().PeopleByShortName("he");
  EXPECT_TRUE(he == nullptr || he->empty());
}

class BrokenDictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("dyad-dict-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    for (const char* f : {"countries.tsv", "territories.tsv", "period_names.tsv", "agents.tsv", "organisations.tsv",
                          "people.tsv", "offices.tsv",
                          "roles.tsv", "places.tsv"}) {
      std::filesystem::copy_file(kData + "/" + f, dir_ / f, std::filesystem::copy_options::overwrite_existing);
    }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Append(const char* file, const std::string& line) {
    std::ofstream(dir_ / file, std::ios::app) << line << "\n";
  }
  // Loading fails with a message that names `file` and line, and says `what`.
  void ExpectRejected(const char* file, const std::string& line, const std::string& what) {
    Append(file, line);
    auto r = ActorDictionary::Load(dir_.string());
    ASSERT_FALSE(r.ok()) << line;
    EXPECT_NE(r.status().message().find(std::string(file) + ":"), std::string::npos) << r.status().message();
    EXPECT_NE(r.status().message().find(what), std::string::npos) << r.status().message();
  }
  std::filesystem::path dir_;
};

TEST_F(BrokenDictionaryTest, BadOfficeDateNamesFileAndLine) {
  ExpectRejected("offices.tsv", "xi_jinping\tCHNGOV\tPresident of China\t2013-13-01\t", "bad start date");
}

TEST_F(BrokenDictionaryTest, UnknownCountryNamesFileAndLine) {
  ExpectRejected("people.tsv", "nobody\tXXX\tNo Body\t", "unknown country XXX");
}

TEST_F(BrokenDictionaryTest, AnUnknownFormOfStateNamesFileAndLine) {
  ExpectRejected("countries.tsv", "XQZ\tNowhere\tNowherean\tNowhere City\tduchy", "unknown form of state: duchy");
}

TEST(ActorDictionaryTest, StatesKnowTheFormsTheyAnswerTo) {
  const CountryEntry* kuwait = Dict().CountryByIso("KWT");
  ASSERT_NE(kuwait, nullptr);
  EXPECT_TRUE(kuwait->HasForm("emirate"));
  EXPECT_FALSE(kuwait->HasForm("kingdom"));
  EXPECT_TRUE(Dict().CountryByIso("SAU")->HasForm("kingdom"));
  EXPECT_TRUE(Dict().CountryByIso("CHN")->forms.empty());
}

TEST_F(BrokenDictionaryTest, ATerritoryOfATerritoryIsRejected) {
  ExpectRejected("territories.tsv", "NIU\tGIB", "GIB is itself a territory");
}

// A period name needs its last day, a kind of adjective or capital, and, for a
// capital, a place the dictionaries know. Each bad line alone, in a fresh copy.
using BadPeriodLine = std::pair<const char*, const char*>;  // line, what the error says
class BrokenPeriodNameTest : public BrokenDictionaryTest, public ::testing::WithParamInterface<BadPeriodLine> {};

TEST_P(BrokenPeriodNameTest, NamesFileAndLine) {
  ExpectRejected("period_names.tsv", GetParam().first, GetParam().second);
}

std::string BadPeriodLineName(const ::testing::TestParamInfo<BadPeriodLine>& info) {
  static const char* const kNames[] = {"NoLastDay", "NoSuchKind", "CapitalNoPlace"};
  return kNames[info.index];
}

INSTANTIATE_TEST_SUITE_P(
    BadLines, BrokenPeriodNameTest,
    ::testing::Values(std::make_pair("RUS\tadjective\tSovietic\tsoon", "bad last day"),
                      std::make_pair("RUS\tcity\tPetrograd\t1924-01-26", "kind must be adjective or capital"),
                      std::make_pair("KAZ\tcapital\tZzyzxville\t1997-12-10", "is no place")),
    BadPeriodLineName);

TEST(ActorDictionaryTest, PeriodNamesKeepTheirAdjectiveAndPluralWithTheirLastDay) {
  int soviet = 0;
  for (const PeriodName& n : Dict().period_names()) {
    if (n.ids == Dict().matcher().Intern({"soviet"}) || n.ids == Dict().matcher().Intern({"soviets"})) {
      EXPECT_EQ(n.last, ParseDay("1991-12-25", false));
      ++soviet;
    }
  }
  EXPECT_EQ(soviet, 2);
  EXPECT_TRUE(Dict().IsPluralDemonym("soviets"));
  // "Bonn" stands for West Germany's government in stories of its period.
  bool bonn = false;
  for (const PeriodName& n : Dict().period_names()) {
    if (n.ids == Dict().matcher().Intern({"bonn"})) {
      bonn = n.capital_first != 0 && n.last == ParseDay("1999-08-31", false);
      const PhraseMatcher::Match m = Dict().matcher().LongestAt({n.capital_first}, 0);
      ASSERT_EQ(m.end, 1u);
      const uint32_t payload = Dict().matcher().Payloads(m.node).front();
      EXPECT_EQ(ActorDictionary::KindOf(payload), PhraseKind::kCapital);
      EXPECT_EQ(Dict().countries()[ActorDictionary::IndexOf(payload)].iso3, "DEU");
    }
  }
  EXPECT_TRUE(bonn);
}

TEST(ActorDictionaryTest, TerritoriesAreTheirStates) {
  EXPECT_EQ(Dict().StateOf("FLK"), "GBR");
  EXPECT_EQ(Dict().StateOf("GUM"), "USA");
  EXPECT_EQ(Dict().StateOf("HKG"), "HKG");  // a government of its own
  EXPECT_EQ(Dict().StateOf("TWN"), "TWN");
  EXPECT_EQ(Dict().StateOf("VNM"), "VNM");
}

TEST_F(BrokenDictionaryTest, OnlyACompoundNamesStates) {
  ExpectRejected("roles.tsv", "grand vizier\tGOV\tperson\tKOR|PRK", "only a compound names its states");
}

TEST_F(BrokenDictionaryTest, BadRoleKindIsRejected) {
  ExpectRejected("roles.tsv", "grand vizier\tGOV\twizard", "kind must be person, org, people, side or compound");
}

}  // namespace
}  // namespace dyad
