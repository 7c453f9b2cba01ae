// One language's native lexicon (data/native/<lang>/): the words for actors
// (states, sides, capitals, people, titles, institutions, groups, the story's
// pair) and the event patterns ("$S hội đàm với $T", "$T 受到 $S 的接见"),
// compiled into one trie over token keys that segments a sentence by longest
// match.
//
// Thread safety: immutable after Load.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "actors/actor_dictionary.h"
#include "dyad/status.h"
#include "native/native_text.h"
#include "util/tsv.h"

namespace dyad {

enum class NativeEntryKind : uint8_t {
  kState,    // a state's name: value ISO alpha-3
  kSide,     // "phía Trung Quốc", "中方": the state as a party (GOV)
  kCapital,  // a capital standing for its government (GOV)
  kPerson,   // a person of data/actors/people.tsv
  kTitle,    // a title for one person; value: sector, then "home" for a title only the outlet's state has
  kOrg,      // an institution; value: sector, then its state or "home" (the outlet's state when none is named)
  kGroup,    // people of a state ("ngư dân", "渔民"); value: sector
  kPair,     // the story's pair ("hai bên", "双方"), or two named states ("中越": CHN VNM)
  kPlace,    // a place no actor ("Phủ Chủ tịch"): only keeps its words from being read as actors
  kAt,       // "tại", "驻": the state after it is where an official serves, not theirs
  kJoin,     // "và", "和": joins two actors acting together
  kPrep,     // "với", "同", "向": the actor after it is no subject
  kPassive,  // "bị", "被", "遭": "$T bị $S đâm" is the passive of every "$S đâm $T"
  kClause,   // "để", "为了": opens a clause of purpose, whose subject is the sentence's
  kRelative, // "người" after a comma, "他": the clause's subject is the actor just before it
  kOf,       // "của", "的": "tàu tiếp tế của Philippines", "菲律宾的船只" are one actor
  kPlaceWord,// "tỉnh", "thành phố": the capitalised name after it is a place ("ngư dân tỉnh Bình Định")
  kStack,    // "兼", "kiêm": joins two titles of one person ("副总理兼外长")
  kLabel,    // "số hiệu", "舷号": a vessel's number follows, part of the ship
  kOutlet,   // "中央社", "TTXVN": the outlet filing the story; value ISO: the state it writes from
  kAnswer,   // "针对", "trước việc": the actors after it did what a reaction of its sentence answers
  kDeed,     // "động thái", "此举", "对此": an act told before; the one who did it is the target
             // of a reaction that names no other ("Trung Quốc lên án động thái này")
  kBack,     // "其", "该船": an actor told before, of another state than its clause's ("对其进行登临检查")
  kCondition,// "如果", "若", "nếu": opens a condition; a `consequence` act after it answers its actor
  kAbbr,     // "菲", "陆", "美": a state's one-character name, only right before its institution ("菲外交部"); value
             // ISO. Kept out of the phrases a sentence is cut into: see AbbreviatedState.
  kBa,       // "将", "把": puts the object before its verb ("中国海警…将其驱离")
  kWe,       // "我们", "chúng tôi": the speaker, the subject of its sentence or the one before ("“我们正告澳方…”")
  kHe,       // "他", "她": opening a clause the speaker ("他指出，…"), else another state's actor ("祝贺他当选")
  kSurname,  // "王", "阮", "岩屋": a family name; a title's unknown name begins with one ("发言人田军里")
  kWord,     // a word that is none of these ("tiếp tục"): only keeps its tokens from anchoring
  kLiteral,  // a word of an event pattern
  kMode,     // a word that puts the act after it in a mode (modes.tsv): "sẽ", "将", "拒绝", "不"
};

struct NativeEntry {
  NativeEntryKind kind = NativeEntryKind::kWord;
  std::string country;  // ISO alpha-3 (state, side, capital, person, two for a pair "CHN VNM")
  std::string sector;   // title, org, group
  bool home = false;    // title, org, group: the outlet's state when none is named
  bool apart = false;   // clause: its act is none of the main clause's mode ("否则", not "để")
  int person = -1;      // index into the actor dictionary's people
  std::string mode;     // kMode: intent, appeal, demand, reject, threaten, halt, attempt or negate
  std::string phrase;   // as written in the data
  std::string keys;     // its token keys, each followed by a space ("phát ngôn viên " …)
};

// An event pattern: literals and the two slots, in the order the language
// writes them.
struct NativePattern {
  struct Element {
    enum Kind : uint8_t { kLiteral, kSource, kTarget } kind = kLiteral;
    uint32_t entry = 0;  // the literal's entry
    uint32_t length = 0; // tokens of the literal
    // The gap before this literal may cross a comma (",..." in the data); before a
    // last slot, its actor may follow the comma right after the verb.
    bool across_comma = false;
  };
  std::string code;  // CAMEO code
  std::vector<Element> elements;
  size_t head = 0;      // the element the pattern is found by: its longest literal
  bool mutual = false;  // both parties do it to each other (talks, a call, signing)
  bool hosts = false;   // $S receives $T: $T visits $S (042) in return
  // Coded only as what a condition's actor will meet ("如果美方执意打关税战，中方将奉陪到底"):
  // the target is that actor and the act a threat (mode threaten).
  bool consequence = false;
  std::string to;       // the state the words themselves name as target ("访华": CHN), "" if none
  std::string where;    // "file:line", for debugging
};

class NativeLexicon {
 public:
  // Reads `dir`/actors.tsv, `dir`/modes.tsv and `dir`/events.tsv; people are named by their
  // data/actors/people.tsv ids; with `latin_people`, every person's canonical
  // name from the actor dictionary is matched too (Vietnamese copy writes
  // most foreign names as English does).
  static Result<std::unique_ptr<NativeLexicon>> Load(const std::string& dir, const ActorDictionary& dictionary,
                                                     const HanConverter* converter, bool latin_people);

  struct Match {
    uint32_t length = 0;  // tokens; 0 when no phrase starts here
    const std::vector<uint32_t>* entries = nullptr;
  };
  // The longest phrase of the lexicon at tokens[i, end).
  Match Longest(const std::vector<NativeToken>& tokens, size_t i, size_t end) const;
  // Every phrase of the lexicon at tokens[i, end), longest first (cleared first).
  void Phrases(const std::vector<NativeToken>& tokens, size_t i, size_t end, std::vector<Match>* out) const;

  // The state a character no phrase holds stands for right before one of its
  // institutions ("菲" of "菲外交部"), "" if none. Such names are no phrases:
  // "越南海防港" must not be cut 越|南海.
  const std::string& AbbreviatedState(const std::string& key) const;

  const NativeEntry& entry(uint32_t id) const { return entries_[id]; }
  // The patterns a literal entry heads.
  const std::vector<uint32_t>* PatternsHeadedBy(uint32_t entry) const;
  const NativePattern& pattern(uint32_t id) const { return patterns_[id]; }
  size_t entry_count() const { return entries_.size(); }
  size_t pattern_count() const { return patterns_.size(); }

 private:
  NativeLexicon() = default;
  Status LoadActors(const std::string& path, const ActorDictionary& dictionary);
  Status LoadEvents(const std::string& path);
  Status LoadModes(const std::string& path);
  // "$T <passive> $S <words>" for every "$S <words> $T".
  void AddPassives();
  // The entry for `phrase` of `kind` (one per phrase and kind for literals).
  uint32_t AddPhrase(const std::vector<std::string>& keys, NativeEntry entry);
  // `entry` under the phrase of the line's first field; a phrase with no word is an error.
  Status AddLinePhrase(const TsvLine& line, NativeEntry entry);

  const HanConverter* converter_ = nullptr;
  std::unordered_map<std::string, std::string> abbreviations_;  // key -> ISO
  struct Node {
    std::unordered_map<std::string, uint32_t> children;
    std::vector<uint32_t> entries;
  };
  std::vector<Node> nodes_{1};
  std::vector<NativeEntry> entries_;
  std::vector<NativePattern> patterns_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_head_;
};

}  // namespace dyad
