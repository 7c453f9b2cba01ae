// Forms of a name the copy writes that the dictionaries list otherwise: a
// shortening of a person's full name, the bare apostrophe of a name in -s,
// and an official "to" a body who acts for a state. Sentences written for
// these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/document_tokens.h"
#include "testing/actor_fixture.h"
#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using testing::CodeStory;

const ActorDictionary& Dict() { return testing::ShippedActorDictionary(); }

// The texts of the sentence's tokens once bare possessives are marked.
std::vector<std::string> Texts(const std::string& sentence) {
  DocumentTokens d = TokenizeDocument(sentence, {{0, static_cast<uint32_t>(sentence.size())}}, Dict().matcher());
  MarkBarePossessives(Dict(), &d);
  std::vector<std::string> out;
  for (size_t i = 0; i < d.size(); ++i) out.emplace_back(d.text(i));
  return out;
}

const Mention* Find(const AnalyzedDocument& a, const std::string& text) {
  for (const Mention& m : a.mentions) {
    if (m.text == text) return &m;
  }
  return nullptr;
}

TEST(NameFormsTest, AShorteningOfAFullNameIsThePerson) {
  AnalyzedDocument a = CodeStory("Tayyip Erdogan spoke by phone with Manuel Lopez Obrador on Friday.", "2024-05-10");
  const Mention* erdogan = Find(a, "Tayyip Erdogan");
  ASSERT_NE(erdogan, nullptr);
  EXPECT_EQ(erdogan->actor_id, "recep_tayyip_erdogan");
  const Mention* amlo = Find(a, "Manuel Lopez Obrador");
  ASSERT_NE(amlo, nullptr);
  EXPECT_EQ(amlo->country, "MEX");
}

TEST(NameFormsTest, AShorteningInsideAnotherNameIsNoOne) {
  // A name word before it that is no title: another person's name.
  AnalyzedDocument a = CodeStory("Omer Tayyip Erdogan, a shopkeeper in Izmir, said prices had doubled.", "2024-05-10");
  for (const Mention& m : a.mentions) EXPECT_NE(m.actor_id, "recep_tayyip_erdogan") << m.text;
  // A title before it is no name word.
  AnalyzedDocument titled = CodeStory("Turkish President Tayyip Erdogan arrived in Athens.", "2024-05-10");
  const Mention* m = Find(titled, "Turkish President Tayyip Erdogan");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->actor_id, "recep_tayyip_erdogan");
}

TEST(NameFormsTest, ABareApostropheAfterANameInSIsItsPossessive) {
  EXPECT_EQ(Texts("Athens' reply came late.")[1], "'s");
  EXPECT_EQ(Texts("The United States' veto angered Algeria.")[3], "'s");
  // A lower-case plural, a plural demonym, a name opening an apposition and a
  // closing quote keep theirs.
  EXPECT_EQ(Texts("The ministers' talks ended.")[2], "'");
  EXPECT_EQ(Texts("Filipinos' remittances rose.")[1], "'");
  EXPECT_EQ(Texts("Spain extradited a man, the Netherlands' most wanted suspect, on Monday.")[7], "'");
  EXPECT_EQ(Texts("Seoul denounced the 'Japanese Islands' claim.")[6], "'");
}

TEST(NameFormsTest, AnOfficialPostedToABodyActsForTheState) {
  AnalyzedDocument a = CodeStory("Norway's ambassador to the UN and the Chilean envoy to the United Nations spoke.",
                                 "2024-05-10");
  const Mention* norway = Find(a, "Norway's ambassador to the UN");
  ASSERT_NE(norway, nullptr);
  EXPECT_EQ(norway->country, "NOR");
  const Mention* chile = Find(a, "Chilean envoy to the United Nations");
  ASSERT_NE(chile, nullptr);
  EXPECT_EQ(chile->country, "CHL");
}

}  // namespace
}  // namespace dyad
