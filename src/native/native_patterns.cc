#include "native/native_patterns.h"

#include <algorithm>

#include "native/native_sentence_view.h"
#include "native/native_slots.h"

namespace dyad {
namespace {

using Element = NativePattern::Element;
using SentenceView = NativeSentenceView;

// How far (in tokens) a pattern's words may lie from each other and from the
// chunks of its slots: a Chinese sentence puts its time and place between
// subject and verb ("习近平26日晚在北京人民大会堂会见"), a Vietnamese one too.
// Chinese counts characters, and stacks titles and names between a
// preposition and its verb ("同朝鲜劳动党总书记、国务委员长金正恩举行会谈").
uint32_t MaxGap(bool chinese) { return chinese ? 24 : 16; }
// The object of a Chinese verb may follow a whole relative clause ("会见来华出席
// …活动的古巴国家主席"): the first actor of the clause, however far.
uint32_t MaxObjectGap(bool chinese) { return chinese ? 48 : 16; }

// The segment of a word naming an act told before among those starting in
// tokens [from, to) of the slot a pattern leaves empty ("lên án động thái
// này", "对此表示强烈不满"), -1 if none. The pattern's own words lie outside:
// "Trung Quốc cáo buộc" names no one, though "bác bỏ cáo buộc" points back.
int PointsBack(const SentenceView& v, uint32_t from, uint32_t to) {
  const std::vector<NativeSegment>& segs = v.sentence.segments;
  for (size_t k = 0; k < segs.size(); ++k) {
    const NativeSegment& s = segs[k];
    if (s.begin < from || s.begin >= to) continue;
    if (v.BreakBetween(from, s.begin)) break;
    if (SegmentHas(v.lex, s, NativeEntryKind::kDeed)) return static_cast<int>(k);
  }
  return -1;
}

// The first actor right after a word saying what the sentence answers
// ("针对美国和韩国宣布…", "Trước việc Trung Quốc …") before token `before`, -1 if none.
int AnsweredChunk(const SentenceView& v, uint32_t before) {
  for (const NativeSegment& s : v.sentence.segments) {
    if (s.end > before) break;
    if (!SegmentHas(v.lex, s, NativeEntryKind::kAnswer)) continue;
    for (uint32_t id : v.sentence.chunks) {
      const NativeChunk& c = v.chunk(id);
      if (c.begin >= s.end && c.begin <= s.end + 2 && c.end <= before && !c.actors.empty()) return static_cast<int>(id);
    }
  }
  return -1;
}

// The roots of the acts whose words follow the pointing word at segment
// `deed` in its slot, before token `to` ("cuộc tập trận", "这次演习"): the earlier
// act must be one of them.
std::vector<std::string> RootsNamedAfter(const SentenceView& v, size_t deed, uint32_t to) {
  const std::vector<NativeSegment>& segs = v.sentence.segments;
  std::vector<std::string> roots;
  for (size_t k = deed; k < segs.size() && segs[k].begin <= segs[deed].end + 3 && segs[k].begin < to; ++k) {
    if (k > deed && v.BreakBetween(segs[deed].end, segs[k].begin)) break;
    for (uint32_t e : v.Entries(segs[k])) {
      const std::vector<uint32_t>* patterns = v.lex.PatternsHeadedBy(e);
      if (patterns == nullptr) continue;
      for (uint32_t pid : *patterns) {
        std::string root = v.lex.pattern(pid).code.substr(0, 2);
        if (std::find(roots.begin(), roots.end(), root) == roots.end()) roots.push_back(std::move(root));
      }
    }
  }
  return roots;
}

// The chunk right after a "将"/"把" of the clause before token `before`,
// -1 if none; the word's token in *ba.
int BaObject(const SentenceView& v, uint32_t before, uint32_t* ba) {
  for (const NativeSegment& s : v.sentence.segments) {
    if (s.end >= before) break;
    if (!SegmentHas(v.lex, s, NativeEntryKind::kBa) || v.BreakBetween(s.end, before)) continue;
    for (uint32_t id : v.sentence.chunks) {
      const NativeChunk& c = v.chunk(id);
      if (c.begin != s.end || c.end > before || c.actors.empty()) continue;
      *ba = s.begin;
      return static_cast<int>(id);
    }
  }
  return -1;
}

bool Match(const SentenceView& v, const NativePattern& p, size_t head_seg, bool chinese, NativeAct* act) {
  const std::vector<NativeSegment>& segs = v.sentence.segments;
  const uint32_t gap = MaxGap(chinese);
  std::vector<int> at(p.elements.size(), -1);  // literal elements: segment index
  at[p.head] = static_cast<int>(head_seg);
  for (size_t j = p.head; j-- > 0;) {
    if (p.elements[j].kind != Element::kLiteral) continue;
    size_t right = 0, right_element = j + 1;
    for (size_t r = j + 1; r < p.elements.size(); ++r) {
      if (at[r] >= 0) {
        right = static_cast<size_t>(at[r]);
        right_element = r;
        break;
      }
    }
    at[j] = v.FindLeft(p.elements[j].entry, right, segs[right].begin, gap, p.elements[right_element].across_comma);
    if (at[j] < 0) return false;
  }
  for (size_t j = p.head + 1; j < p.elements.size(); ++j) {
    if (p.elements[j].kind != Element::kLiteral) continue;
    size_t left = p.head;
    for (size_t l = j; l-- > 0;) {
      if (at[l] >= 0) {
        left = static_cast<size_t>(at[l]);
        break;
      }
    }
    at[j] = v.FindRight(p.elements[j].entry, left + 1, segs[left].end, gap, p.elements[j].across_comma);
    if (at[j] < 0) return false;
  }
  for (size_t j = 0; j < p.elements.size(); ++j) {
    if (at[j] < 0) continue;
    const NativeSegment& first = segs[static_cast<size_t>(at[j])];
    bool own = false;
    if (first.entries != nullptr) {
      for (uint32_t e : *first.entries) own = own || e == p.elements[j].entry;
    }
    act->first_in_phrase = !own;
    break;
  }
  act->begin = act->head_begin = segs[static_cast<size_t>(at[p.head])].begin;
  act->end = act->head_end = segs[static_cast<size_t>(at[p.head])].end;
  for (size_t j = 0; j < p.elements.size(); ++j) {
    if (at[j] < 0) continue;
    act->begin = std::min(act->begin, segs[static_cast<size_t>(at[j])].begin);
    act->end = std::max(act->end, segs[static_cast<size_t>(at[j])].end);
  }
  for (size_t j = 0; j < p.elements.size(); ++j) {
    const Element& el = p.elements[j];
    if (el.kind == Element::kLiteral) continue;
    int chunk = -1;
    bool first = j == 0, last = j + 1 == p.elements.size();
    if (first) {
      chunk = SubjectBefore(v, segs[static_cast<size_t>(at[1])].begin);
    } else if (last) {
      uint32_t from = segs[static_cast<size_t>(at[j - 1])].end;
      if (el.across_comma && from < v.sentence.end && v.story.tokens[from].key == ",") ++from;
      chunk = ObjectAfter(v, from, MaxObjectGap(chinese));
    } else {
      chunk = ChunkWithin(v, segs[static_cast<size_t>(at[j - 1])].end, segs[static_cast<size_t>(at[j + 1])].begin);
    }
    // "中国海警…将其驱离": the object put before the verb.
    if (chunk < 0 && el.kind == Element::kTarget && last) {
      chunk = BaObject(v, segs[static_cast<size_t>(at[j - 1])].begin, &act->ba);
      if (chunk >= 0 && act->source == chunk) act->source = SubjectBefore(v, act->ba);
    }
    if (chunk < 0 && el.kind == Element::kTarget && !first) {
      const uint32_t from = segs[static_cast<size_t>(at[j - 1])].end;
      const uint32_t to = last ? from + 3 : segs[static_cast<size_t>(at[j + 1])].begin;
      int deed = PointsBack(v, from, to);
      if (deed >= 0) {
        act->target_told_before = true;
        act->told_roots = RootsNamedAfter(v, static_cast<size_t>(deed), last ? v.sentence.end : to);
        act->answered = AnsweredChunk(v, act->begin);
        continue;
      }
      // A verb left without its object ("中方表示强烈不满、坚决反对。", "Việt Nam
      // kiên quyết phản đối, yêu cầu …") answers what the story just told.
      // (A closing quote may stand between: "中方不予接受」。")
      uint32_t after = from;
      while (after < v.sentence.end && v.story.tokens[after].kind == NativeTokenKind::kPunct &&
             !IsClauseBreak(v.story.tokens[after]) && v.story.tokens[after].key != "、") {
        ++after;
      }
      if (last && (after == v.sentence.end || IsClauseBreak(v.story.tokens[after]) || v.story.tokens[after].key == "、")) {
        act->target_told_before = true;
        act->object_left_out = true;
        act->answered = AnsweredChunk(v, act->begin);
        continue;
      }
    }
    if (chunk < 0) return false;
    (el.kind == Element::kSource ? act->source : act->target) = chunk;
  }
  // One acts on another: an earlier clause's subject of the target's own state
  // ("陆委会表示，中共应正视…，并呼吁北京约束其船只") gives way to the sentence's.
  if (p.elements[0].kind == Element::kSource && act->source >= 0 && act->target >= 0 &&
      act->source != act->target && SameState(v, act->source, act->target) &&
      v.BreakBetween(v.chunk(static_cast<uint32_t>(act->source)).end, segs[static_cast<size_t>(at[1])].begin)) {
    const int first = FirstSubject(v, segs[static_cast<size_t>(at[1])].begin);
    if (first >= 0 && !SameState(v, first, act->target)) act->source = first;
  }
  return act->source >= 0;
}

// A mode word between the subject (or the clause's start) and the head: a
// negation anywhere there ("không có kế hoạch gặp"), else the nearest.
std::string ModeBefore(const SentenceView& v, const NativeAct& act) {
  uint32_t from = act.source >= 0 && v.chunk(static_cast<uint32_t>(act.source)).end <= act.begin
                      ? v.chunk(static_cast<uint32_t>(act.source)).end
                      : v.sentence.begin;
  // A subject carried into a later clause carries its mode word too: "双方同意
  // 加快落实协定，扩大联合演习" agrees to both.
  const bool carried = act.source >= 0 && from == v.chunk(static_cast<uint32_t>(act.source)).end &&
                       v.BreakBetween(from, act.begin);
  // …but not past a word that sets its clause apart ("否则"): "要求日方纠正，否则
  // 后果由日方承担" demands the one and threatens the other.
  for (const NativeSegment& s : v.sentence.segments) {
    uint32_t id = 0;
    if (carried && s.begin >= from && s.end <= act.begin && SegmentHas(v.lex, s, NativeEntryKind::kClause, &id) &&
        v.lex.entry(id).apart) {
      from = s.end;
    }
  }
  std::string mode;
  for (const NativeSegment& s : v.sentence.segments) {
    if (s.begin < from || (s.end > act.begin && !(act.first_in_phrase && s.begin == act.begin))) continue;
    if (!carried && v.BreakBetween(s.end, act.begin)) continue;
    uint32_t id = 0;
    if ((act.ba != 0 && s.begin == act.ba) || !SegmentHas(v.lex, s, NativeEntryKind::kMode, &id)) continue;
    // "claim" says the next clause is alleged, "anniversary" dates a founding: see FindNativeActs.
    if (v.lex.entry(id).mode == "claim" || v.lex.entry(id).mode == "anniversary") continue;
    // Only a mode that asks or intends spans a list of verbs ("同意加快…，扩大…");
    // a negation, a halt, a refusal or a try is its clause's: "发布所谓"规则"，
    // 将…纳入管制" did the second, "停止武装台湾，支持中国和平统一" asks the support.
    const std::string& m = v.lex.entry(id).mode;
    const bool clause_only = m == "negate" || m == "halt" || m == "reject" || m == "attempt";
    if (clause_only && carried && v.BreakBetween(s.end, act.begin)) continue;
    if (m == "negate") return m;
    mode = m;  // the nearest wins
  }
  return mode;
}

// An act a number of years marks is an anniversary, no act of the story:
// "kỷ niệm 75 năm thiết lập quan hệ ngoại giao" (the years before its words),
// "中澳建交50周年" (after them).
bool IsAnniversary(const SentenceView& v, const NativeAct& act) {
  auto number = [&](uint32_t t) {
    return t >= v.sentence.begin && t < v.sentence.end && v.story.tokens[t].kind == NativeTokenKind::kNumber;
  };
  for (const NativeSegment& s : v.sentence.segments) {
    uint32_t id = 0;
    if (!SegmentHas(v.lex, s, NativeEntryKind::kMode, &id) || v.lex.entry(id).mode != "anniversary") continue;
    if ((s.end == act.begin || (s.begin >= act.end && s.begin <= act.end + 1)) && number(s.begin - 1)) return true;
  }
  return false;
}

// "越方的慰问和支持", "中方长期以来对朝鲜的支持": an act told as a noun, a "的"
// between its subject and its word.
bool NamedByOf(const SentenceView& v, const NativeAct& act) {
  if (act.source < 0) return false;
  const uint32_t from = v.chunk(static_cast<uint32_t>(act.source)).end;
  for (const NativeSegment& s : v.sentence.segments) {
    if (s.begin >= from && s.end <= act.head_begin && SegmentHas(v.lex, s, NativeEntryKind::kOf)) return true;
  }
  return false;
}

// "lên án cuộc tấn công của Iran", "谴责这次演习": an act told as a noun right
// after another act's words is that act's object, not an act of its subject.
// The pointing word stands right before the act's words, after the other
// act's first word (which may span it: "lên án ... của $T").
bool IsObjectOfAnother(const SentenceView& v, const NativeAct& act, const std::vector<NativeAct>& acts) {
  // "菲外交部对中方船只使用水炮表示强烈抗议": an act told inside a reaction of the
  // same subject (praise or thanks, demand, disapproval, rejection), or told as
  // a noun ("感谢越方的慰问和支持"), is what it reacts to.
  for (const NativeAct& other : acts) {
    const std::string& code = v.lex.pattern(other.pattern).code;
    const bool reaction = code.compare(0, 3, "051") == 0 || code.compare(0, 2, "10") == 0 ||
                          code.compare(0, 2, "11") == 0 || code.compare(0, 2, "12") == 0;
    if (!reaction) continue;
    // "感谢越方的慰问和支持": the object's own act, told as a noun after the verb.
    if (other.target >= 0 && act.source == other.target && act.begin >= other.end && NamedByOf(v, act) &&
        !v.BreakBetween(other.end, act.begin)) {
      return true;
    }
    // (Its word inside the reaction's gap: "đề nghị" of "đề nghị $T tôn trọng" is no act told.)
    if (other.begin >= act.head_begin || act.end > other.head_begin) continue;
    if (other.source == act.source || NamedByOf(v, act)) return true;
  }
  for (const NativeSegment& s : v.sentence.segments) {
    if (s.end > act.begin || act.begin - s.end > 1 || !SegmentHas(v.lex, s, NativeEntryKind::kDeed)) continue;
    for (const NativeAct& other : acts) {
      if (other.begin < s.begin && s.begin - other.begin <= 8 && !v.BreakBetween(other.begin, act.begin)) return true;
    }
  }
  return false;
}

// A pattern whose gap crosses a comma ("$S 表示 ,... $T ,... 非法") is loose:
// another act told inside it is the nearer verb and says what its words
// are about ("表示，中方敦促越方立即停止…非法建设" is a demand, no accusation).
bool SpansAnother(const NativeLexicon& lex, const NativeAct& act, const std::vector<NativeAct>& acts) {
  bool loose = false;
  for (const Element& el : lex.pattern(act.pattern).elements) loose = loose || el.across_comma;
  if (!loose) return false;
  for (const NativeAct& other : acts) {
    if (other.begin > act.begin && other.end < act.end) return true;
  }
  return false;
}

// "越南外交部召见中国驻越大使提出抗议", "王毅会见苏林时表示": a verb right after
// the one summoned or met is the summoner's (no pivot, as after "邀请").
// "Thứ trưởng … đã gặp Đại sứ Trung Quốc …, trao công hàm phản đối": a verb whose
// subject comes from before the meeting is the one who met, on the one met.
void SerialVerbsAfterMeetings(const SentenceView& v, bool chinese, std::vector<NativeAct>* acts) {
  for (NativeAct& second : *acts) {
    for (const NativeAct& first : *acts) {
      const std::string& code = v.lex.pattern(first.pattern).code;
      const bool meeting = code.compare(0, 3, "114") == 0 || code.compare(0, 2, "04") == 0;
      if (!meeting || first.target < 0 || first.source < 0 || second.source < 0 || second.begin < first.end) continue;
      const NativeChunk& met = v.chunk(static_cast<uint32_t>(first.target));
      const bool pivot = chinese && second.source == first.target && !v.BreakBetween(met.end, second.begin);
      const bool carried = code.compare(0, 2, "04") == 0 &&
                           v.chunk(static_cast<uint32_t>(second.source)).end <= v.chunk(static_cast<uint32_t>(first.source)).begin &&
                           v.BreakBetween(met.end, second.begin);
      if (!pivot && !carried) continue;
      second.source = first.source;
      if (carried && second.target_told_before && second.answered < 0) {
        second.target = first.target;
        second.target_told_before = false;
      }
    }
  }
}

}  // namespace

std::vector<NativeAct> FindNativeActs(const NativeLexicon& lex, const NativeStory& story, size_t index, bool chinese) {
  const NativeSentence& sentence = story.sentences[index];
  const SentenceView v(lex, story, sentence, chinese);
  std::vector<NativeAct> acts;
  for (size_t k = 0; k < sentence.segments.size(); ++k) {
    const NativeSegment& seg = sentence.segments[k];
    if (seg.entries == nullptr) continue;
    NativeAct best;
    size_t best_score = 0;
    for (uint32_t e : v.Entries(seg)) {
      const std::vector<uint32_t>* patterns = lex.PatternsHeadedBy(e);
      if (patterns == nullptr) continue;
      for (uint32_t pid : *patterns) {
        const NativePattern& p = lex.pattern(pid);
        // More words first, then a pattern that names its target ("có cuộc gặp $T"
        // before "có cuộc gặp" of a pair), then one of a pair before a target
        // left out ("trao đổi điện mừng." is the pair's); the first listed among equals.
        size_t score = 0;
        for (const Element& el : p.elements) score += el.kind == Element::kLiteral ? 4 : 2 * (el.kind == Element::kTarget);
        if (score <= best_score) continue;
        NativeAct act;
        act.pattern = pid;
        if (!Match(v, p, k, chinese, &act)) continue;
        if (act.object_left_out) score -= 3;
        if (score <= best_score) continue;
        best = act;
        best_score = score;
      }
    }
    if (best_score == 0) continue;
    best.mode = ModeBefore(v, best);
    // "đề nghị phía Indonesia sớm trả tự do …", "敦促美方停止 …": an act asked of
    // its subject has not happened, and "Ukraine cáo buộc Nga tấn công …" one
    // alleged is not known to have; the asking and the accusing are coded by
    // their own patterns.
    const NativeChunk& subject = v.chunk(static_cast<uint32_t>(best.source));
    if (subject.begin > sentence.begin && subject.end <= best.begin) {
      for (const NativeSegment& s : sentence.segments) {
        uint32_t id = 0;
        if (s.end != subject.begin || !SegmentHas(lex, s, NativeEntryKind::kMode, &id)) continue;
        const std::string& m = lex.entry(id).mode;
        if (m == "appeal" || m == "demand" || m == "claim") best_score = 0;
      }
    }
    if (best_score == 0) continue;
    if (lex.pattern(best.pattern).consequence && (best.condition = v.ConditionActor(best.begin)) < 0) continue;
    acts.push_back(best);
  }
  SerialVerbsAfterMeetings(v, chinese, &acts);
  // Judged against every act found, before any is dropped.
  std::vector<NativeAct> kept;
  for (const NativeAct& act : acts) {
    if (!IsAnniversary(v, act) && !IsObjectOfAnother(v, act, acts) && !SpansAnother(lex, act, acts)) kept.push_back(act);
  }
  return kept;
}

}  // namespace dyad
