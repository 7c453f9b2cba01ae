// Forms of a name the copy writes that the dictionaries list otherwise: a
// shortening of a person's full name, and an official "to" a body who acts
// for a state. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using testing::CodeStory;

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
