#include "events/verb_patterns.h"

#include <algorithm>
#include <tuple>
#include <functional>
#include <filesystem>

#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {
namespace {

// A pattern or class word: lower-case letters, ' and -, and _ joining the
// words of one alternative.
bool IsPatternSpelling(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '\'' || c == '-' || c == '_'; });
}

}  // namespace

bool VerbPattern::has_target() const {
  for (const PatternElement& e : elements) {
    if (e.kind == SlotKind::kTarget || e.kind == SlotKind::kOwner) return true;
  }
  return false;
}

bool VerbPattern::has_source() const {
  for (const PatternElement& e : elements) {
    if (e.kind == SlotKind::kSource) return true;
  }
  return false;
}

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
      {"agree", CueMode::kAgree},            {"threaten", CueMode::kThreaten},
      {"appeal", CueMode::kAppeal},          {"demand", CueMode::kDemand},
      {"reject", CueMode::kReject},          {"halt", CueMode::kHalt},
      {"agent", CueMode::kAgent},            {"speaker_demand", CueMode::kSpeakerDemand},
      {"speaker_appeal", CueMode::kSpeakerAppeal}, {"none", CueMode::kNone},
      {"none_clause", CueMode::kNoneClause}};
  for (const auto& [n, m] : kNames) {
    if (n == name) {
      *mode = m;
      return true;
    }
  }
  return false;
}

namespace {

// Words that may stand between a verb and its object and stay with the verb
// in the passive: "fired on $T" -> "was fired on by …".
bool IsParticle(const PatternElement& e) {
  static const std::unordered_set<std::string_view> kParticles = {
      "at", "on", "upon", "against", "with", "into", "to", "from", "off", "in", "over", "down", "out", "up", "toward",
      "towards", "onto", "near", "across"};
  if (e.kind != SlotKind::kWord || e.optional) return false;
  for (const std::string& w : e.words) {
    if (!kParticles.count(w)) return false;
  }
  return true;
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

std::vector<VerbPattern> SpellOutHyphens(VerbPattern p, const std::function<uint32_t(std::string_view)>& id) {
  size_t k = 0;
  while (k < p.elements.size()) {
    const auto& words = p.elements[k].words;
    if (std::any_of(words.begin(), words.end(), IsHyphenated)) {
      break;
    }
    ++k;
  }
  if (k == p.elements.size()) return {std::move(p)};
  std::vector<VerbPattern> out;
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
    for (VerbPattern& q : SpellOutHyphens(std::move(spelled), id)) out.push_back(std::move(q));
  }
  if (!plain.words.empty()) {
    p.elements[k] = std::move(plain);
    for (VerbPattern& q : SpellOutHyphens(std::move(p), id)) out.push_back(std::move(q));
  }
  return out;
}

}  // namespace

void VerbPatterns::AddPassives(const VerbPattern& p) {
  // "ram $T", "fire on $T", "accuse $T of": the target is the verb's object,
  // so "$T was rammed (by $S)" says the same. Two forms: "VERB by $S rest"
  // with the agent right after the verb, and "VERB rest" whose agent the
  // coder looks for after the match.
  size_t k = 1;
  while (k < p.elements.size() && IsParticle(p.elements[k])) ++k;
  if (k >= p.elements.size() || (p.elements[k].kind != SlotKind::kTarget && p.elements[k].kind != SlotKind::kOwner)) {
    return;
  }
  if (p.nominal || p.has_source()) return;
  VerbPattern later = p;
  later.elements.erase(later.elements.begin() + static_cast<long>(k));
  later.passive = true;
  later.text = p.text + " (passive)";
  VerbPattern right = later;
  PatternElement by;
  by.words = {"by"};
  by.word_ids = {InternWord("by")};
  PatternElement source;
  source.kind = SlotKind::kSource;
  right.elements.insert(right.elements.begin() + 1, source);
  right.elements.insert(right.elements.begin() + 1, by);
  right.text = p.text + " (passive, by $S)";
  Index(std::move(right));
  Index(std::move(later));
}

void VerbPatterns::Index(VerbPattern p) {
  uint32_t index = static_cast<uint32_t>(patterns_.size());
  // The pattern's leading required words are walked in a trie shared by all
  // patterns, so "reject $A …" and "reject * call to" test "reject" once and
  // patterns that cannot match are never tried. A gap followed by a word is
  // an edge too ("hold * talks", "hold * meeting" share "hold *" and branch
  // on the word). The expansion of alternatives is bounded; past it the
  // matcher takes over.
  if (nodes_.empty()) nodes_.emplace_back();
  std::vector<uint32_t> frontier = {0};
  auto child_of = [&](uint32_t node, uint32_t key) {
    uint32_t child = edges_.Find(EdgeKey(node, key));
    if (child == 0) {
      nodes_.emplace_back();
      child = static_cast<uint32_t>(nodes_.size());
      edges_.TryEmplace(EdgeKey(node, key), child);
      if (node == 0) {
        if (root_children_.size() <= key) root_children_.resize(key + 1, 0);
        root_children_[key] = child;
      }
    }
    nodes_[node].leaf = false;
    if (key == kGapKey + 3) nodes_[node].gap_edges |= 1;
    if (key == kGapKey + 8) nodes_[node].gap_edges |= 2;
    return child - 1;
  };
  auto required_word = [&](size_t k) {
    return k < p.elements.size() && p.elements[k].kind == SlotKind::kWord && !p.elements[k].optional;
  };
  size_t prefix = 0;
  size_t combinations = 1;
  while (prefix < p.elements.size()) {
    const PatternElement& e = p.elements[prefix];
    if (required_word(prefix) && combinations * e.word_ids.size() <= 256) {
      combinations *= e.word_ids.size();
      std::vector<uint32_t> next;
      for (uint32_t node : frontier) {
        for (uint32_t w : e.word_ids) next.push_back(child_of(node, w));
      }
      frontier = std::move(next);
      ++prefix;
      continue;
    }
    if (e.kind == SlotKind::kGap && prefix > 0 && required_word(prefix + 1) &&
        combinations * p.elements[prefix + 1].word_ids.size() <= 256) {
      const PatternElement& word = p.elements[prefix + 1];
      combinations *= word.word_ids.size();
      std::vector<uint32_t> next;
      for (uint32_t node : frontier) {
        uint32_t gap = child_of(node, kGapKey + static_cast<uint32_t>(e.max_gap));
        nodes_[gap].gap = static_cast<uint8_t>(e.max_gap);
        for (uint32_t w : word.word_ids) next.push_back(child_of(gap, w));
      }
      frontier = std::move(next);
      prefix += 2;
      continue;
    }
    break;
  }
  for (size_t k = 0; k < p.elements.size(); ++k) {
    if (p.elements[k].kind == SlotKind::kTarget || p.elements[k].kind == SlotKind::kOwner) {
      p.first_target = k;
      break;
    }
  }
  for (size_t k = 0; k < p.elements.size(); ++k) {
    if (p.elements[k].kind != SlotKind::kWord || p.elements[k].optional) continue;
    p.required_words.push_back(static_cast<uint16_t>(k));
    if (k < prefix) continue;  // matched by the trie walk
    uint64_t lo = 0, hi = 0;
    for (uint32_t id : p.elements[k].word_ids) {
      uint32_t bit = SignatureBit(id);
      (bit < 64 ? lo : hi) |= uint64_t{1} << (bit & 63);
    }
    p.group_signatures.emplace_back(lo, hi);
  }
  TrieEnd end;
  end.pattern = index;
  end.element = static_cast<uint16_t>(prefix);
  end.passive = p.passive;
  if (!p.group_signatures.empty()) std::tie(end.sig_lo, end.sig_hi) = p.group_signatures.front();
  for (uint32_t node : frontier) pending_ends_.emplace_back(node, end);
  finalized_ = false;
  patterns_.push_back(std::move(p));
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
    for (VerbPattern& q : SpellOutHyphens(std::move(p), id)) {
      if (!cues) out->AddPassives(q);
      out->Index(std::move(q));
    }
    return Status::Ok();
  });
}

std::unordered_set<std::string> VerbPatterns::Vocabulary() const {
  std::unordered_set<std::string> v;
  for (const VerbPattern& p : patterns_) {
    for (const PatternElement& e : p.elements) {
      for (const std::string& w : e.words) v.insert(w);
    }
  }
  return v;
}

}  // namespace dyad
