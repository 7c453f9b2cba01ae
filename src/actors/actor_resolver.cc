#include "actors/actor_resolver.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "actors/chunker.h"
#include "actors/year_inference.h"
#include "text/folding.h"

namespace dyad {
namespace {

// Titles that may stand for any person of the right country.
bool IsGenericTitle(std::string_view role) {
  return role == "leader" || role == "official" || role == "host" || role == "guest" || role == "counterpart" ||
         role == "visitor" || role == "politician" || role == "statesman" || role == "side";
}

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

struct PersonMemory {
  ResolvedActor actor;
  std::string roles_folded;  // every title the story or the dictionary gives them
  uint32_t last_token = 0;
};

class DocumentResolver {
 public:
  DocumentResolver(const ActorDictionary& dict, const Document& doc, ResolvedDocument* r)
      : dict_(dict), doc_(doc), r_(r), d_(r->tokens) {}

  void Run() {
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
            r_->by_sentence.back().push_back(static_cast<uint32_t>(r_->chunks.size()));
            r_->chunks.push_back(std::move(c));
          }
          ++next_raw;
        }
        if (i >= e) break;
        bool inside = next_raw > 0 && raw[next_raw - 1].end > i;
        ActorChunk korea;
        if (!inside && KoreanHalf(static_cast<int>(s), i, e, &korea)) {
          r_->by_sentence.back().push_back(static_cast<uint32_t>(r_->chunks.size()));
          r_->chunks.push_back(std::move(korea));
        }
      }
      ShareGroupNoun();
      NoteConjoinedPair(static_cast<int>(s));
      UpdateSalient();
    }
    FindPair();
  }

 private:
  // "Under the leadership of X, …", "In a phone call with Y, X said": the
  // actors before the first comma are not the sentence's subject.
  void MarkLeadingPrepositionalPhrase(uint32_t b, uint32_t e, std::vector<RawChunk>* raw) const {
    uint32_t comma = LeadInPhraseEnd(d_, b, e, !raw->empty() && raw->front().begin == b);
    if (comma == 0) return;
    for (RawChunk& c : *raw) {
      if (c.end <= comma) c.after_preposition = true;
    }
  }

  bool IsActiveShortName(uint32_t i) const {
    std::string_view w = d_.text(i);
    if (!local_short_.empty() && local_short_.count(w)) return true;
    const std::vector<uint32_t>* people = dict_.PeopleByShortName(w);
    if (people == nullptr) return false;
    for (uint32_t p : *people) {
      if (seen_people_.count(p)) return true;
    }
    // Not inside a longer name: "Qassem Soleimani" is not Naim Qassem.
    bool in_name = (i + 1 < d_.size() && d_.capitalized[i + 1] && d_.tokens[i + 1].is_word) ||
                   (i > 0 && d_.capitalized[i - 1] && d_.tokens[i - 1].is_word && d_.text(i - 1) != "the");
    return !in_name && UniqueShortName(w, *people) >= 0;
  }

  // "Biden said", "the Putin government": a designated short name of four
  // letters or more that only one person in the dictionaries bears names
  // that person even before the story gives the full name. -1 otherwise.
  // Only designated short names count: "Trong" is Nguyen Phu Trong's, not
  // Nguyen Trong Nghia's, whose name merely contains it.
  int UniqueShortName(std::string_view w, const std::vector<uint32_t>& people) const {
    if (w.size() < 4) return -1;
    int found = -1;
    for (uint32_t p : people) {
      if (!dict_.IsDesignatedShortName(p, w)) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(p);
    }
    return found;
  }

  std::string CountryOfTitle(const RawChunk& rc) const {
    // The country word before the first title, else one after "of", else an
    // organisation's country: "Chinese Ambassador to Việt Nam" is Chinese.
    for (size_t k = 0; k < rc.elements.size(); ++k) {
      const ChunkElement& e = rc.elements[k];
      if (e.in_apposition) continue;
      // "A Beijing court", "the Kremlin-run media": a capital stands for its state too.
      if (e.type == ElementType::kDictionary &&
          (e.kind == PhraseKind::kCountryAdjective || e.kind == PhraseKind::kCountryName || e.kind == PhraseKind::kCapital)) {
        // "Ambassador to Viet Nam": not the title's own state; but "an end to
        // Russian air strikes" opens with its state.
        if (k > 0 && e.begin > 0 && d_.text(e.begin - 1) == "to") continue;
        return dict_.countries()[e.index].iso3;
      }
      if (e.type == ElementType::kDictionary && e.kind == PhraseKind::kOrganisation) {
        const std::string& c = dict_.organisations()[e.index].country;
        if (!c.empty()) return c;
      }
    }
    // "Okinawa residents", "Kharkiv officials": a place before the title.
    const ChunkElement& first = rc.elements.front();
    if (rc.elements.size() > 1 && first.type == ElementType::kDictionary && first.kind == PhraseKind::kPlace) {
      return dict_.places()[first.index].country;
    }
    return "";
  }

  ResolvedActor PersonActor(uint32_t p) const {
    const PersonEntry& pe = dict_.people()[p];
    ResolvedActor a;
    a.person = static_cast<int>(p);
    a.actor_id = pe.id;
    a.name = pe.name;
    a.country = pe.country;
    a.sector = "GOV";
    return a;
  }

  void Remember(const ResolvedActor& a, const std::string& titles, uint32_t token) {
    std::string key = a.actor_id.empty() ? a.name : a.actor_id;
    PersonMemory& m = people_memory_[key];
    if (m.actor.name.empty()) {
      m.actor = a;
      if (a.person >= 0) {
        // The titles they hold when the story is written: "the prime
        // minister" in 2024 is not Putin, who was one until 2012.
        Day day = ParseDay(doc_.published, false);
        for (const OfficeEntry& o : dict_.people()[static_cast<size_t>(a.person)].offices) {
          bool current = day != 0 ? o.ActiveOn(day) : o.end == 0;
          if (current) m.roles_folded += o.role_folded + "|";
        }
      }
    }
    m.roles_folded += titles + "|";
    m.last_token = token;
  }

  // The most recent person whose titles fit `role` (and `country` if given).
  const PersonMemory* FindByTitle(std::string_view role, const std::string& country) const {
    const PersonMemory* best = nullptr;
    for (const auto& [key, m] : people_memory_) {
      if (!country.empty() && m.actor.country != country) continue;
      if (!IsGenericTitle(role) && !RoleTextMatches(m.roles_folded, role)) continue;
      if (best == nullptr || m.last_token > best->last_token) best = &m;
    }
    return best;
  }

  const ResolvedActor* SubjectBefore(uint32_t token) const {
    for (size_t k = r_->chunks.size(); k > sentence_start_chunk_; --k) {
      const ActorChunk& c = r_->chunks[k - 1];
      if (c.begin < token && !c.after_preposition && c.actors.size() == 1 && !c.actors[0].name.empty() &&
          (c.actors[0].person >= 0 || c.actors[0].actor_id.rfind("new:", 0) == 0)) {
        return &c.actors[0];
      }
    }
    return salient_.name.empty() ? nullptr : &salient_;
  }

  // The most recent state or organisation (not a person, not a place, not a
  // modifier like "Hong Kong-based") in this sentence or the one before.
  const ResolvedActor* LastInstitution(uint32_t token) const {
    const ActorChunk* c = LastInstitutionChunk(token);
    return c == nullptr ? nullptr : &c->actors[0];
  }

  const ActorChunk* LastInstitutionChunk(uint32_t token) const {
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

  bool ResolveChunk(int sentence, const RawChunk& rc, ActorChunk* c) {
    c->sentence = sentence;
    c->begin = rc.begin;
    c->end = rc.end;
    c->after_preposition = rc.after_preposition;
    c->place_like = rc.place_like;
    c->modifier = rc.modifier;
    c->head = rc.elements.front().begin;
    std::string titles_text;
    std::string country = CountryOfTitle(rc);
    const ChunkElement* person = nullptr;
    const ChunkElement* short_name = nullptr;
    const ChunkElement* pronoun = nullptr;
    const ChunkElement* unknown = nullptr;
    const ChunkElement* person_title = nullptr;
    const ChunkElement* org = nullptr;
    const ChunkElement* org_title = nullptr;
    const ChunkElement* people_title = nullptr;
    const ChunkElement* side = nullptr;
    const ChunkElement* compound = nullptr;
    const ChunkElement* country_word = nullptr;
    for (const ChunkElement& e : rc.elements) {
      switch (e.type) {
        case ElementType::kShortName: if (!short_name) short_name = &e; continue;
        case ElementType::kPronoun: pronoun = &e; continue;
        case ElementType::kUnknownName: if (!unknown) unknown = &e; continue;
        case ElementType::kDictionary: break;
      }
      switch (e.kind) {
        case PhraseKind::kPerson: if (!e.in_apposition) person = &e; break;
        case PhraseKind::kOrganisation: if (!org && !e.in_apposition) org = &e; break;
        case PhraseKind::kRole: {
          const RoleEntry& role = dict_.roles()[e.index];
          if (role.kind == RoleKind::kPerson) {
            if (!person_title && !e.in_apposition) person_title = &e;
            c->titles.push_back({e.index, NearbyCountry(rc, e)});
            titles_text += role.phrase + " ";
          } else if (role.kind == RoleKind::kOrg) {
            if (!org_title && !e.in_apposition) org_title = &e;
          } else if (role.kind == RoleKind::kPeople) {
            if (!people_title) people_title = &e;
          } else if (role.kind == RoleKind::kSide) {
            side = &e;
          } else {
            compound = &e;
          }
          break;
        }
        case PhraseKind::kCountryName: case PhraseKind::kCapital: case PhraseKind::kCountryAdjective:
          if (!country_word && !e.in_apposition) country_word = &e;
          break;
        case PhraseKind::kPlace: break;
      }
    }
    if (person != nullptr) {
      c->head = person->begin;
      ResolvedActor a = PersonActor(person->index);
      a.role = titles_text;
      c->actors.push_back(std::move(a));
      c->how = "dictionary";
      seen_people_.insert(person->index);
      Remember(c->actors.back(), titles_text, rc.begin);
      return true;
    }
    if (short_name != nullptr) {
      c->head = short_name->begin;
      std::string w(d_.text(short_name->begin));
      auto local = local_short_.find(w);
      if (local != local_short_.end()) {
        c->actors.push_back(local->second);
      } else {
        const std::vector<uint32_t>* people = dict_.PeopleByShortName(w);
        const PersonMemory* best = nullptr;
        bool best_designated = false;
        for (uint32_t p : *people) {
          if (!seen_people_.count(p)) continue;
          const PersonMemory& m = people_memory_.at(dict_.people()[p].id);
          bool designated = dict_.IsDesignatedShortName(p, w);
          if (best == nullptr || (designated && !best_designated) ||
              (designated == best_designated && m.last_token > best->last_token)) {
            best = &m, best_designated = designated;
          }
        }
        if (best == nullptr) {
          int unique = UniqueShortName(w, *people);
          if (unique < 0) return false;
          ResolvedActor a = PersonActor(static_cast<uint32_t>(unique));
          c->actors.push_back(a);
          seen_people_.insert(static_cast<uint32_t>(unique));
          Remember(c->actors.back(), titles_text, rc.begin);
          c->how = "dictionary";
          return true;
        }
        c->actors.push_back(best->actor);
      }
      c->how = "coreference";
      Remember(c->actors[0], titles_text, rc.begin);
      return true;
    }
    if (pronoun != nullptr && (d_.text(pronoun->begin) == "it" || d_.text(pronoun->begin) == "its")) {
      // "It urged …", "accused it of …": the last state or institution named.
      // "Pakistan said Indian troops attacked its posts": not the subject of
      // the verb "its" follows, unless that verb reports speech ("China said
      // its vessels …").
      const ResolvedActor* thing = LastInstitution(rc.begin);
      // "China's military warned … as it launched drills": "it" opening a
      // subordinate clause is the main clause's subject.
      std::string_view before_it = rc.begin > 0 ? d_.text(rc.begin - 1) : std::string_view();
      if (d_.text(pronoun->begin) == "it" && (before_it == "as" || before_it == "while" || before_it == "when" ||
                                              before_it == "after" || before_it == "before" || before_it == "because" ||
                                              before_it == "since" || before_it == "if" || before_it == "unless")) {
        for (size_t k = sentence_start_chunk_; k < r_->chunks.size(); ++k) {
          const ActorChunk& c = r_->chunks[k];
          if (c.after_preposition || c.place_like || c.modifier || c.compound || c.actors.size() != 1) continue;
          if (!c.actors[0].country.empty()) thing = &c.actors[0];
          break;
        }
      }
      if (thing != nullptr && d_.text(pronoun->begin) == "its") {
        // "its" is an actor only across a subject: its own subject's "its"
        // ("demanded the release of its fishermen") is no other party.
        thing = nullptr;
        const ActorChunk* last = LastInstitutionChunk(rc.begin);
        if (last != nullptr && last->end < rc.begin && rc.begin - last->end <= 2) {
          std::string_view verb = d_.text(last->end);
          bool speech = verb == "said" || verb == "says" || verb == "told" || verb == "added" || verb == "stated" ||
                        verb == "announced" || verb == "insisted" || verb == "stressed" || verb == "urged";
          // Only across a verb in the past: "troops attacked its posts", not
          // "US sanctions on its oil" or "troops from its territory".
          bool past = (verb.size() > 3 && verb.substr(verb.size() - 2) == "ed") || verb == "struck" || verb == "shot" ||
                      verb == "hit" || verb == "sank" || verb == "stole" || verb == "took" || verb == "held" ||
                      verb == "broke" || verb == "overran" || verb == "fought";
          if (!speech && past) {
            thing = LastInstitution(last->begin);
            if (thing != nullptr && thing->country == last->actors[0].country) thing = nullptr;
          }
        }
      }
      if (thing == nullptr) return false;
      c->actors.push_back(*thing);
      c->how = "coreference";
      return true;
    }
    if (pronoun != nullptr) {
      const ResolvedActor* subject = SubjectBefore(rc.begin);
      if (subject == nullptr) return false;
      c->actors.push_back(*subject);
      c->how = "coreference";
      return true;
    }
    if (unknown != nullptr && person_title == nullptr && people_title != nullptr) person_title = people_title;
    if (unknown != nullptr && person_title != nullptr) {
      c->head = unknown->begin;
      ResolvedActor a;
      a.name = RawText(doc_, d_, unknown->begin, unknown->end);
      a.actor_id = "new:" + std::string(d_.text(unknown->begin));
      for (uint32_t t = unknown->begin + 1; t < unknown->end; ++t) a.actor_id += "_" + std::string(d_.text(t));
      a.country = country;
      a.sector = InstitutionSector(org, org_title, person_title);
      a.code = country + a.sector;
      a.role = RawText(doc_, d_, rc.begin, unknown->begin);
      if (country.empty()) return false;
      c->actors.push_back(std::move(a));
      c->how = "title";
      local_short_[std::string(d_.text(unknown->end - 1))] = c->actors.back();
      Remember(c->actors.back(), titles_text, rc.begin);
      return true;
    }
    if (person_title != nullptr && org == nullptr) {
      const RoleEntry& role = dict_.roles()[person_title->index];
      std::string_view before = rc.begin > 0 ? d_.text(rc.begin - 1) : std::string_view();
      bool definite = before == "the" || before == "his" || before == "her";
      const PersonMemory* m = definite || country.empty() ? FindByTitle(role.phrase, country) : nullptr;
      if (m != nullptr) {
        c->actors.push_back(m->actor);
        c->how = "coreference";
        return true;
      }
      // "The Chinese Foreign Ministry issued a statement. The spokesperson
      // urged …": a spokesperson speaks for the institution just named.
      if (country.empty() && before == "the" && role.phrase.rfind("spokes", 0) == 0) {
        const ResolvedActor* speaker_for = LastInstitution(rc.begin);
        if (speaker_for != nullptr && speaker_for->person < 0) country = speaker_for->country;
      }
      if (country.empty()) return false;
      ResolvedActor a;
      a.country = country;
      a.sector = InstitutionSector(nullptr, org_title, person_title);
      a.code = country + a.sector;
      a.name = RawText(doc_, d_, rc.begin, rc.end);
      a.role = role.phrase;
      c->actors.push_back(std::move(a));
      c->how = "title";
      return true;
    }
    if (compound != nullptr) {
      c->compound = true;
      c->how = "compound";
      ResolvedActor a;
      a.sector = dict_.roles()[compound->index].sector;
      a.name = RawText(doc_, d_, rc.begin, rc.end);
      c->actors.push_back(std::move(a));  // filled with the pair once it is known
      return true;
    }
    // "Sweden's NATO accession", "Ukraine's EU membership bid": an
    // international body between a state's possessive and a noun is the
    // state's business, not the body's.
    const bool body_of_state = org != nullptr && dict_.organisations()[org->index].country.empty() &&
                               country_word != nullptr && country_word->end + 1 == org->begin &&
                               d_.text(country_word->end) == "'s" && org->end < d_.size() &&
                               d_.tokens[org->end].is_word && !d_.capitalized[org->end];
    if (org != nullptr && !body_of_state) {
      const OrgEntry& o = dict_.organisations()[org->index];
      ResolvedActor a;
      a.actor_id = o.id;
      a.name = o.name;
      a.country = o.country;
      a.code = o.code;
      a.sector = o.code.size() >= 6 ? o.code.substr(3, 3) : "";
      c->head = org->begin;
      c->actors.push_back(std::move(a));
      c->how = "dictionary";
      return true;
    }
    const ChunkElement* group = side ? side : org_title ? org_title : people_title;
    if (group != nullptr) {
      // "Demonstrators in Kinshasa", "students in Seoul": a group without a
      // country word takes the country of the place it is in.
      if (country.empty() && group == people_title) {
        const std::string& sector = dict_.roles()[group->index].sector;
        if (sector == "CVL" || sector == "LAB" || sector == "EDU") country = CountryOfPlaceAt(rc.end);
      }
      // "the government in Kabul", "the authorities in Damascus".
      if (country.empty() && group == org_title) country = CountryOfPlaceAt(rc.end, /*capitals_only=*/true);
      // "The ministry said …" later in a story: the state whose ministry
      // the story named, else the dateline's.
      if (country.empty() && group == org_title && rc.begin > 0 && d_.text(rc.begin - 1) == "the") {
        const std::string& phrase = dict_.roles()[group->index].phrase;
        auto seen = institution_country_.find(phrase);
        if (seen != institution_country_.end()) {
          country = seen->second;
        } else if (!doc_.dateline.empty()) {
          if (const CountryEntry* ce = dict_.CountryByFoldedCapital(FoldString(doc_.dateline))) country = ce->iso3;
        }
      }
      if (!country.empty() && group == org_title) institution_country_[dict_.roles()[group->index].phrase] = country;
      if (country.empty()) return false;
      // "The foreign ministers of Greece and Macedonia": one actor per state.
      std::vector<std::string> countries = {country};
      for (const ChunkElement& e : rc.elements) {
        if (e.type != ElementType::kDictionary || e.in_apposition ||
            (e.kind != PhraseKind::kCountryName && e.kind != PhraseKind::kCountryAdjective)) {
          continue;
        }
        const std::string& iso = dict_.countries()[e.index].iso3;
        if (std::find(countries.begin(), countries.end(), iso) == countries.end() && e.begin > 0 &&
            d_.text(e.begin - 1) == "and") {
          countries.push_back(iso);
        }
      }
      for (const std::string& each : countries) {
        ResolvedActor a;
        a.country = each;
        a.sector = dict_.roles()[group->index].sector;
        a.code = each + a.sector;
        a.name = RawText(doc_, d_, rc.begin, rc.end);
        c->actors.push_back(std::move(a));
      }
      c->how = "dictionary";
      return true;
    }
    if (rc.elements.size() == 1 && rc.elements[0].type == ElementType::kDictionary &&
        rc.elements[0].kind == PhraseKind::kPlace) {
      const PlaceEntry& place = dict_.places()[rc.elements[0].index];
      ResolvedActor a;
      a.country = place.country;
      a.name = place.name;
      a.code = place.country;
      c->actors.push_back(std::move(a));
      c->how = "place";
      return true;
    }
    if (country_word != nullptr && (country_word->kind != PhraseKind::kCountryAdjective || rc.modifier)) {
      const CountryEntry& ce = dict_.countries()[country_word->index];
      ResolvedActor a;
      a.country = ce.iso3;
      a.name = ce.name;
      a.code = ce.iso3;
      if (country_word->kind == PhraseKind::kCapital) {
        a.sector = "GOV";  // "Beijing said": the government
        a.code += "GOV";
      }
      c->head = country_word->begin;
      c->actors.push_back(std::move(a));
      c->how = "dictionary";
      return true;
    }
    return false;
  }

  // The country of the capital or place named after "in" at token `i`, "" if none.
  std::string CountryOfPlaceAt(uint32_t i, bool capitals_only = false) const {
    if (i + 1 >= d_.size() || d_.text(i) != "in" || !d_.capitalized[i + 1]) return "";
    PhraseMatcher::Match pm = dict_.matcher().LongestAt(d_.ids, i + 1);
    if (pm.end <= pm.begin) return "";
    for (uint32_t p : dict_.matcher().Payloads(pm.node)) {
      PhraseKind kind = ActorDictionary::KindOf(p);
      uint32_t index = ActorDictionary::IndexOf(p);
      if (kind == PhraseKind::kPlace && !capitals_only) return dict_.places()[index].country;
      if (kind == PhraseKind::kCapital || kind == PhraseKind::kCountryName) return dict_.countries()[index].iso3;
    }
    return "";
  }

  // A spokesperson of the coast guard speaks for the coast guard: the
  // institution in the title gives the sector before the title itself.
  std::string InstitutionSector(const ChunkElement* org, const ChunkElement* org_title,
                                const ChunkElement* person_title) const {
    if (org != nullptr) {
      const std::string& code = dict_.organisations()[org->index].code;
      if (code.size() >= 6) return code.substr(3, 3);
    }
    if (org_title != nullptr) return dict_.roles()[org_title->index].sector;
    return dict_.roles()[person_title->index].sector;
  }

  std::string NearbyCountry(const RawChunk& rc, const ChunkElement& title) const {
    // "Vietnamese president": the country word right before the title, or
    // after "of" right behind it ("President of China").
    const ChunkElement* before = nullptr;
    for (const ChunkElement& e : rc.elements) {
      if (&e == &title) break;
      before = &e;
    }
    auto country_of = [&](const ChunkElement* e) -> std::string {
      if (e == nullptr || e->type != ElementType::kDictionary) return "";
      if (e->kind == PhraseKind::kCountryAdjective || e->kind == PhraseKind::kCountryName) {
        return dict_.countries()[e->index].iso3;
      }
      if (e->kind == PhraseKind::kOrganisation) return dict_.organisations()[e->index].country;
      return "";
    };
    if (before != nullptr && before->end == title.begin) {
      std::string c = country_of(before);
      if (!c.empty()) return c;
    }
    for (size_t k = 0; k + 1 < rc.elements.size(); ++k) {
      if (&rc.elements[k] != &title) continue;
      const ChunkElement& next = rc.elements[k + 1];
      if (next.begin >= title.end + 1 && next.begin <= title.end + 3 && d_.text(title.end) == "of") {
        return country_of(&next);
      }
    }
    return "";
  }

  // "the North" / "the South" (written with a capital, not followed by a
  // name such as "the South China Sea") in a story that has named either
  // Korea: the DPRK or the Republic of Korea.
  bool KoreanHalf(int sentence, uint32_t i, uint32_t end, ActorChunk* c) {
    if (i == 0 || i + 1 > end || !d_.capitalized[i] || d_.text(i - 1) != "the") return false;
    std::string_view w = d_.text(i);
    if (w != "north" && w != "south") return false;
    if (i + 1 < end && d_.capitalized[i + 1] && d_.tokens[i + 1].is_word) return false;
    if (!korea_named_) {
      for (const ActorChunk& k : r_->chunks) {
        for (const ResolvedActor& a : k.actors) korea_named_ = korea_named_ || a.country == "PRK" || a.country == "KOR";
      }
      if (!korea_named_) return false;
    }
    const CountryEntry* ce = dict_.CountryByIso(w == "north" ? "PRK" : "KOR");
    if (ce == nullptr) return false;
    c->sentence = sentence;
    c->begin = i;
    c->end = i + 1;
    c->head = i;
    c->how = "coreference";
    c->after_preposition = i >= 2 && (d_.text(i - 2) == "of" || d_.text(i - 2) == "with" || d_.text(i - 2) == "to");
    ResolvedActor a;
    a.country = ce->iso3;
    a.name = ce->name;
    a.code = ce->iso3;
    c->actors.push_back(std::move(a));
    return true;
  }

  // "Thai and Cambodian troops": the first adjective shares the second's
  // group noun, so both states act ("exchanged fire").
  void ShareGroupNoun() {
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
        if (!a.modifier || a.actors.size() != 1 || a.end + 1 != next_begin) break;
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

  // "Starmer and Macron …" followed by "the two leaders": the compound names
  // the two just conjoined, not necessarily the story's main pair.
  void NoteConjoinedPair(int sentence) {
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
      conjoined_.push_back({sentence, ca, cb});
    }
  }

  void UpdateSalient() {
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

  void FindPair() {
    std::map<std::string, std::pair<int, size_t>> counts;  // country -> (count, first chunk)
    for (size_t k = 0; k < r_->chunks.size(); ++k) {
      const ActorChunk& c = r_->chunks[k];
      if (c.compound || c.place_like || c.modifier) continue;
      for (const ResolvedActor& a : c.actors) {
        if (a.country.empty()) continue;
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
      for (const Conjoined& j : conjoined_) {
        if (j.sentence <= c.sentence && j.sentence + 2 >= c.sentence) pair[0] = j.a, pair[1] = j.b;
      }
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

  const ActorDictionary& dict_;
  const Document& doc_;
  ResolvedDocument* r_;
  const DocumentTokens& d_;
  std::unordered_set<uint32_t> seen_people_;
  StringMap<ResolvedActor> local_short_;
  std::unordered_map<std::string, PersonMemory> people_memory_;
  ResolvedActor salient_;
  size_t sentence_start_chunk_ = 0;
  struct Conjoined {
    int sentence;
    std::string a, b;
  };
  std::vector<Conjoined> conjoined_;
  bool korea_named_ = false;
  std::unordered_map<std::string, std::string> institution_country_;  // "foreign ministry" -> the last state it was
};

}  // namespace

ResolvedDocument ActorResolver::Resolve(const Document& doc, const std::vector<SentenceSpan>& sentences) const {
  ResolvedDocument r;
  r.tokens = TokenizeDocument(doc.text, sentences, dict_->matcher());
  DocumentResolver(*dict_, doc, &r).Run();
  r.story_day = ParseDay(doc.published, false);
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
    }
  }
  return r;
}

std::string ActorResolver::CodeOn(const ResolvedActor& a, Day day) const {
  if (a.person < 0 || day == 0) return a.code;
  return dict_->CodeOn(dict_->people()[static_cast<size_t>(a.person)], day);
}

std::vector<Mention> ActorResolver::Mentions(const Document& doc, const ResolvedDocument& r) const {
  std::vector<Mention> out;
  for (const ActorChunk& c : r.chunks) {
    if (c.modifier || c.how == "place") continue;
    for (const ResolvedActor& a : c.actors) {
      Mention m;
      m.doc = doc.id;
      m.sentence = c.sentence;
      m.start = r.tokens.raw_begin[c.begin];
      m.end = r.tokens.raw_end[c.end - 1];
      m.text = doc.text.substr(m.start, m.end - m.start);
      m.actor_id = a.actor_id;
      m.name = a.name;
      m.country = a.country;
      m.code = a.code;
      m.role = a.role;
      m.how = c.how;
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace dyad
