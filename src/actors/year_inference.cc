#include "actors/year_inference.h"

#include <algorithm>
#include <array>
#include <climits>

namespace dyad {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                       "friday", "saturday", "sunday"};

// True when the office's title says what `role` says: "president" matches
// "President of Viet Nam" but not "Vice President of …".
bool OfficeMatches(const OfficeEntry& o, const RoleEntry& role, const std::string& country) {
  if (!country.empty() && o.code.compare(0, 3, country) != 0) return false;
  const std::string& t = o.role_folded;
  size_t at = t.find(role.phrase);
  while (at != std::string::npos) {
    bool left = at == 0 || t[at - 1] == ' ';
    size_t after = at + role.phrase.size();
    bool right = after >= t.size() || t[after] == ' ' || t[after] == ',';
    bool qualified = at >= 5 && (t.compare(at - 5, 5, "vice ") == 0 || (at >= 7 && t.compare(at - 7, 7, "deputy ") == 0));
    if (left && right && !qualified) return true;
    at = t.find(role.phrase, at + 1);
  }
  return false;
}

}  // namespace

YearInference InferYear(const ActorDictionary& dict, const Document& doc, const ResolvedDocument& r) {
  YearInference out;
  Day lo = 0, hi = 99991231;
  std::string who;
  for (const ActorChunk& c : r.chunks) {
    if (c.actors.size() != 1 || c.actors[0].person < 0 || c.how != "dictionary") continue;
    const PersonEntry& p = dict.people()[static_cast<size_t>(c.actors[0].person)];
    for (const ChunkTitle& t : c.titles) {
      const RoleEntry& role = dict.roles()[t.role];
      if (role.kind != RoleKind::kPerson) continue;
      // The union of the matching offices' terms is what this title allows.
      Day first = 0, last = 0;
      bool any = false;
      for (const OfficeEntry& o : p.offices) {
        if (!OfficeMatches(o, role, t.country)) continue;
        Day end = o.end == 0 ? 99991231 : o.end;
        first = any ? std::min(first, o.start) : o.start;
        last = any ? std::max(last, end) : end;
        any = true;
      }
      if (!any) continue;
      lo = std::max(lo, first);
      hi = std::min(hi, last);
      if (who.find(p.name) == std::string::npos) who += (who.empty() ? "" : ", ") + p.name;
    }
  }
  if (lo == 0 || lo > hi) return out;
  int y_lo = YearOf(lo), y_hi = hi == 99991231 ? y_lo + 30 : YearOf(hi);
  std::string span = FormatDay(lo) + " to " + (hi == 99991231 ? std::string("now") : FormatDay(hi));
  std::vector<int> years;
  for (int y = y_lo; y <= y_hi; ++y) {
    if (doc.dateline_month > 0) {
      Day d = MakeDay(y, doc.dateline_month, std::min(doc.dateline_day, DaysInMonth(y, doc.dateline_month)));
      if (d < lo || d > hi) continue;
    }
    years.push_back(y);
  }
  if (years.empty()) return out;

  // A weekday in the lead ("said on Monday") under a month-day dateline.
  int weekday = -1;
  size_t lead_sentences = std::min<size_t>(3, r.tokens.sentence_tokens.size());
  for (size_t s = 0; s < lead_sentences && weekday < 0; ++s) {
    for (uint32_t i = r.tokens.sentence_tokens[s].first; i < r.tokens.sentence_tokens[s].second; ++i) {
      auto it = std::find(kWeekdays.begin(), kWeekdays.end(), r.tokens.text(i));
      if (it != kWeekdays.end()) {
        weekday = static_cast<int>(it - kWeekdays.begin());
        break;
      }
    }
  }
  if (weekday >= 0 && doc.dateline_month > 0 && years.size() > 1) {
    int best_gap = INT_MAX, best_year = 0, ties = 0;
    for (int y : years) {
      Day d = MakeDay(y, doc.dateline_month, std::min(doc.dateline_day, DaysInMonth(y, doc.dateline_month)));
      int gap = (Weekday(d) - weekday + 7) % 7;  // days back from the dateline to that weekday
      if (gap < best_gap) {
        best_gap = gap, best_year = y, ties = 1;
      } else if (gap == best_gap) {
        ++ties;
      }
    }
    // Agency copy reports a weekday within the last two days of its dateline.
    if (ties == 1 && best_gap <= 2) {
      out.year = best_year;
      out.reason = "titles of " + who + " held together from " + span + "; '" + std::string(kWeekdays[weekday]) +
                   "' falls " + std::to_string(best_gap) + " day(s) before the dateline only in " +
                   std::to_string(best_year);
    }
    return out;
  }
  if (years.size() == 1) {
    out.year = years[0];
    out.reason = "titles of " + who + " held together from " + span;
  }
  return out;
}

}  // namespace dyad
