// SentenceContext (sentence_context.h): when and where an act happened — the
// date mention that dates it (or the day before it, the lead's) and the place.
#include "events/sentence_context.h"
#include "events/relative_days.h"

namespace dyad {

bool SentenceContext::ClauseBoundaryBetween(uint32_t from, uint32_t to) const {
  const DocumentTokens& t = ctx_.r.tokens;
  for (uint32_t i = from; i < to && i < end_; ++i) {
    std::string_view w = t.text(i);
    if (w == "after" || w == "since" || w == "when" || w == "which" || w == "who" || w == "that" || w == "because" ||
        w == "following" || w == "amid" || w == "before" || w == "over") {
      return true;
    }
  }
  return false;
}

EventDate SentenceContext::DateFor(uint32_t begin, uint32_t end) const {
  EventDate out;
  const DateMention* best = nullptr;
  uint32_t best_distance = 0;
  const DocumentTokens& t = ctx_.r.tokens;
  for (const DateMention& d : *dates_) {
    // "next year", "later this month", "by June": when something else will
    // happen, not when this act did.
    std::string_view first = t.text(d.begin);
    std::string_view before = d.begin > begin_ ? t.text(d.begin - 1) : std::string_view();
    if (first == "next" || first == "coming" || before == "later" || before == "by" || before == "until" ||
        before == "before") {
      continue;
    }
    // "accused London of trampling on a pledge agreed this month", "announced
    // the expulsion, after the killing on June 18": a date past a clause
    // boundary after the act dates another event.
    if (d.begin >= end && ClauseBoundaryBetween(end, d.begin)) continue;
    uint32_t distance = d.end <= begin ? begin - d.end : d.begin >= end ? d.begin - end : 0;
    if (best == nullptr || distance < best_distance) best = &d, best_distance = distance;
  }
  // "Sudan said the same day …", "the next day": the day before it, moved.
  if (best == nullptr && !relative_day_.has_value()) relative_day_ = RelativeDay(ctx_, ctx_.relative_days, sentence_, begin_, end_);
  const std::optional<DateMention>* relative = best == nullptr ? &*relative_day_ : nullptr;
  // The notes are appended piece by piece: a chain of operator+ built a
  // temporary string per piece, for every act dated.
  auto note = [&out](std::string_view before, const std::string& text, std::string_view after) {
    out.note.reserve(before.size() + text.size() + after.size());
    out.note.append(before).append(text).append(after);
  };
  if (relative != nullptr && relative->has_value()) {
    best = &**relative;
    note("\"", best->text, "\" after the day named before");
  } else if (best == nullptr && previous_date_.has_value()) {
    // "Beijing reacted on Friday. Lin said …": the previous sentence's day,
    // within the paragraph.
    best = &*previous_date_;
    note("the previous sentence's date (\"", best->text, "\")");
  } else if (best == nullptr && ctx_.has_lead_date) {
    best = &ctx_.lead_date;
    out.from_lead = true;
    note("the lead's date (\"", best->text, "\")");
  } else if (best != nullptr) {
    note("\"", best->text, "\"");
  }
  if (best == nullptr) return out;
  out.date = FormatMention(*best);
  out.precision = best->precision;
  out.first = best->first;
  out.last = best->last;
  if (best->precision == "range") out.date_end = FormatDay(best->last);
  if (ctx_.r.inferred_year > 0 && ctx_.doc.published.empty()) {
    out.note += "; year " + std::to_string(ctx_.r.inferred_year) + " inferred from roles";
  }
  return out;
}

std::string SentenceContext::LocationFor(uint32_t begin, uint32_t end, bool from_lead) const {
  std::string name, country;
  FindLocation(begin, end, &name, &country);
  if (name.empty() && from_lead) name = ctx_.dateline_place;
  return name;
}

std::string SentenceContext::LocationCountry(uint32_t begin, uint32_t end) const {
  std::string name, country;
  FindLocation(begin, end, &name, &country);
  return country;
}

void SentenceContext::FindLocation(uint32_t begin, uint32_t end, std::string* name, std::string* country) const {
  const DocumentTokens& t = ctx_.r.tokens;
  const PhraseMatcher& matcher = ctx_.dict.matcher();
  uint32_t best_distance = UINT32_MAX;
  for (uint32_t i = begin_; i + 1 < end_; ++i) {
    if (t.text(i) != "in" && t.text(i) != "at") continue;
    uint32_t j = i + 1;
    if (t.text(j) == "the") ++j;
    if (j >= end_ || !t.capitalized[j]) continue;
    PhraseMatcher::Match pm = matcher.LongestAt(t.ids, j);
    if (pm.end <= pm.begin) continue;
    for (uint32_t p : matcher.Payloads(pm.node)) {
      PhraseKind kind = ActorDictionary::KindOf(p);
      uint32_t index = ActorDictionary::IndexOf(p);
      // Pointers into the dictionary: copied only for the place kept.
      const std::string *here = nullptr, *iso = nullptr;
      if (kind == PhraseKind::kPlace) here = &ctx_.dict.places()[index].name, iso = &ctx_.dict.places()[index].country;
      if (kind == PhraseKind::kCapital) here = &ctx_.dict.countries()[index].capital, iso = &ctx_.dict.countries()[index].iso3;
      if (here == nullptr || here->empty()) continue;
      uint32_t distance = i >= end ? i - end : begin > i ? begin - i : 0;
      if (distance < best_distance) *name = *here, *country = *iso, best_distance = distance;
      break;
    }
  }
}

}  // namespace dyad
