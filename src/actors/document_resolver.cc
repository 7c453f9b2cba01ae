#include "actors/document_resolver.h"

#include <algorithm>
#include <map>

#include "text/folding.h"

namespace dyad {

// Titles that may stand for any person of the right country.
bool IsGenericTitle(std::string_view role) {
  return role == "leader" || role == "official" || role == "host" || role == "guest" || role == "counterpart" ||
         role == "visitor" || role == "politician" || role == "statesman" || role == "side";
}

bool StartsWithDigit(std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; }

bool IsDiplomatTitle(std::string_view role) { return role == "diplomat" || role == "envoy"; }

bool RoleTextMatches(std::string_view text, std::string_view role) {
  if (IsDiplomatTitle(role)) {
    for (std::string_view w : {"ambassador", "envoy", "diplomat", "foreign minister", "foreign affairs", "consul",
                               "spokes", "foreign secretary", "secretary of state"}) {
      if (text.find(w) != std::string_view::npos) return true;
    }
    return false;
  }
  return text.find(role) != std::string_view::npos;
}

std::string RawText(const Document& doc, const DocumentTokens& d, uint32_t begin, uint32_t end) {
  if (begin >= end) return "";
  uint32_t b = d.raw_begin[begin], e = d.raw_end[end - 1];
  return doc.text.substr(b, e - b);
}

void DocumentResolver::Run() {
  r_->by_sentence.reserve(d_.sentence_tokens.size());
  r_->chunks.reserve(d_.size() / 8 + 4);  // about one chunk in eight tokens: few regrowths
  for (size_t s = 0; s < d_.sentence_tokens.size(); ++s) {
    auto [b, e] = d_.sentence_tokens[s];
    std::function<bool(uint32_t)> active = [this](uint32_t i) { return IsActiveShortName(i); };
    std::vector<RawChunk> raw = FindChunks(dict_, d_, b, e, active);
    MarkLeadingPrepositionalPhrase(b, e, &raw);
    r_->by_sentence.emplace_back();
    sentence_start_chunk_ = r_->chunks.size();
    size_t next_raw = 0;
    for (uint32_t i = b; i <= e; ++i) {
      // "the North", "the South" in copy about the two Koreas, between the
      // dictionary's chunks.
      while (next_raw < raw.size() && raw[next_raw].begin < i) {
        ActorChunk c;
        if (ResolveChunk(static_cast<int>(s), raw[next_raw], &c)) {
          NoteSecondNationality(&c);
          r_->by_sentence.back().push_back(static_cast<uint32_t>(r_->chunks.size()));
          r_->chunks.push_back(std::move(c));
        }
        ++next_raw;
      }
      if (i >= e) break;
      bool inside = next_raw > 0 && raw[next_raw - 1].end > i;
      if (inside || !MayOpenDescription(i)) continue;
      ActorChunk described;
      if ((KoreanHalf(static_cast<int>(s), i, e, &described) ||
                      StateDescription(static_cast<int>(s), i, e, &described) ||
                      PairDescription(static_cast<int>(s), i, e, &described) ||
                      OwnersNeighbour(static_cast<int>(s), i, e, &described))) {
        r_->by_sentence.back().push_back(static_cast<uint32_t>(r_->chunks.size()));
        r_->chunks.push_back(std::move(described));
        // The raw chunks inside the description ("the Gulf state" holds no
        // other actor) are skipped.
        while (next_raw < raw.size() && raw[next_raw].begin < r_->chunks.back().end) ++next_raw;
      }
    }
    CompassHalves(static_cast<int>(s));
    ShareGroupNoun();
    NoteConjoinedPair(static_cast<int>(s));
    UpdateSalient();
  }
  FindPair();
}

void DocumentResolver::MarkLeadingPrepositionalPhrase(uint32_t b, uint32_t e, std::vector<RawChunk>* raw) const {
  uint32_t comma = LeadInPhraseEnd(d_, b, e, !raw->empty() && raw->front().begin == b);
  if (comma == 0) return;
  for (RawChunk& c : *raw) {
    if (c.end <= comma) c.after_preposition = true;
  }
}

bool DocumentResolver::IsActiveShortName(uint32_t i) const {
  std::string_view w = d_.text(i);
  if (!local_short_.empty() && local_short_.count(w)) return true;
  const std::vector<uint32_t>* people = dict_.PeopleByShortName(w);
  if (people == nullptr) return false;
  for (uint32_t p : *people) {
    if (seen_people_.count(p)) return true;
  }
  // Not inside a longer name: "Qassem Soleimani" is not Naim Qassem. A
  // title before it is no name: "President Trump", "Prime Minister Modi".
  // The title must be one the person has held: "King Abdullah" is not
  // Abdullah Abdullah, who was no king.
  std::string title;
  bool rank = false;
  for (uint32_t b = i >= 3 ? i - 3 : 0; b < i && title.empty(); ++b) {
    PhraseMatcher::Match pm = dict_.matcher().LongestAt(d_.ids, b);
    if (pm.end != i) continue;
    for (uint32_t p : dict_.matcher().Payloads(pm.node)) {
      if (ActorDictionary::KindOf(p) != PhraseKind::kRole) continue;
      const RoleEntry& role = dict_.roles()[ActorDictionary::IndexOf(p)];
      title = role.phrase;
      rank = role.kind == RoleKind::kPerson && role.sector == "MIL";
    }
  }
  int unique = UniqueShortName(w, *people);
  if (unique < 0 && !title.empty() && !rank) unique = TitledOfficeholder(*people, title);
  bool titled = false;
  if (!title.empty() && unique >= 0) {
    // A military rank is held, not an office: "Colonel Gaddafi", "General
    // Musharraf" are the leaders the dictionary lists with their offices.
    const std::vector<OfficeEntry>& offices = dict_.people()[static_cast<size_t>(unique)].offices;
    titled = rank && !offices.empty();
    for (const OfficeEntry& o : offices) titled = titled || o.role_folded.find(title) != std::string::npos;
  }
  // "Shi'ites", "Ba'ath": an apostrophe glued to letters after it is inside
  // a word, not a possessive.
  const bool elided = i + 2 < d_.size() && d_.text(i + 1) == "'" && d_.tokens[i + 1].begin == d_.tokens[i].end &&
                      d_.tokens[i + 2].begin == d_.tokens[i + 1].end && d_.tokens[i + 2].is_word &&
                      d_.text(i + 2) != "s";
  if (elided) return false;
  bool in_name = (i + 1 < d_.size() && d_.capitalized[i + 1] && d_.tokens[i + 1].is_word) ||
                 (i > 0 && d_.capitalized[i - 1] && d_.tokens[i - 1].is_word && d_.text(i - 1) != "the" && !titled);
  return !in_name && unique >= 0;
}

int DocumentResolver::TitledOfficeholder(const std::vector<uint32_t>& people, std::string_view title) const {
  if (published_day_ == 0) return -1;
  int named = -1, in_office = -1, named_count = 0, in_office_count = 0;
  for (uint32_t p : people) {
    bool holds = false, titled = false;
    for (const OfficeEntry& o : dict_.people()[p].offices) {
      if (!o.ActiveOn(published_day_)) continue;
      holds = true;
      titled = titled || o.role_folded.find(title) != std::string::npos;
    }
    if (titled) named = static_cast<int>(p), ++named_count;
    if (holds) in_office = static_cast<int>(p), ++in_office_count;
  }
  if (named_count > 0) return named_count == 1 ? named : -1;
  return in_office_count == 1 ? in_office : -1;
}

bool DocumentResolver::PostedTo(uint32_t i) const {
  if (i > 0 && d_.text(i - 1) == "to") return true;
  return i > 1 && d_.text(i - 1) == "the" && d_.text(i - 2) == "to";
}

int DocumentResolver::KnownPersonSpeltOtherwise(uint32_t begin, uint32_t end, std::string_view title) const {
  if (end < begin + 2 || published_day_ == 0 || title.empty()) return -1;
  const std::vector<uint32_t>* people = dict_.PeopleByShortName(d_.text(end - 1));
  if (people == nullptr) return -1;
  int found = -1;
  for (uint32_t p : *people) {
    if (!dict_.IsDesignatedShortName(p, d_.text(end - 1))) continue;
    // Another word of the name the dictionary writes, whole.
    const std::string full = " " + FoldString(dict_.people()[p].name) + " ";
    bool shares = false;
    for (uint32_t t = begin; t + 1 < end && !shares; ++t) {
      shares = d_.text(t).size() > 1 && full.find(" " + std::string(d_.text(t)) + " ") != std::string::npos;
    }
    if (!shares) continue;
    // And the title is an office he held that day.
    bool held = false;
    for (const OfficeEntry& o : dict_.people()[p].offices) {
      held = held || (o.ActiveOn(published_day_) && o.role_folded.find(title) != std::string::npos);
    }
    if (!held) continue;
    if (found >= 0) return -1;
    found = static_cast<int>(p);
  }
  return found;
}

int DocumentResolver::UniqueShortName(std::string_view w, const std::vector<uint32_t>& people) const {
  // Short ones ("Xi", "Abe") only when they are no common word ("No" is not
  // No Kwang Chol).
  static const std::unordered_set<std::string_view> kWords = {
      "no", "an", "am", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "of", "on",
      "or", "so", "to", "up", "us", "we", "ma", "yes", "the", "and", "but", "for", "not", "all", "any", "can", "had",
      "has", "her", "him", "his", "how", "its", "may", "new", "now", "one", "our", "out", "own", "see", "she", "two",
      "was", "way", "who", "why", "you", "son", "sun", "van", "von", "don", "bin", "ben", "tan", "lee", "kim"};
  if (w.size() < 2 || (w.size() < 4 && kWords.count(w))) return -1;
  int found = -1;
  // Two people of one name ("Clinton", "Bush"): the one in office on the
  // story's day, if only one is ("President Clinton" in 1996 is Bill, in
  // 2011 "Secretary of State Clinton" is Hillary).
  int in_office = -1;
  bool shared = false, several_in_office = false;
  for (uint32_t p : people) {
    if (!dict_.IsDesignatedShortName(p, w)) continue;
    shared = shared || found >= 0;
    found = static_cast<int>(p);
    bool holds = false;
    for (const OfficeEntry& o : dict_.people()[p].offices) {
      holds = holds || (published_day_ != 0 && o.ActiveOn(published_day_));
    }
    if (holds) {
      several_in_office = several_in_office || in_office >= 0;
      in_office = static_cast<int>(p);
    }
  }
  if (!shared) return found;
  return several_in_office ? -1 : in_office;
}

void DocumentResolver::Remember(const ResolvedActor& a, const std::string& titles, uint32_t token) {
  std::string key = a.actor_id.empty() ? a.name : a.actor_id;
  PersonMemory& m = people_memory_[key];
  if (m.actor.name.empty()) {
    m.actor = a;
    if (a.person >= 0) {
      // The titles they hold when the story is written: "the prime
      // minister" in 2024 is not Putin, who was one until 2012.
      const Day day = published_day_;
      for (const OfficeEntry& o : dict_.people()[static_cast<size_t>(a.person)].offices) {
        bool current = day != 0 ? o.ActiveOn(day) : o.end == 0;
        if (current) m.roles_folded += o.role_folded + "|";
      }
    }
  }
  m.roles_folded += titles + "|";
  m.last_token = token;
}

const PersonMemory* DocumentResolver::FindByTitle(std::string_view role, const std::string& country) const {
  const PersonMemory* best = nullptr;
  for (const auto& [key, m] : people_memory_) {
    if (!country.empty() && m.actor.country != country) continue;
    if (!IsGenericTitle(role) && !RoleTextMatches(m.roles_folded, role)) continue;
    if (best == nullptr || m.last_token > best->last_token) best = &m;
  }
  return best;
}

const ResolvedActor* DocumentResolver::SubjectBefore(uint32_t token) const {
  for (size_t k = r_->chunks.size(); k > sentence_start_chunk_; --k) {
    const ActorChunk& c = r_->chunks[k - 1];
    if (c.begin < token && !c.after_preposition && c.actors.size() == 1 && !c.actors[0].name.empty() &&
        (c.actors[0].person >= 0 || c.actors[0].actor_id.rfind("new:", 0) == 0)) {
      return &c.actors[0];
    }
  }
  return salient_.name.empty() ? nullptr : &salient_;
}

const ResolvedActor* DocumentResolver::LastInstitution(uint32_t token) const {
  const ActorChunk* c = LastInstitutionChunk(token);
  return c == nullptr ? nullptr : &c->actors[0];
}

const ActorChunk* DocumentResolver::LastInstitutionChunk(uint32_t token) const {
  int sentence = static_cast<int>(r_->by_sentence.size()) - 1;
  for (size_t k = r_->chunks.size(); k > 0; --k) {
    const ActorChunk& c = r_->chunks[k - 1];
    if (c.begin >= token) continue;
    if (c.sentence < sentence - 1) break;
    if (c.compound || c.modifier || c.place_like || c.actors.size() != 1) continue;
    const ResolvedActor& a = c.actors[0];
    if (a.person >= 0 || a.actor_id.rfind("new:", 0) == 0 || a.country.empty()) continue;
    if (c.end < d_.size() && d_.text(c.end) == "-") continue;
    return &c;
  }
  return nullptr;
}

void DocumentResolver::NoteSecondNationality(ActorChunk* c) const {
  // "British-Iranian": a country adjective, a hyphen, the chunk's own.
  const uint32_t b = c->begin;
  if (c->actors.size() != 1 || b < 2 || !d_.JoinedHyphen(b - 1)) {
    return;
  }
  for (uint32_t start = b >= 4 ? b - 4 : 0; start + 1 < b; ++start) {
    PhraseMatcher::Match pm = dict_.matcher().LongestAt(d_.ids, start);
    if (pm.end != b - 1 || !d_.capitalized[start]) continue;
    for (uint32_t p : dict_.matcher().Payloads(pm.node)) {
      if (ActorDictionary::KindOf(p) != PhraseKind::kCountryAdjective) continue;
      const std::string& iso = dict_.countries()[ActorDictionary::IndexOf(p)].iso3;
      if (iso != c->actors[0].country) c->actors[0].second_country = iso;
      return;
    }
  }
}

void DocumentResolver::ShareGroupNoun() {
  // "French, German and Spanish passport holders": every adjective of the
  // list, right to left, joined by "and" or a comma.
  const std::vector<uint32_t>& here = r_->by_sentence.back();
  for (size_t k = here.size(); k-- > 1;) {
    const ActorChunk& b = r_->chunks[here[k]];
    if (b.modifier || b.actors.size() != 1) continue;
    const ResolvedActor& group = b.actors[0];
    if (group.person >= 0 || group.sector.empty() || group.country.empty()) continue;
    uint32_t next_begin = b.begin;
    for (size_t j = k; j-- > 0;) {
      ActorChunk& a = r_->chunks[here[j]];
      if (!a.modifier || a.actors.size() != 1 || a.end >= next_begin) break;
      // "4,500 American and 2,300 Filipino troops": a number may count the
      // next adjective's share of the group.
      uint32_t t = a.end + 1;
      while (t < next_begin && (StartsWithDigit(d_.text(t)) || (d_.text(t) == "," && t > a.end + 1))) ++t;
      if (t != next_begin) break;
      std::string_view joint = d_.text(a.end);
      if (joint != "and" && joint != ",") break;
      if (a.actors[0].country == group.country) break;
      a.modifier = false;
      ResolvedActor& own = a.actors[0];
      own.sector = group.sector;
      own.code = own.country + group.sector;
      own.name = RawText(doc_, d_, a.begin, b.end);
      next_begin = a.begin;
    }
  }
}

void DocumentResolver::NoteConjoinedPair(int sentence) {
  const std::vector<uint32_t>& here = r_->by_sentence.back();
  for (size_t k = 0; k + 1 < here.size(); ++k) {
    const ActorChunk& a = r_->chunks[here[k]];
    const ActorChunk& b = r_->chunks[here[k + 1]];
    if (a.compound || b.compound || a.modifier || b.modifier || a.place_like || b.place_like || a.actors.size() != 1 ||
        b.actors.size() != 1) {
      continue;
    }
    uint32_t t = a.end;
    if (t >= b.begin || d_.text(t) != "and") continue;
    ++t;
    while (t < b.begin && (d_.text(t) == "his" || d_.text(t) == "her" || d_.text(t) == "the" || d_.text(t) == "its")) ++t;
    if (t != b.begin) continue;
    const std::string& ca = a.actors[0].country;
    const std::string& cb = b.actors[0].country;
    if (ca.empty() || cb.empty() || ca == cb) continue;
    conjoined_.push_back({sentence, a.begin, ca, cb});
  }
}

void DocumentResolver::UpdateSalient() {
  for (size_t k = sentence_start_chunk_; k < r_->chunks.size(); ++k) {
    const ActorChunk& c = r_->chunks[k];
    if (c.after_preposition || c.actors.size() != 1 || c.compound) continue;
    const ResolvedActor& a = c.actors[0];
    if (a.person >= 0 || a.actor_id.rfind("new:", 0) == 0) {
      salient_ = a;
      return;
    }
  }
}

void DocumentResolver::FindPair() {
  std::map<std::string, std::pair<int, size_t>> counts;  // country -> (count, first chunk)
  for (size_t k = 0; k < r_->chunks.size(); ++k) {
    const ActorChunk& c = r_->chunks[k];
    if (c.compound || c.place_like || c.modifier) continue;
    for (const ResolvedActor& a : c.actors) {
      // A news outlet that reports the story ("told Reuters") is no party.
      if (a.country.empty() || ReportingOutlet(d_, c)) continue;
      auto& slot = counts[a.country];
      if (slot.first == 0) slot.second = k;
      ++slot.first;
    }
  }
  std::vector<std::pair<std::string, std::pair<int, size_t>>> v(counts.begin(), counts.end());
  std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) {
    return x.second.first != y.second.first ? x.second.first > y.second.first : x.second.second < y.second.second;
  });
  for (size_t i = 0; i < v.size() && i < 2; ++i) r_->pair[i] = v[i].first;
  for (ActorChunk& c : r_->chunks) {
    if (!c.compound) continue;
    ResolvedActor proto = c.actors[0];
    c.actors.clear();
    std::string pair[2] = {r_->pair[0], r_->pair[1]};
    // "… the two sides expressed their appreciation to Iraq and Oman": a
    // pair named after the compound in its own sentence is not what it means.
    for (const Conjoined& j : conjoined_) {
      bool before = j.sentence < c.sentence || (j.sentence == c.sentence && j.begin < c.begin);
      if (before && j.sentence + 2 >= c.sentence) pair[0] = j.a, pair[1] = j.b;
    }
    // "During a visit to Algiers by Italy's prime minister, the two countries
    // signed …": exactly two states named before it in its own sentence.
    std::vector<std::string> here;
    for (uint32_t k : r_->by_sentence[static_cast<size_t>(c.sentence)]) {
      const ActorChunk& b = r_->chunks[k];
      if (b.begin >= c.begin || b.compound || b.actors.size() != 1) continue;
      const std::string& country = b.actors[0].country;
      if (!country.empty() && dict_.CountryByIso(country) != nullptr &&
          std::find(here.begin(), here.end(), country) == here.end()) {
        here.push_back(country);
      }
    }
    // "Both sides" are the story's parties even when a third state speaks
    // ("Panetta, arriving in Tokyo, called on both sides …").
    bool sides = false;
    for (uint32_t t = c.begin; t < c.end; ++t) sides = sides || d_.text(t) == "sides" || d_.text(t) == "parties";
    // (Unless the story names no pair of its own: "Modi arrived in Thimphu
    // …, and the two sides signed …".)
    if (here.size() == 2 && (!sides || pair[0].empty() || pair[1].empty())) pair[0] = here[0], pair[1] = here[1];
    for (const std::string& country : pair) {
      if (country.empty()) continue;
      ResolvedActor a = proto;
      a.country = country;
      a.code = country + proto.sector;
      const CountryEntry* ce = dict_.CountryByIso(country);
      a.name = ce ? ce->name : country;
      c.actors.push_back(a);
    }
  }
}

}  // namespace dyad
