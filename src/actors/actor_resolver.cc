#include "actors/actor_resolver.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "actors/chunker.h"
#include "actors/document_resolver.h"
#include "actors/year_inference.h"
#include "text/folding.h"

namespace dyad {

namespace {

// How long before its publication a story may have been filed.
constexpr long kMaxFilingGapDays = 7;

// A dateline's day is the day "today" means: papers date a story the day
// after it was filed ("TEL AVIV, June 5 - ... today", published June 6). The
// dateline wins when it falls in the week before publication; a dateline
// later than that, or long before, is not the filing day and is ignored.
Day StoryDay(const Document& doc) {
  const Day published = ParseDay(doc.published, false);
  if (published == 0 || doc.dateline_month <= 0 || doc.published.size() < 10) return published;
  for (int year : {YearOf(published), YearOf(published) - 1}) {
    if (!IsValidDay(year, doc.dateline_month, doc.dateline_day)) continue;
    const Day filed = MakeDay(year, doc.dateline_month, doc.dateline_day);
    if (filed > published) continue;
    const long gap = DaysFromCivil(YearOf(published), MonthOf(published), DayOfMonth(published)) -
                     DaysFromCivil(year, doc.dateline_month, doc.dateline_day);
    return gap <= kMaxFilingGapDays ? filed : published;
  }
  return published;
}

}  // namespace

ResolvedDocument ActorResolver::Resolve(const Document& doc, const std::vector<SentenceSpan>& sentences) const {
  ResolvedDocument r;
  r.tokens = TokenizeDocument(doc.text, sentences, dict_->matcher());
  MarkBarePossessives(*dict_, &r.tokens);
  r.story_day = StoryDay(doc);
  ApplyPeriodNames(*dict_, r.story_day, &r.tokens);
  DocumentResolver(*dict_, doc, &r).Run();
  if (r.story_day == 0 && doc.dateline_month > 0) {
    YearInference y = InferYear(*dict_, doc, r);
    if (y.year > 0) {
      r.inferred_year = y.year;
      r.inferred_year_reason = y.reason;
      r.story_day = MakeDay(y.year, doc.dateline_month, std::min(doc.dateline_day, DaysInMonth(y.year, doc.dateline_month)));
    }
  }
  for (ActorChunk& c : r.chunks) {
    for (ResolvedActor& a : c.actors) {
      if (a.person < 0) continue;
      const PersonEntry& p = dict_->people()[static_cast<size_t>(a.person)];
      const OfficeEntry* o = dict_->OfficeOn(p, r.story_day);
      a.code = o ? o->code : p.country;
      a.role = o ? o->role : a.role;
      // Acting in an office of another state ("Foreign Minister Eduard
      // Shevardnadze" in 1986 is the Soviet Union's) or of an international
      // organisation (no state's).
      if (o != nullptr && o->code.size() >= 3) {
        const std::string_view office_state = std::string_view(o->code).substr(0, 3);
        if (dict_->CountryByIso(office_state) != nullptr) {
          a.country = std::string(office_state);
        } else if (office_state == "IGO") {
          a.country.clear();
        }
      }
    }
  }
  return r;
}

std::string ActorResolver::CodeOn(const ResolvedActor& a, Day day) const {
  if (a.person < 0 || day == 0) return a.code;
  return dict_->CodeOn(dict_->people()[static_cast<size_t>(a.person)], day);
}

Mention ActorMention(const Document& doc, int sentence, uint32_t start, uint32_t end, const ResolvedActor& actor,
                     const std::string& how) {
  Mention m;
  m.doc = doc.id;
  m.sentence = sentence;
  m.start = start;
  m.end = end;
  m.text = doc.text.substr(start, end - start);
  m.actor_id = actor.actor_id;
  m.name = actor.name;
  m.country = actor.country;
  m.code = actor.code;
  m.role = actor.role;
  m.how = how;
  return m;
}

std::vector<Mention> ActorResolver::Mentions(const Document& doc, const ResolvedDocument& r) const {
  std::vector<Mention> out;
  for (const ActorChunk& c : r.chunks) {
    if (c.modifier || c.how == "place") continue;
    for (const ResolvedActor& a : c.actors) {
      out.push_back(ActorMention(doc, c.sentence, r.tokens.raw_begin[c.begin], r.tokens.raw_end[c.end - 1], a, c.how));
    }
  }
  return out;
}

}  // namespace dyad
