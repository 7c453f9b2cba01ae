#include "relations/relations_dictionary.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <functional>
#include <set>
#include <tuple>
#include <utility>

#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {
namespace {

bool ParseInt(std::string_view s, int lo, int hi, int* out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size() && *out >= lo && *out <= hi;
}

bool IsConfidence(std::string_view c) { return c == "high" || c == "medium" || c == "low"; }

bool IsId(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

bool OneOf(std::string_view s, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::vector<std::string> Strings(std::string_view field) {
  std::vector<std::string> out;
  for (std::string_view v : SplitList(field)) out.emplace_back(v);
  return out;
}

// "2024" and "2024-08" compare as their first day: "2024-01-01" is after them.
std::string FirstDay(std::string_view date) {
  std::string d(date);
  if (d.size() == 4) d += "-01";
  if (d.size() == 7) d += "-01";
  return d;
}

// A party code ("VNMPTY") stands for its state.
std::string_view StateOf(std::string_view member) { return member.size() == 6 ? member.substr(0, 3) : member; }

// Reads dir/name and calls `visit` for each data line of `fields` fields
// (up to `max_fields` when some are optional).
Status ForEachLineOf(const std::string& dir, const char* name, size_t fields,
                     const std::function<Status(const TsvLine&)>& visit, size_t max_fields = 0) {
  const std::string path = dir + "/" + name;
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ForEachTsvLine(*text, path, fields, std::max(fields, max_fields), visit);
}

// The columns mechanisms.tsv and frameworks.tsv share: id, kind, a date or
// "-" (column 4), names and confidence.
struct Entry {
  std::string id, kind, date, confidence;
  std::vector<std::string> names;
};

Status ParseEntry(const TsvLine& line, std::initializer_list<std::string_view> kinds, std::string_view what,
                  std::set<std::string, std::less<>>* ids, Entry* e) {
  e->id = std::string(line.fields[0]);
  if (!IsId(e->id)) return line.Error("an id is lower-case ASCII letters, digits and _");
  if (!ids->insert(e->id).second) return line.Error(std::string(what) + " listed twice: " + e->id);
  e->kind = std::string(line.fields[1]);
  if (!OneOf(e->kind, kinds)) return line.Error("unknown kind of " + std::string(what) + ": " + e->kind);
  if (line.fields[3] != "-") e->date = std::string(line.fields[3]);
  if (!e->date.empty() && !IsPartialDate(e->date)) return line.Error("the date must be YYYY, YYYY-MM, YYYY-MM-DD or -");
  e->names = Strings(line.fields[4]);
  if (e->names.empty()) return line.Error("a " + std::string(what) + " needs at least one name");
  e->confidence = std::string(line.fields[5]);
  if (!IsConfidence(e->confidence)) return line.Error("confidence must be high, medium or low");
  return Status::Ok();
}

}  // namespace

bool IsPartialDate(std::string_view date) {
  int y = 0, m = 0, d = 0;
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  if (!ParseInt(date.substr(0, 4), 1000, 2100, &y)) return false;
  if (date.size() == 4) return true;
  if (date[4] != '-' || !ParseInt(date.substr(5, 2), 1, 12, &m)) return false;
  if (date.size() == 7) return true;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return date[7] == '-' && ParseInt(date.substr(8, 2), 1, kDays[m - 1], &d);
}

Result<RelationsDictionary> RelationsDictionary::Load(const std::string& dir,
                                                      const std::function<bool(std::string_view)>& is_state) {
  RelationsDictionary r;
  std::set<std::string, std::less<>> ids;
  Status s = ForEachLineOf(dir, "partnership_levels.tsv", 4, [&](const TsvLine& line) -> Status {
    PartnershipLevel level;
    level.id = std::string(line.fields[0]);
    if (!IsId(level.id)) return line.Error("a level id is lower-case ASCII letters, digits and _");
    if (!ids.insert(level.id).second) return line.Error("level listed twice: " + level.id);
    if (!ParseInt(line.fields[1], 0, 20, &level.rank)) return line.Error("rank must be a whole number 0-20");
    level.names = Strings(line.fields[2]);
    if (level.names.empty()) return line.Error("a level needs at least one name");
    if (!IsConfidence(line.fields[3])) return line.Error("confidence must be high, medium or low");
    if (line.fields.size() > 4) {
      if (line.fields[4] != "designation" && line.fields[4] != "level") {
        return line.Error("kind must be level or designation");
      }
      level.designation = line.fields[4] == "designation";
    }
    r.levels_.push_back(std::move(level));
    return Status::Ok();
  }, 5);
  if (!s.ok()) return s;

  std::set<std::tuple<std::string, std::string, std::string, std::string>> seen;
  s = ForEachLineOf(dir, "partnerships.tsv", 6, [&](const TsvLine& line) -> Status {
    PartnershipChange c;
    c.a = std::string(line.fields[0]);
    c.b = std::string(line.fields[1]);
    if (!is_state(c.a) || !is_state(c.b)) return line.Error("unknown state: " + c.a + " or " + c.b);
    if (c.a == c.b) return line.Error("a partnership needs two states");
    if (c.a > c.b) std::swap(c.a, c.b);
    c.level = std::string(line.fields[2]);
    if (r.Level(c.level) == nullptr) return line.Error("level not in partnership_levels.tsv: " + c.level);
    c.since = std::string(line.fields[3]);
    if (!IsPartialDate(c.since)) return line.Error("since must be YYYY, YYYY-MM or YYYY-MM-DD");
    if (line.fields[4] != "-") c.note = std::string(line.fields[4]);
    c.confidence = std::string(line.fields[5]);
    if (!IsConfidence(c.confidence)) return line.Error("confidence must be high, medium or low");
    if (!seen.insert({c.a, c.b, c.level, c.since}).second) return line.Error("change listed twice");
    r.partnerships_.push_back(std::move(c));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  std::stable_sort(r.partnerships_.begin(), r.partnerships_.end(), [](const auto& x, const auto& y) {
    return std::tie(x.a, x.b) != std::tie(y.a, y.b) ? std::tie(x.a, x.b) < std::tie(y.a, y.b)
                                                    : FirstDay(x.since) < FirstDay(y.since);
  });

  ids.clear();
  s = ForEachLineOf(dir, "mechanisms.tsv", 6, [&](const TsvLine& line) -> Status {
    Entry e;
    DYAD_RETURN_IF_ERROR(ParseEntry(line,
                                    {"steering_committee", "joint_commission", "strategic_dialogue", "ministerial_2plus2",
                                     "border_committee", "hotline", "party_channel", "summit", "security_dialogue",
                                     "economic_dialogue"},
                                    "mechanism", &ids, &e));
    Mechanism m{e.id, e.kind, Strings(line.fields[2]), e.date, e.names, e.confidence};
    if (m.members.size() < 2) return line.Error("a mechanism needs two members or more");
    for (const std::string& member : m.members) {
      const bool party = member.size() == 6 && member.compare(3, 3, "PTY") == 0;
      if ((member.size() != 3 && !party) || !is_state(StateOf(member))) {
        return line.Error("a member is a state (ISO3) or a ruling party (ISO3 + PTY): " + member);
      }
    }
    r.mechanisms_.push_back(std::move(m));
    return Status::Ok();
  });
  if (!s.ok()) return s;

  ids.clear();
  s = ForEachLineOf(dir, "frameworks.tsv", 6, [&](const TsvLine& line) -> Status {
    Entry e;
    DYAD_RETURN_IF_ERROR(ParseEntry(line,
                                    {"initiative", "trade_agreement", "treaty", "grouping", "strategy", "convention",
                                     "code_of_conduct", "security_pact", "declaration"},
                                    "framework", &ids, &e));
    Framework f{e.id, e.kind, {}, e.date, e.names, e.confidence};
    if (line.fields[2] != "*") {
      f.parties = Strings(line.fields[2]);
      if (f.parties.empty()) return line.Error("parties are states (ISO3) or * for all");
      for (const std::string& p : f.parties) {
        if (!is_state(p)) return line.Error("unknown state: " + p);
      }
    }
    r.frameworks_.push_back(std::move(f));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return r;
}

const PartnershipLevel* RelationsDictionary::Level(std::string_view id) const {
  for (const PartnershipLevel& l : levels_) {
    if (l.id == id) return &l;
  }
  return nullptr;
}

std::vector<const PartnershipChange*> RelationsDictionary::LevelHistory(std::string_view x, std::string_view y) const {
  if (x > y) std::swap(x, y);
  std::vector<const PartnershipChange*> out;
  for (const PartnershipChange& c : partnerships_) {
    if (c.a == x && c.b == y) out.push_back(&c);
  }
  return out;
}

const PartnershipChange* RelationsDictionary::LevelOn(std::string_view x, std::string_view y,
                                                      std::string_view date) const {
  const PartnershipChange* on = nullptr;
  for (const PartnershipChange* c : LevelHistory(x, y)) {
    if (FirstDay(c->since) <= date && !Level(c->level)->designation) on = c;
  }
  return on;
}

const PartnershipLevel* RelationsDictionary::LevelChangeIn(std::string_view sentence) const {
  std::string lower(sentence);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  static constexpr std::string_view kUp[] = {"elevat", "upgrad", "raise", "raising", "establish", "forge",
                                             "restor", "normalis", "normaliz", "resum", "lift"};
  static constexpr std::string_view kDown[] = {"downgrad", "sever", "cut ", "broke", "break", "suspend", "froze",
                                               "freez"};
  auto word_edge = [&](size_t at) { return at >= lower.size() || !std::isalnum(static_cast<unsigned char>(lower[at])); };
  // A word that starts with the stem ("raised", not "praised").
  auto starts_word = [&](std::string_view stem) {
    for (size_t at = lower.find(stem); at != std::string::npos; at = lower.find(stem, at + 1)) {
      if (at == 0 || word_edge(at - 1)) return true;
    }
    return false;
  };
  bool up = false, down = false;
  for (std::string_view c : kUp) up = up || starts_word(c);
  for (std::string_view c : kDown) down = down || starts_word(c);
  if (!up && !down) return nullptr;
  const PartnershipLevel* best = nullptr;
  size_t best_size = 0;
  for (const PartnershipLevel& level : levels_) {
    for (const std::string& name : level.names) {
      // One word ("partnership") says no level: any cooperation is one.
      if (name.size() <= best_size || name.find(' ') == std::string::npos) continue;
      for (size_t at = lower.find(name); at != std::string::npos; at = lower.find(name, at + 1)) {
        if ((at == 0 || word_edge(at - 1)) && word_edge(at + name.size())) {
          best = &level;
          best_size = name.size();
          break;
        }
      }
    }
  }
  // A level moved down to is named by its own words ("severed ties",
  // "chargé d'affaires level"); a partnership or "diplomatic relations" beside
  // a word of cutting ("suspended the strategic partnership", "downgraded its
  // diplomatic relations") is the level left, not the one reached.
  if (best != nullptr && down && !up && best->rank >= 3) return nullptr;
  return best;
}

std::vector<const Mechanism*> RelationsDictionary::MechanismsOf(std::string_view x, std::string_view y) const {
  std::vector<const Mechanism*> out;
  for (const Mechanism& m : mechanisms_) {
    auto has = [&](std::string_view state) {
      return std::any_of(m.members.begin(), m.members.end(), [&](const std::string& v) { return StateOf(v) == state; });
    };
    if (has(x) && has(y)) out.push_back(&m);
  }
  return out;
}

std::vector<const Framework*> RelationsDictionary::FrameworksOf(std::string_view x, std::string_view y) const {
  std::vector<const Framework*> out;
  for (const Framework& f : frameworks_) {
    auto has = [&](std::string_view state) { return std::find(f.parties.begin(), f.parties.end(), state) != f.parties.end(); };
    // One state's initiative or strategy (the BRI, an Indo-Pacific
    // strategy) concerns its partners; an open convention concerns all and
    // says nothing of this pair.
    if ((has(x) && has(y)) || (f.parties.size() == 1 && (has(x) || has(y)))) out.push_back(&f);
  }
  return out;
}

}  // namespace dyad
