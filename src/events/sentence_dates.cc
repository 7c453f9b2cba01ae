// SentenceContext (sentence_context.h): when and where an act happened — the
// date mention that dates it (or the day before it, the lead's) and the place.
#include "events/sentence_context.h"
#include "events/relative_days.h"

namespace dyad {

bool DocumentContext::IsLaterDate(const DateMention& d, uint32_t sentence_begin) const {
  // "next year", "later this month", "by June", "due to take effect on
  // Sunday": when something else will happen, not when an act did.
  // "agreed to halt the war on Aug. 20" in a story of Aug. 9, "will meet in
  // Beijing on April 18": a day after the story's is when something is to
  // happen; no act told can have happened then.
  const Day latest = std::max(anchor, published_day);
  if (latest != 0 && d.first > latest) return true;
  const DocumentTokens& t = r.tokens;
  std::string_view first = t.text(d.begin);
  std::string_view before = d.begin > sentence_begin ? t.text(d.begin - 1) : std::string_view();
  if (first == "next" || first == "coming" || before == "later" || before == "by" || before == "until" ||
      before == "before") {
    return true;
  }
  // "effective from Monday", "starting Sunday": when a measure takes effect,
  // not when it was taken.
  uint32_t from = d.begin;
  while (from > sentence_begin + 1 && from + 2 > d.begin && (t.text(from - 1) == "from" || t.text(from - 1) == "on")) --from;
  if (from > sentence_begin) {
    const std::string_view w = t.text(from - 1);
    if (w == "effective" || w == "starting" || w == "beginning") return true;
  }
  // "until noon on Saturday", "by midnight on Friday": a deadline.
  uint32_t k = d.begin;
  while (k > sentence_begin + 1 && k + 3 > d.begin) {
    const std::string_view w = t.text(k - 1);
    if (w == "until" || w == "by") return k < d.begin;
    if (w != "on" && w != "noon" && w != "midnight" && w != "midday") return false;
    --k;
  }
  return false;
}

std::string_view SentenceContext::ClauseBoundaryBetween(uint32_t from, uint32_t to) const {
  const DocumentTokens& t = ctx_.r.tokens;
  for (uint32_t i = from; i < to && i < end_; ++i) {
    std::string_view w = t.text(i);
    if (w == "after" || w == "since" || w == "when" || w == "which" || w == "who" || w == "that" || w == "because" ||
        w == "following" || w == "amid" || w == "before" || w == "over") {
      return w;
    }
  }
  return {};
}

bool SentenceContext::InRelativeClauseBefore(uint32_t begin, uint32_t end, uint32_t act) const {
  const DocumentTokens& t = ctx_.r.tokens;
  uint32_t close = end;
  while (close < act && t.text(close) != ",") ++close;
  if (close >= act) return false;
  for (uint32_t i = begin; i > begin_ + 1; --i) {
    if (t.text(i - 1) != ",") continue;
    const std::string_view w = t.text(i);
    return w == "which" || w == "who" || w == "whose" || w == "whom" || w == "where";
  }
  return false;
}

EventDate SentenceContext::DateFor(uint32_t begin, uint32_t end, bool promised) const {
  EventDate out;
  const DateMention* best = nullptr;
  const DateMention* at_once = nullptr;
  uint32_t best_distance = 0;
  for (const DateMention& d : *dates_) {
    if (ctx_.IsLaterDate(d, begin_)) continue;
    if (promised && d.begin >= begin && !CommaWithin(end, d.begin)) continue;
    // "accused London of trampling on a pledge agreed this month", "announced
    // the expulsion, after the killing on June 18": a date past a clause
    // boundary after the act dates another event. Past "when" it dates
    // something at the same time ("raised Bizerte with de Gaulle when he
    // visited him on Feb. 27"): the act's day when the sentence has no other.
    if (d.begin >= end) {
      const std::string_view boundary = ClauseBoundaryBetween(end, d.begin);
      if (boundary == "when" && at_once == nullptr && !promised) at_once = &d;
      if (!boundary.empty()) continue;
    }
    // "The Soviet Union, which signed a treaty with Hanoi last November,
    // denounced …": a month or a year in a relative clause closed before the
    // act dates that clause's background act. A day there is the act's
    // occasion ("Deng, who arrived on Sunday, was received …").
    if (d.end <= begin && d.precision != "day" && InRelativeClauseBefore(d.begin, d.end, begin)) continue;
    uint32_t distance = d.end <= begin ? begin - d.end : d.begin >= end ? d.begin - end : 0;
    if (best == nullptr || distance < best_distance) best = &d, best_distance = distance;
  }
  if (best == nullptr && at_once != nullptr && at_once->precision == "day") best = at_once;
  // "rammed a supply boat a day later", "a day after Indian warplanes
  // struck": the day a phrase of the act's own clause moves.
  // A promise is dated by the saying ("would release the pilot the next day").
  const std::optional<DateMention> of_act =
      promised ? std::nullopt : RelativeDayOfAct(ctx_, ctx_.relative_days, sentence_, begin_, end_, begin, end);
  if (of_act.has_value()) best = &*of_act;
  // "Sudan said the same day …", "the next day": the day before it, moved.
  if (best == nullptr && !relative_day_.has_value()) relative_day_ = RelativeDay(ctx_, ctx_.relative_days, sentence_, begin_, end_);
  const std::optional<DateMention>* relative = best == nullptr ? &*relative_day_ : nullptr;
  // The notes are appended piece by piece: a chain of operator+ built a
  // temporary string per piece, for every act dated.
  auto note = [&out](std::string_view before, const std::string& text, std::string_view after) {
    out.note.reserve(before.size() + text.size() + after.size());
    out.note.append(before).append(text).append(after);
  };
  if (of_act.has_value()) {
    note("\"", best->text, "\" from the day the sentence names before");
  } else if (relative != nullptr && relative->has_value()) {
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

EventLocation SentenceContext::LocationFor(uint32_t begin, uint32_t end, bool from_lead) const {
  EventLocation where = FindLocation(begin, end, /*of_a_state=*/false);
  if (where.empty() && from_lead) where = ctx_.dateline_place;
  return where;
}

std::string SentenceContext::LocationCountry(uint32_t begin, uint32_t end) const {
  // "talks on their boundary in the Sulawesi Sea in Bali": a visit is hosted
  // by a state, so a sea or a disputed shoal never decides whose.
  return FindLocation(begin, end, /*of_a_state=*/true).country;
}

std::string SentenceContext::DatelineVenue(uint32_t begin, uint32_t end) const {
  if (ctx_.dateline_country.empty() || !ctx_.has_lead_date || !FindLocation(begin, end, false).empty()) return "";
  // The lead only: a later sentence with no day of its own tells of
  // something anywhere ("Honiara signed a security pact with Beijing").
  if (sentence_ > 2) return "";
  const EventDate date = DateFor(begin, end);
  const bool lead_day = !date.from_lead && date.first != 0 && date.first == ctx_.lead_date.first &&
                        date.last == ctx_.lead_date.last;
  return lead_day ? ctx_.dateline_country : "";
}

namespace {

// Prepositions that place an act: "in Hanoi", "at the border", "near
// Second Thomas Shoal", "off Scarborough Shoal", "outside Kyiv".
bool PlacesAct(std::string_view word) {
  return word == "in" || word == "at" || word == "near" || word == "off" || word == "outside";
}

}  // namespace

EventLocation SentenceContext::FindLocation(uint32_t begin, uint32_t end, bool of_a_state) const {
  const DocumentTokens& t = ctx_.r.tokens;
  const PhraseMatcher& matcher = ctx_.dict.matcher();
  uint32_t best_distance = UINT32_MAX;
  // Pointers into the dictionary: only the place kept becomes a location.
  const PlaceEntry* best_place = nullptr;
  const CountryEntry* best_capital = nullptr;
  for (uint32_t i = begin_; i + 1 < end_; ++i) {
    if (!PlacesAct(t.text(i))) continue;
    uint32_t j = i + 1;
    if (t.text(j) == "the") ++j;
    if (j >= end_ || !t.capitalized[j]) continue;
    PhraseMatcher::Match pm = matcher.LongestAt(t.ids, j);
    if (pm.end <= pm.begin) continue;
    for (uint32_t p : matcher.Payloads(pm.node)) {
      PhraseKind kind = ActorDictionary::KindOf(p);
      uint32_t index = ActorDictionary::IndexOf(p);
      const PlaceEntry* place = kind == PhraseKind::kPlace ? &ctx_.dict.places()[index] : nullptr;
      const CountryEntry* capital = kind == PhraseKind::kCapital ? &ctx_.dict.countries()[index] : nullptr;
      if (place == nullptr && (capital == nullptr || capital->capital.empty())) continue;
      if (of_a_state && place != nullptr && place->country.empty()) break;
      uint32_t distance = i >= end ? i - end : begin > i ? begin - i : 0;
      if (distance < best_distance) best_place = place, best_capital = capital, best_distance = distance;
      break;
    }
  }
  if (best_place != nullptr) return ctx_.dict.PlaceLocation(*best_place);
  if (best_capital != nullptr) return ctx_.dict.CapitalLocation(*best_capital);
  return EventLocation();
}

}  // namespace dyad
