#include "native/native_lexicon.h"

#include <algorithm>

#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {
namespace {

struct KindName {
  std::string_view name;
  NativeEntryKind kind;
};
constexpr KindName kKinds[] = {
    {"state", NativeEntryKind::kState}, {"side", NativeEntryKind::kSide},   {"capital", NativeEntryKind::kCapital},
    {"person", NativeEntryKind::kPerson}, {"title", NativeEntryKind::kTitle}, {"org", NativeEntryKind::kOrg},
    {"group", NativeEntryKind::kGroup}, {"pair", NativeEntryKind::kPair},   {"place", NativeEntryKind::kPlace},
    {"at", NativeEntryKind::kAt},       {"join", NativeEntryKind::kJoin},   {"word", NativeEntryKind::kWord},
    {"prep", NativeEntryKind::kPrep},   {"passive", NativeEntryKind::kPassive}, {"clause", NativeEntryKind::kClause},
    {"relative", NativeEntryKind::kRelative}, {"of", NativeEntryKind::kOf},
    {"placeword", NativeEntryKind::kPlaceWord}, {"stack", NativeEntryKind::kStack},
    {"label", NativeEntryKind::kLabel}, {"deed", NativeEntryKind::kDeed},
    {"answer", NativeEntryKind::kAnswer},
    {"outlet", NativeEntryKind::kOutlet},
    {"back", NativeEntryKind::kBack},   {"surname", NativeEntryKind::kSurname},
    {"we", NativeEntryKind::kWe},       {"he", NativeEntryKind::kHe},       {"abbr", NativeEntryKind::kAbbr},
    {"ba", NativeEntryKind::kBa},   {"condition", NativeEntryKind::kCondition},
};

bool IsSector(std::string_view s) {
  if (s.size() != 3) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}


}  // namespace

Result<std::unique_ptr<NativeLexicon>> NativeLexicon::Load(const std::string& dir, const ActorDictionary& dictionary,
                                                           const HanConverter* converter, bool latin_people) {
  std::unique_ptr<NativeLexicon> lex(new NativeLexicon());
  lex->converter_ = converter;
  if (latin_people) {
    const std::vector<PersonEntry>& people = dictionary.people();
    for (size_t i = 0; i < people.size(); ++i) {
      std::vector<std::string> keys = NativeKeys(people[i].name, converter);
      if (keys.size() < 2) continue;  // one word alone is too often something else
      NativeEntry e;
      e.kind = NativeEntryKind::kPerson;
      e.person = static_cast<int>(i);
      e.country = people[i].country;
      e.phrase = people[i].name;
      lex->AddPhrase(keys, std::move(e));
    }
  }
  DYAD_RETURN_IF_ERROR(lex->LoadActors(dir + "/actors.tsv", dictionary));
  DYAD_RETURN_IF_ERROR(lex->LoadModes(dir + "/modes.tsv"));
  DYAD_RETURN_IF_ERROR(lex->LoadEvents(dir + "/events.tsv"));
  lex->AddPassives();
  return lex;
}

Status NativeLexicon::AddLinePhrase(const TsvLine& line, NativeEntry entry) {
  std::vector<std::string> keys = NativeKeys(line.fields[0], converter_);
  if (keys.empty()) return line.Error("empty phrase");
  AddPhrase(keys, std::move(entry));
  return Status::Ok();
}

uint32_t NativeLexicon::AddPhrase(const std::vector<std::string>& keys, NativeEntry entry) {
  for (const std::string& k : keys) entry.keys += k + " ";
  uint32_t node = 0;
  for (const std::string& k : keys) {
    auto it = nodes_[node].children.find(k);
    if (it == nodes_[node].children.end()) {
      uint32_t next = static_cast<uint32_t>(nodes_.size());
      nodes_[node].children.emplace(k, next);
      nodes_.emplace_back();
      node = next;
    } else {
      node = it->second;
    }
  }
  if (entry.kind == NativeEntryKind::kLiteral) {
    for (uint32_t id : nodes_[node].entries) {
      if (entries_[id].kind == NativeEntryKind::kLiteral) return id;
    }
  }
  uint32_t id = static_cast<uint32_t>(entries_.size());
  entries_.push_back(std::move(entry));
  nodes_[node].entries.push_back(id);
  return id;
}

Status NativeLexicon::LoadActors(const std::string& path, const ActorDictionary& dictionary) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::unordered_map<std::string_view, int> person_by_id;
  for (size_t i = 0; i < dictionary.people().size(); ++i) person_by_id[dictionary.people()[i].id] = static_cast<int>(i);
  return ForEachTsvLine(*text, path, 3, 3, [&](const TsvLine& line) -> Status {
    std::string_view phrase = line.fields[0], kind_name = line.fields[1], value = line.fields[2];
    NativeEntry e;
    e.phrase = std::string(phrase);
    bool known = false;
    for (const KindName& k : kKinds) {
      if (k.name == kind_name) e.kind = k.kind, known = true;
    }
    if (!known) return line.Error("unknown kind \"" + std::string(kind_name) + "\"");
    std::vector<std::string_view> values = SplitWords(value);
    auto state = [&](std::string_view iso) -> Status {
      if (dictionary.CountryByIso(iso) == nullptr) return line.Error("unknown state \"" + std::string(iso) + "\"");
      return Status::Ok();
    };
    switch (e.kind) {
      case NativeEntryKind::kState:
      case NativeEntryKind::kSide:
      case NativeEntryKind::kCapital:
      case NativeEntryKind::kOutlet:
      case NativeEntryKind::kAbbr:
        if (values.size() != 1) return line.Error("want one ISO alpha-3 code");
        DYAD_RETURN_IF_ERROR(state(values[0]));
        e.country = std::string(values[0]);
        break;
      case NativeEntryKind::kPerson: {
        auto it = values.size() == 1 ? person_by_id.find(values[0]) : person_by_id.end();
        if (it == person_by_id.end()) return line.Error("unknown person id \"" + std::string(value) + "\"");
        e.person = it->second;
        e.country = dictionary.people()[static_cast<size_t>(it->second)].country;
        break;
      }
      case NativeEntryKind::kTitle:
      case NativeEntryKind::kGroup:
      case NativeEntryKind::kOrg:
        if (values.empty() || !IsSector(values[0])) return line.Error("want a sector (GOV, MIL, PTY ...)");
        e.sector = std::string(values[0]);
        if (values.size() == 2 && values[1] == "home") {
          e.home = true;
        } else if (values.size() == 2 && e.kind == NativeEntryKind::kOrg) {
          DYAD_RETURN_IF_ERROR(state(values[1]));  // an institution of one state ("越共", "Bộ Công an")
          e.country = std::string(values[1]);
        } else if (values.size() != 1) {
          return line.Error("want a sector, then \"home\", or an org's state");
        }
        break;
      case NativeEntryKind::kPair:
        if (values.size() == 2) {
          DYAD_RETURN_IF_ERROR(state(values[0]));
          DYAD_RETURN_IF_ERROR(state(values[1]));
          e.country = std::string(values[0]) + " " + std::string(values[1]);
        } else if (value != "-") {
          return line.Error("want \"-\" (the story's pair) or two ISO alpha-3 codes");
        }
        break;
      case NativeEntryKind::kClause:
        e.apart = value == "apart";
        if (value != "-" && value != "apart") return line.Error("want \"-\" or \"apart\"");
        break;
      default:
        if (value != "-") return line.Error("want \"-\"");
    }
    if (e.kind == NativeEntryKind::kAbbr) {
      std::vector<std::string> keys = NativeKeys(phrase, converter_);
      if (keys.size() != 1) return line.Error("an abbreviation is one character");
      abbreviations_[keys[0]] = e.country;
      return Status::Ok();
    }
    return AddLinePhrase(line, std::move(e));
  });
}

Status NativeLexicon::LoadModes(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  static const std::string_view kModes[] = {"intent", "appeal", "demand", "reject", "threaten", "halt", "attempt",
                                            "negate", "claim", "anniversary"};
  return ForEachTsvLine(*text, path, 2, 2, [&](const TsvLine& line) -> Status {
    NativeEntry e;
    e.kind = NativeEntryKind::kMode;
    e.phrase = std::string(line.fields[0]);
    for (std::string_view m : kModes) {
      if (m == line.fields[1]) e.mode = std::string(m);
    }
    if (e.mode.empty()) return line.Error("unknown mode \"" + std::string(line.fields[1]) + "\"");
    return AddLinePhrase(line, std::move(e));
  });
}

Status NativeLexicon::LoadEvents(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ForEachTsvLine(*text, path, 2, 3, [&](const TsvLine& line) -> Status {
    NativePattern p;
    p.code = std::string(line.fields[0]);
    if (p.code.size() < 3 || p.code.size() > 4 || p.code.find_first_not_of("0123456789") != std::string::npos) {
      return line.Error("want a CAMEO code of 3 or 4 digits");
    }
    if (line.fields.size() == 3) {
      if (line.fields[2] == "mutual") {
        p.mutual = true;
      } else if (line.fields[2] == "hosts") {
        p.hosts = true;
      } else if (line.fields[2] == "consequence") {
        p.consequence = true;
      } else if (line.fields[2].size() == 6 && line.fields[2].substr(0, 3) == "to ") {
        p.to = std::string(line.fields[2].substr(3));
      } else {
        return line.Error("the third column may only say \"mutual\", \"hosts\", \"consequence\" or \"to ISO\"");
      }
    }
    p.where = std::string(line.file) + ":" + std::to_string(line.number);
    // Words between slots and "..." are one literal, written contiguously.
    std::string literal;
    bool source = false, target = false, across_comma = false;
    auto flush = [&]() -> Status {
      if (literal.empty()) return Status::Ok();
      std::vector<std::string> keys = NativeKeys(literal, converter_);
      literal.clear();
      if (keys.empty()) return line.Error("a literal with no word");
      NativePattern::Element el;
      el.kind = NativePattern::Element::kLiteral;
      el.length = static_cast<uint32_t>(keys.size());
      el.across_comma = across_comma;
      across_comma = false;
      NativeEntry e;
      e.kind = NativeEntryKind::kLiteral;
      el.entry = AddPhrase(keys, std::move(e));
      p.elements.push_back(el);
      return Status::Ok();
    };
    for (std::string_view word : SplitWords(line.fields[1])) {
      if (word == "$S" || word == "$T" || word == "..." || word == ",...") {
        DYAD_RETURN_IF_ERROR(flush());
        if (word == ",...") across_comma = true;
        if (word == "..." || word == ",...") continue;
        bool& seen = word == "$S" ? source : target;
        if (seen) return line.Error("a slot twice");
        seen = true;
        NativePattern::Element el;
        el.kind = word == "$S" ? NativePattern::Element::kSource : NativePattern::Element::kTarget;
        el.across_comma = across_comma;  // "$S 指控 ,... $T": the accused after the verb's comma
        across_comma = false;
        p.elements.push_back(el);
        continue;
      }
      if (!literal.empty()) literal += ' ';
      literal += word;
    }
    DYAD_RETURN_IF_ERROR(flush());
    if (!source) return line.Error("a pattern needs $S");
    if (!target && !p.mutual && p.to.empty() && !p.consequence) {
      return line.Error("a pattern without $T must be mutual (the two parties of $S), a consequence or say \"to ISO\"");
    }
    if (target && !p.to.empty()) return line.Error("a pattern with $T cannot also say \"to\"");
    bool any = false;
    for (size_t i = 0; i < p.elements.size(); ++i) {
      if (p.elements[i].kind != NativePattern::Element::kLiteral) continue;
      if (!any || p.elements[i].length >= p.elements[p.head].length) p.head = i;
      any = true;
    }
    if (!any) return line.Error("a pattern needs a word");
    for (size_t i = 1; i < p.elements.size(); ++i) {
      if (p.elements[i].kind != NativePattern::Element::kLiteral &&
          p.elements[i - 1].kind != NativePattern::Element::kLiteral) {
        return line.Error("two slots side by side");
      }
    }
    uint32_t id = static_cast<uint32_t>(patterns_.size());
    by_head_[p.elements[p.head].entry].push_back(id);
    patterns_.push_back(std::move(p));
    return Status::Ok();
  });
}

void NativeLexicon::AddPassives() {
  std::vector<std::pair<uint32_t, uint32_t>> markers;  // literal entry, tokens
  for (uint32_t id = 0; id < entries_.size(); ++id) {
    if (entries_[id].kind != NativeEntryKind::kPassive) continue;
    NativeEntry literal;
    literal.kind = NativeEntryKind::kLiteral;
    std::vector<std::string> keys = NativeKeys(entries_[id].phrase, converter_);
    markers.emplace_back(AddPhrase(keys, std::move(literal)), static_cast<uint32_t>(keys.size()));
  }
  const size_t active = patterns_.size();
  for (size_t i = 0; i < active; ++i) {
    const NativePattern p = patterns_[i];  // a copy: the loop appends to patterns_
    using E = NativePattern::Element;
    // Only the plain transitive shape: $S words $T.
    if (p.elements.size() != 3 || p.elements[0].kind != E::kSource || p.elements[1].kind != E::kLiteral ||
        p.elements[2].kind != E::kTarget || p.mutual) {
      continue;
    }
    for (const auto& [marker, length] : markers) {
      NativePattern q = p;
      E by;
      by.kind = E::kLiteral;
      by.entry = marker;
      by.length = length;
      q.elements = {p.elements[2], by, p.elements[0], p.elements[1]};
      q.head = 3;
      q.where = p.where + " (passive)";
      by_head_[q.elements[3].entry].push_back(static_cast<uint32_t>(patterns_.size()));
      patterns_.push_back(std::move(q));
    }
  }
}

NativeLexicon::Match NativeLexicon::Longest(const std::vector<NativeToken>& tokens, size_t i, size_t end) const {
  Match best;
  uint32_t node = 0;
  for (size_t k = i; k < end; ++k) {
    auto it = nodes_[node].children.find(tokens[k].key);
    if (it == nodes_[node].children.end()) break;
    node = it->second;
    if (!nodes_[node].entries.empty()) {
      best.length = static_cast<uint32_t>(k - i + 1);
      best.entries = &nodes_[node].entries;
    }
  }
  return best;
}

const std::string& NativeLexicon::AbbreviatedState(const std::string& key) const {
  static const std::string kNone;
  auto it = abbreviations_.find(key);
  return it == abbreviations_.end() ? kNone : it->second;
}

void NativeLexicon::Phrases(const std::vector<NativeToken>& tokens, size_t i, size_t end, std::vector<Match>* out) const {
  out->clear();
  uint32_t node = 0;
  for (size_t k = i; k < end; ++k) {
    auto it = nodes_[node].children.find(tokens[k].key);
    if (it == nodes_[node].children.end()) break;
    node = it->second;
    if (!nodes_[node].entries.empty()) out->push_back({static_cast<uint32_t>(k - i + 1), &nodes_[node].entries});
  }
  std::reverse(out->begin(), out->end());
}

const std::vector<uint32_t>* NativeLexicon::PatternsHeadedBy(uint32_t entry) const {
  auto it = by_head_.find(entry);
  return it == by_head_.end() ? nullptr : &it->second;
}

}  // namespace dyad
