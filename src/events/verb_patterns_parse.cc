// VerbPatterns: reading the lexicon files, the word classes and the cues;
// every bad line is reported with its file and line.
#include "events/verb_patterns.h"

#include <algorithm>
#include <filesystem>
#include <functional>

#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {
namespace {

// A pattern or class word: lower-case letters, ' and -, and _ joining the
// words of one alternative.
bool IsPatternSpelling(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '\'' || c == '-' || c == '_'; });
}

// The tokenizer splits "go-between" into "go", "-", "between", so a
// hyphenated word in a pattern is spelled out as those elements in a pattern
// of its own (one per hyphenated alternative), and the rest of the
// alternatives stay where they were. An alternative of several words is
// written with "_" ("turn_down|reject": "turn down" or "reject") and spelled
// out the same way, without the hyphen.
bool IsHyphenated(const std::string& w) {
  return w.size() > 1 && (w.find('-') != std::string::npos || w.find('_') != std::string::npos);
}

// Appends to `out` rather than returning a vector: most patterns have no
// hyphen and are moved through untouched (a braced `return {p}` would copy
// them, elements and all). `Id` is a template parameter so that interning a
// part is a direct call, not one through std::function; `is_hyphenated` tells
// IsHyphenated of a word by its id, computed once per word.
template <typename Id, typename Hyphenated>
void SpellOutHyphens(VerbPattern p, const Id& id, const Hyphenated& is_hyphenated, std::vector<VerbPattern>* out) {
  size_t k = 0;
  while (k < p.elements.size()) {
    const auto& ids = p.elements[k].word_ids;
    if (std::any_of(ids.begin(), ids.end(), is_hyphenated)) {
      break;
    }
    ++k;
  }
  if (k == p.elements.size()) {
    out->push_back(std::move(p));
    return;
  }
  const PatternElement hyphenated = p.elements[k];
  PatternElement plain = hyphenated;
  plain.words.clear();
  plain.word_ids.clear();
  for (size_t i = 0; i < hyphenated.words.size(); ++i) {
    const std::string& w = hyphenated.words[i];
    if (!IsHyphenated(w)) {
      plain.words.push_back(w);
      plain.word_ids.push_back(hyphenated.word_ids[i]);
      continue;
    }
    VerbPattern spelled = p;
    std::vector<PatternElement> parts;
    size_t start = 0;
    while (start <= w.size()) {
      size_t dash = std::min(w.find_first_of("-_", start), w.size());
      for (std::string_view part : {std::string_view(w).substr(start, dash - start),
                                    std::string_view(dash < w.size() && w[dash] == '-' ? "-" : "")}) {
        if (part.empty()) continue;
        PatternElement e;
        e.optional = hyphenated.optional;
        e.words.emplace_back(part);
        e.word_ids.push_back(id(part));
        parts.push_back(std::move(e));
      }
      start = dash + 1;
    }
    if (!hyphenated.optional) spelled.literal_words += static_cast<int>(parts.size()) - 1;
    spelled.elements.erase(spelled.elements.begin() + static_cast<std::ptrdiff_t>(k));
    spelled.elements.insert(spelled.elements.begin() + static_cast<std::ptrdiff_t>(k), parts.begin(), parts.end());
    SpellOutHyphens(std::move(spelled), id, is_hyphenated, out);
  }
  if (!plain.words.empty()) {
    p.elements[k] = std::move(plain);
    SpellOutHyphens(std::move(p), id, is_hyphenated, out);
  }
}

// "the expulsion by Algiers of twelve French staff", "the seizure by Iran of
// a British tanker": a noun's doer may stand after "by" between the noun and
// the rest of the pattern. Derived for a nominal pattern whose noun is
// followed by a required word ("expulsion of", "sanctions on"); the coder
// reads the $S as the noun's owner.
bool NominalWithAgent(const VerbPattern& p, uint32_t by_id, VerbPattern* out) {
  if (!p.nominal || p.elements.size() < 2 || p.elements[1].kind != SlotKind::kWord || p.elements[1].optional) {
    return false;
  }
  *out = p;
  PatternElement by;
  by.words = {"by"};
  by.word_ids = {by_id};
  PatternElement source;
  source.kind = SlotKind::kSource;
  out->elements.insert(out->elements.begin() + 1, {by, source});
  ++out->literal_words;
  out->text = p.text + " (by $S)";
  return true;
}

}  // namespace

Result<std::unique_ptr<VerbPatterns>> VerbPatterns::Load(const std::string& path,
                                                         const std::unordered_set<std::string>& codes) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path, codes);
}

Status VerbPatterns::LoadWordClasses(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ForEachTsvLine(*text, path, 2, 2, [&](const TsvLine& line) -> Status {
    // Written without its '#', which opens a comment: "act" is #act.
    std::string name = "#" + std::string(Trim(line.fields[0]));
    bool letters = name.size() > 1;
    for (char c : name.substr(1)) letters = letters && c >= 'a' && c <= 'z';
    if (!letters || name == kManyWord) return line.Error("a class name is lower-case letters, not many: " + name);
    std::vector<std::string>& words = word_classes_[name];
    if (!words.empty()) return line.Error("class defined twice: " + name);
    for (std::string_view w : SplitList(Trim(line.fields[1]))) {
      if (!IsPatternSpelling(w)) return line.Error("class words are lower-case letters: " + std::string(w));
      words.emplace_back(w);
    }
    if (words.empty()) return line.Error("empty class " + name);
    return Status::Ok();
  });
}

Result<std::unique_ptr<VerbPatterns>> VerbPatterns::LoadDirectory(const std::string& dir,
                                                                  const std::unordered_set<std::string>& codes,
                                                                  const std::string& classes) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path().string());
  }
  if (ec) return Status::NotFound(dir + ": " + ec.message());
  if (files.empty()) return Status::NotFound(dir + ": no lexicon files (*.tsv)");
  std::sort(files.begin(), files.end());
  auto out = std::make_unique<VerbPatterns>();
  if (!classes.empty()) DYAD_RETURN_IF_ERROR(out->LoadWordClasses(classes));
  for (const std::string& f : files) {
    Result<std::string> text = ReadWholeFile(f);
    if (!text.ok()) return text.status();
    DYAD_RETURN_IF_ERROR(out->ParseInto(*text, f, codes, /*cues=*/false));
  }
  return out;
}

Result<std::unique_ptr<VerbPatterns>> VerbPatterns::Parse(std::string_view tsv, std::string_view name,
                                                          const std::unordered_set<std::string>& codes) {
  auto out = std::make_unique<VerbPatterns>();
  Status s = out->ParseInto(tsv, name, codes, /*cues=*/false);
  if (!s.ok()) return s;
  out->Finalize();
  return out;
}

Status VerbPatterns::LoadCues(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParseInto(*text, path, {}, /*cues=*/true);
}

bool ParseCueMode(std::string_view name, CueMode* mode) {
  static const std::pair<std::string_view, CueMode> kNames[] = {
      {"intent", CueMode::kIntent},          {"future", CueMode::kFuture},
      {"agree", CueMode::kAgree},            {"decide", CueMode::kDecide},            {"threaten", CueMode::kThreaten},
      {"appeal", CueMode::kAppeal},          {"demand", CueMode::kDemand},
      {"reject", CueMode::kReject},          {"halt", CueMode::kHalt},
      {"agent", CueMode::kAgent},            {"attempt", CueMode::kAttempt},
      {"speaker_demand", CueMode::kSpeakerDemand},
      {"speaker_appeal", CueMode::kSpeakerAppeal}, {"none", CueMode::kNone},
      {"none_clause", CueMode::kNoneClause}, {"possible", CueMode::kPossible}};
  for (const auto& [n, m] : kNames) {
    if (n == name) {
      *mode = m;
      return true;
    }
  }
  return false;
}

Status VerbPatterns::ParseInto(std::string_view tsv, std::string_view name,
                               const std::unordered_set<std::string>& codes, bool cues) {
  VerbPatterns* out = this;
  return ForEachTsvLine(tsv, name, 2, 3, [&](const TsvLine& line) -> Status {
    VerbPattern p;
    p.code = std::string(Trim(line.fields[0]));
    if (cues ? !ParseCueMode(p.code, &p.mode) : !codes.count(p.code)) {
      return line.Error((cues ? "unknown mode " : "unknown CAMEO code ") + p.code);
    }
    p.text = std::string(Trim(line.fields[1]));
    std::string_view rest = p.text;
    while (!rest.empty()) {
      size_t sp = rest.find(' ');
      std::string_view tok = rest.substr(0, sp);
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
      if (tok.empty()) continue;
      PatternElement e;
      if (tok == "*" || tok == "**") {
        e.kind = SlotKind::kGap;
        e.max_gap = tok == "*" ? 3 : 8;
      } else if (tok == "$T") {
        e.kind = SlotKind::kTarget;
      } else if (tok == "$S") {
        e.kind = SlotKind::kSource;
      } else if (tok == "$A") {
        e.kind = SlotKind::kOwner;
      } else {
        if (tok.back() == '?') {
          e.optional = true;
          tok.remove_suffix(1);
        }
        for (std::string_view w : SplitList(tok)) {
          // A word class the coder gives tokens ("#many": a number of a
          // thousand or more) instead of a word.
          if (!w.empty() && w[0] == '#') {
            if (w == kManyWord) {
              e.words.emplace_back(w);
              e.word_ids.push_back(out->InternWord(w));
              continue;
            }
            // A class of words (data/events/word_classes.tsv) stands for all of them.
            auto cls = word_classes_.find(std::string(w));
            if (cls == word_classes_.end()) {
              return line.Error("unknown word class " + std::string(w) + " (#many or a class of word_classes.tsv)");
            }
            for (const std::string& member : cls->second) {
              e.words.push_back(member);
              e.word_ids.push_back(out->InternWord(member));
            }
            continue;
          }
          if (!IsPatternSpelling(w)) return line.Error("pattern words are lower-case letters: " + std::string(w));
          if (w.front() == '_' || w.back() == '_' || w.find("__") != std::string_view::npos) {
            return line.Error("'_' joins the words of one alternative: " + std::string(w));
          }
          e.words.emplace_back(w);
          e.word_ids.push_back(out->InternWord(w));
        }
        if (e.words.empty()) return line.Error("empty word in pattern");
        if (!e.optional) ++p.literal_words;
      }
      p.elements.push_back(std::move(e));
    }
    if (p.elements.empty() || p.elements[0].kind != SlotKind::kWord || p.elements[0].optional) {
      return line.Error("a pattern starts with a required word");
    }
    if (line.fields.size() > 2) {
      std::string_view flags = line.fields[2];
      size_t start = 0;
      while (start <= flags.size()) {
        size_t comma = flags.find(',', start);
        if (comma == std::string_view::npos) comma = flags.size();
        std::string_view f = Trim(flags.substr(start, comma - start));
        start = comma + 1;
        if (f.empty()) continue;
        if (f == "both") {
          p.both = true;
        } else if (f == "partner") {
          p.partner = true;
        } else if (f == "untargeted") {
          p.untargeted = true;
        } else if (f == "here") {
          p.here = true;
        } else if (f == "nominal") {
          p.nominal = true;
        } else if (f == "intransitive") {
          p.intransitive = true;
        } else if (f == "fallback") {
          p.fallback = true;
        } else {
          return line.Error("unknown flag " + std::string(f));
        }
      }
    }
    bool target = p.has_target();
    bool flagged = p.both || p.partner || p.untargeted || p.here;
    if (target && flagged) return line.Error("flags both/partner/untargeted/here are for patterns without $T");
    if (p.nominal && (flagged || p.has_source())) return line.Error("flag nominal takes no other flag and no $S");
    if (!target && !p.has_source() && !flagged && !p.nominal && !cues) {
      return line.Error("a pattern without $T needs a flag: both, partner, untargeted, here or nominal");
    }
    auto id = [out](std::string_view w) { return out->InternWord(w); };
    auto hyphenated = [out](uint32_t word_id) { return out->hyphenated_[word_id - 1]; };
    VerbPattern with_agent;
    std::vector<VerbPattern> spelled;
    if (NominalWithAgent(p, id("by"), &with_agent)) {
      SpellOutHyphens(std::move(with_agent), id, hyphenated, &spelled);
      for (VerbPattern& q : spelled) out->Index(std::move(q));
      spelled.clear();
    }
    SpellOutHyphens(std::move(p), id, hyphenated, &spelled);
    for (VerbPattern& q : spelled) {
      if (q.fallback) q.literal_words = 0;
      if (!cues) out->AddPassives(q), out->AddRecipientFirst(q);
      out->Index(std::move(q));
    }
    return Status::Ok();
  });
}

}  // namespace dyad
