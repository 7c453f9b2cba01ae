// DocumentResolver::ResolveChunk and what it asks: the actor a chunk of a
// sentence names (a person, a titled official, an institution, a group of a
// state, a state, a place), from the dictionary and the story so far.
// The people a short name or an unknown name stands for are read in
// person_resolver.cc.
#include <algorithm>

#include "actors/document_resolver.h"
#include "text/folding.h"
#include "text/word_shape.h"

namespace dyad {

std::string DocumentResolver::CountryOfTitle(const RawChunk& rc) const {
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

bool DocumentResolver::ResolveChunk(int sentence, const RawChunk& rc, ActorChunk* c) {
  c->sentence = sentence;
  c->begin = rc.begin;
  c->end = rc.end;
  c->after_preposition = rc.after_preposition;
  c->place_like = rc.place_like;
  c->modifier = rc.modifier;
  c->against = rc.against;
  c->apposed_name = rc.apposed_name;
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
      // "Israel's envoy to the UN", "the Chinese ambassador to the EU": the
      // body a titled official is posted to is not whom the official acts
      // for (the state word before the title is; CountryOfTitle).
      case PhraseKind::kOrganisation:
        if (!org && !e.in_apposition && !(person_title != nullptr && PostedTo(e.begin))) org = &e;
        break;
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
  if (short_name != nullptr) return ResolveShortName(rc, short_name, person_title, titles_text, c);
  if (pronoun != nullptr) return ResolvePronoun(rc, *pronoun, c);
  if (unknown != nullptr && person_title == nullptr && people_title != nullptr) person_title = people_title;
  // "Michael Kovrig, a Canadian,": an apposition of a bare state word gives
  // the person's state (no sector).
  if (unknown != nullptr && (person_title != nullptr || rc.apposed_name)) {
    return ResolveUnknownName(sentence, rc, unknown, person_title, org, org_title, titles_text, country, c);
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
    // "the Chinese trawler captain … The captain was taken into custody":
    // a person the story names by title alone is "the <title>" later on.
    Remember(c->actors.back(), role.phrase + " ", rc.begin);
    return true;
  }
  if (compound != nullptr) {
    c->compound = true;
    c->how = "compound";
    const RoleEntry& role = dict_.roles()[compound->index];
    ResolvedActor a;
    a.sector = role.sector;
    a.name = RawText(doc_, d_, rc.begin, rc.end);
    // "The two Koreas": the states it names, not the story's pair.
    if (!role.states.empty()) {
      c->compound = false;
      c->how = "dictionary";
      for (const std::string& iso : role.states) {
        ResolvedActor s = AsCountry(a, iso);
        const CountryEntry* ce = dict_.CountryByIso(iso);
        s.name = ce != nullptr ? ce->name : iso;
        c->actors.push_back(std::move(s));
      }
      return true;
    }
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
      if (sector == "CVL" || sector == "LAB" || sector == "EDU") {
        country = CountryOfPlaceAt(rc.end);
        // "Hundreds of protesters stormed the Swedish embassy in Baghdad",
        // "…, a day after protesters stormed the Saudi embassy in Tehran": a
        // crowd that opens the sentence or a subordinate clause is where its
        // clause happens.
        if (country.empty() && CrowdOpensClause(sentence, rc.begin)) {
          const uint32_t sentence_end = d_.sentence_tokens[static_cast<size_t>(sentence)].second;
          for (uint32_t i = rc.end; i < sentence_end && country.empty(); ++i) {
            // A comma inside a list of things ("hurled stones, paint and
            // bottles at …") ends no clause; one before a name or a
            // participle does.
            bool list_comma = d_.text(i) == "," && i + 1 < sentence_end && d_.tokens[i + 1].is_word &&
                              !d_.capitalized[i + 1] && !HasIngVerbShape(d_.text(i + 1)) &&
                              !HasPastShape(d_.text(i + 1));
            // … and the list closes with "and" or "or" within a few words.
            bool closed = false;
            for (uint32_t k = i + 1; list_comma && k < sentence_end && k < i + 5 && d_.text(k) != ","; ++k) {
              closed = closed || d_.text(k) == "and" || d_.text(k) == "or";
            }
            list_comma = list_comma && closed;
            // "attacked the embassies of Rwanda, France and Belgium in
            // Kinshasa": a comma in a list of names that "and" closes.
            if (d_.text(i) == "," && i > rc.end && d_.capitalized[i - 1] && i + 1 < sentence_end &&
                d_.capitalized[i + 1]) {
              for (uint32_t k = i + 1; k + 2 < sentence_end && k < i + 12 && !list_comma; ++k) {
                const std::string_view w = d_.text(k);
                const bool name_after = d_.capitalized[k + 1] || (d_.text(k + 1) == "the" && d_.capitalized[k + 2]);
                list_comma = w == "and" && name_after;
                if (w != "," && w != "the" && w != "and" && !d_.capitalized[k]) break;
              }
            }
            if ((d_.text(i) == "," && !list_comma) || d_.text(i) == ";") break;
            country = CountryOfPlaceAt(i, /*capitals_only=*/false);
          }
        }
        if (country.empty()) country = LeadingPlaceOfCrowd(sentence, rc.begin);
        // "DUBLIN, Feb 2 (Reuters) - Thousands of demonstrators burned the
        // British embassy in Merrion Square", "… after rioters stormed the US
        // mission overnight": a crowd in the lead, in no place the gazetteer
        // knows, is where the story was filed; not one in a subordinate
        // clause that names a place of its own ("…, after demonstrators
        // attacked Saudi missions in the Islamic Republic").
        const uint32_t first = d_.sentence_tokens[static_cast<size_t>(sentence)].first;
        if (country.empty() && sentence <= 2 && CrowdOpensClause(sentence, rc.begin) &&
            (rc.begin <= first + 3 || !NamesPlaceInClause(sentence, rc.end))) {
          country = DatelineCountry();
        }
      }
    }
    // "Officials in Tbilisi said", "troops from Chad attacked".
    std::vector<std::string> origins;
    if (country.empty() && group == people_title) {
      const std::string& sector = dict_.roles()[group->index].sector;
      origins = CountriesOfGroupOrigin(sentence, rc, sector == "CVL" || sector == "LAB" || sector == "EDU");
      if (!origins.empty()) country = origins.front();
    }
    // "the government in Kabul", "the authorities in Damascus".
    if (country.empty() && group == org_title) country = CountryOfPlaceAt(rc.end, /*capitals_only=*/true);
    if (country.empty() && (group == org_title || dict_.roles()[group->index].sector == "GOV")) {
      country = SpeechCapitalAfter(rc.end);
    }
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
    // "Iraqi troops crossed into Kuwait. The troops shelled the palace": a
    // group after "the" with no state of its own is the one the story named
    // with that noun in the sentence before or the two before that.
    const std::string& group_phrase = dict_.roles()[group->index].phrase;
    if (country.empty() && group == people_title && rc.begin > 0 && d_.text(rc.begin - 1) == "the") {
      auto seen = group_country_.find(group_phrase);
      if (seen != group_country_.end() && sentence - seen->second.sentence <= 3) country = seen->second.country;
    }
    if (!country.empty() && group == people_title && origins.size() <= 1) {
      group_country_[group_phrase] = {country, sentence};
    }
    if (country.empty()) return false;
    // "The foreign ministers of Greece and Macedonia": one actor per state.
    std::vector<std::string> countries = {country};
    for (const std::string& each : origins) {
      if (std::find(countries.begin(), countries.end(), each) == countries.end()) countries.push_back(each);
    }
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
    if (place.country.empty()) return false;  // a sea or a disputed shoal stands for no state
    ResolvedActor a;
    a.country = place.country;
    a.name = place.name;
    a.code = place.country;
    c->actors.push_back(std::move(a));
    c->how = "place";
    return true;
  }
  if (country_word != nullptr && rc.people) {
    const CountryEntry& ce = dict_.countries()[country_word->index];
    ResolvedActor a;
    a.country = ce.iso3;
    a.sector = "CVL";
    a.code = ce.iso3 + "CVL";
    a.name = RawText(doc_, d_, rc.begin, rc.end);
    c->head = country_word->begin;
    c->actors.push_back(std::move(a));
    c->how = "dictionary";
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
    // "Thousands of Turks protested": the state's people, which the coder
    // tells from its government where that matters (a protest).
    if (country_word->end == country_word->begin + 1 && dict_.IsPluralDemonym(d_.text(country_word->begin))) {
      a.role = "people";
    }
    c->head = country_word->begin;
    c->actors.push_back(std::move(a));
    c->how = "dictionary";
    return true;
  }
  return false;
}

std::string DocumentResolver::InstitutionSector(const ChunkElement* org, const ChunkElement* org_title,
                              const ChunkElement* person_title) const {
  if (org != nullptr) {
    const std::string& code = dict_.organisations()[org->index].code;
    if (code.size() >= 6) return code.substr(3, 3);
  }
  if (org_title != nullptr) return dict_.roles()[org_title->index].sector;
  return dict_.roles()[person_title->index].sector;
}

std::string DocumentResolver::NearbyCountry(const RawChunk& rc, const ChunkElement& title) const {
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

}  // namespace dyad
