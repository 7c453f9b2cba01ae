// Closed lists of word forms the clause rules read (data/events/verb_classes.tsv):
// verbs whose object is the subject's own act, verbs of reaction and of
// answering, participles that are mostly adjectives, verbs whose object
// shares the subject's act, and verbs a cue reaches through.
#pragma once

#include <string>
#include <string_view>

#include "dyad/status.h"
#include "util/string_hash.h"

namespace dyad {

class VerbClasses {
 public:
  static Result<VerbClasses> Load(const std::string& path);
  // Parses the file's text; `name` is the file named in error messages.
  static Result<VerbClasses> Parse(std::string_view tsv, std::string_view name);

  // "announced the expulsion of": the noun after it is the subject's own act.
  bool IsDoing(std::string_view w) const { return doing_.contains(w); }
  // "condemned the sanctions on Russia": its object is someone else's act.
  bool IsReaction(std::string_view w) const { return reaction_.contains(w); }
  // "retaliated with export curbs": its "with" phrase is the subject's act.
  bool IsAnswer(std::string_view w) const { return answer_.contains(w); }
  // "followed Mali in cutting ties": its object does the act after "in" too.
  bool IsFellow(std::string_view w) const { return fellow_.contains(w); }
  // "agreed to start talks", "would order the lifting of sanctions": a verb
  // a cue reaches through to the act named after it.
  bool IsBridge(std::string_view w) const { return bridge_.contains(w); }
  // "fishing boats": an -ing form that qualifies a noun.
  bool IsAdjectivalParticiple(std::string_view w) const { return adjectival_participle_.contains(w); }
  // ", including Barack Obama,": a word that opens a parenthetical insert.
  bool OpensInsert(std::string_view w) const { return insert_.contains(w); }
  // "sent tanks to support Ukrainian troops": a verb whose object is whom a
  // sending is for, so its infinitive passes on to the recipient.
  bool IsBenefactive(std::string_view w) const { return benefactive_.contains(w); }
  // "Niger and Senegal pledged to contribute battalions": a verb of handing
  // something to a third party.
  bool IsGiving(std::string_view w) const { return giving_.contains(w); }
  // "talks brokered by Qatar": a participle whose agent stands outside the
  // act of the noun before it.
  bool IsThirdParty(std::string_view w) const { return third_party_.contains(w); }
  // "rejected Peking's offer of talks", "welcomed Trump's offer to mediate":
  // a verb whose subject is whom the offer after it was made to.
  bool IsTaking(std::string_view w) const { return taking_.contains(w); }
  // "Shultz met Gromyko", "signed a pact with Laos": a past verb whose
  // object shares a meeting, talks or an agreement with the subject.
  bool IsShared(std::string_view w) const { return shared_.contains(w); }
  // "Soviet troops, supported by units from Poland, invaded …": a
  // participle whose insert names those who act with the subject.
  bool IsAccompanying(std::string_view w) const { return accompanying_.contains(w); }
  // "US and Iraqi troops clashed with militants": a non-state party that
  // two subjects fought together.
  bool IsFoe(std::string_view w) const { return foe_.contains(w); }

 private:
  StringSet doing_, reaction_, answer_, adjectival_participle_, fellow_, bridge_, insert_, benefactive_, third_party_;
  StringSet taking_, giving_, shared_, accompanying_, foe_;
};

}  // namespace dyad
