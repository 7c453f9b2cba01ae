#include "native/native_coder.h"

#include <cstdio>
#include <cstdlib>
#include <unordered_set>

#include "events/event_sink.h"
#include "native/native_dates.h"
#include "native/native_patterns.h"
#include "native/native_records.h"
#include "text/folding.h"
#include "text/language_id.h"
#include "util/env_flag.h"

namespace dyad {
namespace {

bool IsChinese(std::string_view lang) { return PrimaryLanguage(lang) == "zh"; }

// The state an outlet writing in `lang` reports from, for institutions named
// without their state ("外交部", "Bộ Ngoại giao"): Vietnamese copy is Việt
// Nam's, simplified Chinese the mainland's, traditional Chinese Taiwan's (Hong
// Kong's papers name themselves: "明報", "星島" are outlets of the mainland's,
// see OutletHome).
std::string HomeState(std::string_view lang) {
  if (lang == "vi") return "VNM";
  if (lang == "zh") return "CHN";
  if (lang == "zh-Hant") return "TWN";
  return "";
}

Mode ModeNamed(std::string_view name) {
  if (name == "intent") return Mode::kIntent;
  if (name == "appeal") return Mode::kAppeal;
  if (name == "demand") return Mode::kDemand;
  if (name == "reject") return Mode::kReject;
  if (name == "threaten") return Mode::kThreaten;
  if (name == "halt") return Mode::kHalt;
  return Mode::kAttempt;
}

// The date of `act` among its sentence's dates: the day nearest its words
// (a dateline's only when the sentence names no other); "cùng ngày"/"同日"
// or none, the narrative day; a month or year only when it is not the
// narrative's own (then it is history, or the plan of a later year, which no
// act of this story happened on).
const NativeDate* ActDate(const std::vector<NativeDate>& dates, const NativeAct& act, const NativeDate* narrative,
                          Day story_day, const std::vector<NativeToken>& tokens) {
  // A day told after the act, past a clause break, is the next clause's ("9月7日，
  // …冲撞中国渔船，并于8日凌晨…抓扣"): only when no other day is told.
  auto later_clause = [&](const NativeDate& d) {
    for (size_t t = act.end; t < d.begin; ++t) {
      if (IsClauseBreak(tokens[t])) return true;
    }
    return false;
  };
  const NativeDate* best = nullptr;
  uint32_t best_gap = 0;
  for (int pass = 0; pass < 3; ++pass) {
    const bool datelines = pass == 2;
    for (const NativeDate& d : dates) {
      if (d.same_day || d.dateline != datelines || d.precision != NativeDate::kDay) continue;
      if (pass == 0 && later_clause(d)) continue;
      uint32_t gap = d.end <= act.begin ? act.begin - static_cast<uint32_t>(d.end)
                     : d.begin >= act.end ? static_cast<uint32_t>(d.begin) - act.end
                                          : 0;
      if (best == nullptr || gap < best_gap) best = &d, best_gap = gap;
    }
    if (best != nullptr) return best;
  }
  for (const NativeDate& d : dates) {
    if (d.same_day || d.precision == NativeDate::kDay) continue;
    if (story_day != 0 && d.first > story_day) continue;  // a goal ("đến năm 2030"), not the act's day
    if (narrative != nullptr && d.first <= narrative->first && narrative->first <= d.last) return narrative;
    return &d;
  }
  return narrative;
}

// DYAD_DEBUG_EVENTS: a sentence's chunks and acts on stderr.
void DebugSentence(const std::string& text, const NativeStory& story, size_t si, const NativeLexicon& lex,
                   const std::vector<NativeAct>& acts) {
  auto span = [&](uint32_t b, uint32_t e) {
    return text.substr(story.tokens[b].begin, story.tokens[e - 1].end - story.tokens[b].begin);
  };
  const NativeSentence& s = story.sentences[si];
  std::fprintf(stderr, "sentence %zu\n", si);
  for (uint32_t id : s.chunks) {
    const NativeChunk& c = story.chunks[id];
    std::string codes;
    for (const ResolvedActor& a : c.actors) codes += " " + a.code;
    std::fprintf(stderr, "  chunk %u [%s]%s%s%s\n", id, span(c.begin, c.end).c_str(), codes.c_str(),
                 c.after_prep ? " after-prep" : "", c.joined_to_previous ? " joined" : "");
  }
  for (const NativeAct& a : acts) {
    const NativePattern& p = lex.pattern(a.pattern);
    std::fprintf(stderr, "  act %s %s [%s] source %d target %d mode %s\n", p.code.c_str(), p.where.c_str(),
                 span(a.begin, a.end).c_str(), a.source, a.target, a.mode.c_str());
  }
}

// The actors of chunk `c` and of the chunks joined to it ("Mỹ và Hàn Quốc",
// "泰国和柬埔寨"), those after it only up to token `limit`.
std::vector<const ResolvedActor*> Party(const NativeStory& story, size_t c, uint32_t limit) {
  std::vector<const ResolvedActor*> out;
  size_t first = c, last = c;
  while (first > 0 && story.chunks[first].joined_to_previous && story.chunks[first - 1].sentence == story.chunks[c].sentence) {
    --first;
  }
  while (last + 1 < story.chunks.size() && story.chunks[last + 1].joined_to_previous &&
         story.chunks[last + 1].end <= limit) {
    ++last;
  }
  for (size_t k = first; k <= last; ++k) {
    for (const ResolvedActor& a : story.chunks[k].actors) out.push_back(&a);
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<NativeCoder>> NativeCoder::Load(const std::string& data_dir, const ActorDictionary* dictionary) {
  std::unique_ptr<NativeCoder> c(new NativeCoder());
  c->dictionary_ = dictionary;
  // The process's one OpenCC instance, which search and the index share.
  c->han_ = DefaultHanConverter();
  if (c->han_ == nullptr) return HanConverter::Open().status();
  Result<std::unique_ptr<Codebook>> book = Codebook::Load(data_dir + "/events/cameo.tsv");
  if (!book.ok()) return book.status();
  c->codebook_ = std::move(book).value();
  std::unordered_set<std::string> codes;
  for (const std::string& code : c->codebook_->Codes()) codes.insert(code);
  Result<std::unique_ptr<ModeTable>> modes = ModeTable::Load(data_dir + "/events/mode_codes.tsv", codes);
  if (!modes.ok()) return modes.status();
  c->modes_ = std::move(modes).value();
  for (bool chinese : {false, true}) {
    std::string dir = data_dir + (chinese ? "/native/zh" : "/native/vi");
    Result<std::unique_ptr<NativeLexicon>> lex = NativeLexicon::Load(dir, *dictionary, c->han_, !chinese);
    if (!lex.ok()) return lex.status();
    for (size_t p = 0; p < (*lex)->pattern_count(); ++p) {
      if (c->codebook_->Find((*lex)->pattern(p).code) == nullptr) {
        return Status::InvalidArgument((*lex)->pattern(p).where + ": code " + (*lex)->pattern(p).code +
                                       " is not in the codebook");
      }
      if (!(*lex)->pattern(p).to.empty() && dictionary->CountryByIso((*lex)->pattern(p).to) == nullptr) {
        return Status::InvalidArgument((*lex)->pattern(p).where + ": unknown state " + (*lex)->pattern(p).to);
      }
    }
    (chinese ? c->zh_ : c->vi_) = std::move(lex).value();
  }
  return c;
}

bool NativeCoder::Reads(std::string_view lang) const { return lang == "vi" || IsChinese(lang); }

NativeAnalysis NativeCoder::Analyze(const Document& doc, const std::vector<SentenceSpan>& sentences) const {
  NativeAnalysis out;
  const bool chinese = IsChinese(doc.lang);
  const NativeLexicon& lex = lexicon(chinese);
  std::string folded = FoldString(doc.text);
  out.folded_body = chinese ? HanIndexForm(folded, han_) : std::move(folded);

  const Day story_day = doc.published.size() >= 10 ? ParseDay(std::string_view(doc.published).substr(0, 10), false) : 0;
  NativeStory story;
  for (const SentenceSpan& span : sentences) {
    NativeSentence s;
    s.begin = static_cast<uint32_t>(story.tokens.size());
    std::vector<NativeToken> tokens = NativeTokenize(doc.text, span.begin, span.end, han_);
    for (NativeToken& t : tokens) story.tokens.push_back(std::move(t));
    s.end = static_cast<uint32_t>(story.tokens.size());
    story.sentences.push_back(std::move(s));
  }
  std::vector<std::vector<NativeDate>> dates;
  for (const NativeSentence& s : story.sentences) {
    dates.push_back(FindNativeDates(story.tokens, s.begin, s.end, story_day, chinese));
  }
  // The dateline's place ("新华社河内1月26日电", "（中央社記者…台北26日電）") is where
  // the story was filed, no actor of it.
  uint32_t dateline_end = 0;
  if (!dates.empty()) {
    for (const NativeDate& d : dates[0]) {
      if (d.dateline) dateline_end = static_cast<uint32_t>(d.end);
    }
  }
  FindNativeActors(lex, *dictionary_, doc.text, story_day, HomeState(doc.lang), chinese, dateline_end, &story);

  ToldActs told;
  NativeRecordBuilder records(doc, *codebook_, *dictionary_);
  static const bool debug = EnvFlag("DYAD_DEBUG_EVENTS");
  // The day the story last named: a sentence that names none tells of it
  // still ("Tại buổi tiếp, …", "会见中，…"). Before the story names one, the
  // lead's day (its first few sentences: a headline has none of its own),
  // else the dateline's.
  bool have_day = false;
  NativeDate narrative;
  // An anniversary's founding day ("(18/1/1950 - 18/1/2025)") is no lead.
  auto current = [&](const NativeDate& d) {
    return story_day == 0 || (d.first >= story_day - 10000 && d.first <= story_day + 10000);
  };
  for (size_t si = 0; si < dates.size() && si < 3 && !have_day; ++si) {
    for (const NativeDate& d : dates[si]) {
      if (!d.same_day && !d.dateline && d.precision == NativeDate::kDay && current(d)) narrative = d, have_day = true;
      if (have_day) break;
    }
  }
  for (size_t si = 0; si < dates.size() && !have_day; ++si) {
    for (const NativeDate& d : dates[si]) {
      if (d.dateline) narrative = d, have_day = true;
    }
  }
  // A dated act moves the narrative day for the rest of its paragraph; a new
  // paragraph that names no day of its own is back on the lead's ("习近平于
  // 10月30日抵达韩国" is a flashback, the talks of the next paragraph are the lead's).
  const bool have_lead = have_day;
  const NativeDate lead = narrative;
  for (size_t si = 0; si < story.sentences.size(); ++si) {
    bool moved = false;  // the narrative day moves with the first dated act of a sentence
    if (si > 0 && doc.text.find('\n', sentences[si - 1].end) < sentences[si].begin) {
      have_day = have_lead;
      narrative = lead;
    }
    const NativeSentence& s = story.sentences[si];
    // Days counted from the story's ("次日", "hôm sau") become days.
    for (NativeDate& d : dates[si]) {
      if (!d.same_day || !have_day) continue;
      d.first = d.last = AddDays(narrative.first, d.offset);
      d.precision = NativeDate::kDay;
      d.same_day = false;
    }
    // A sentence that opens on its day ("27日，潘文江率…", "Chiều 26/1, …") moves
    // the narrative with it, acts coded or not.
    for (const NativeDate& d : dates[si]) {
      if (d.begin <= s.begin + 2 && d.precision == NativeDate::kDay && !d.same_day && !d.dateline && current(d)) {
        narrative = d;
        have_day = true;
        moved = true;
      }
    }
    // "8日" after "9月7日": the narrative's month, not the story's.
    for (NativeDate& d : dates[si]) {
      if (!d.month_unwritten || !have_day || narrative.precision != NativeDate::kDay || d.begin < narrative.end) {
        continue;
      }
      const int y = YearOf(narrative.first), m = MonthOf(narrative.first), day = DayOfMonth(d.first);
      if (MonthOf(d.first) == m || !IsValidDay(y, m, day) || MakeDay(y, m, day) < narrative.first) continue;
      d.first = d.last = MakeDay(y, m, day);
    }
    std::vector<NativeAct> acts = FindNativeActs(lex, story, si, chinese);
    if (debug) DebugSentence(doc.text, story, si, lex, acts);
    for (const NativeAct& act : acts) {
      const NativePattern& p = lex.pattern(act.pattern);
      std::string code = p.code;
      const NativeDate* date = ActDate(dates[si], act, have_day ? &narrative : nullptr, story_day, story.tokens);
      if (date != nullptr && date != &narrative && date->precision == NativeDate::kDay && !moved) {
        narrative = *date;
        have_day = true;
        moved = true;
        date = &narrative;
      }
      if (act.mode == "negate") continue;  // an act the text says did not happen
      if (p.consequence) {
        // What the condition's actor will meet: a threat, whatever the mode words say.
        if (code.compare(0, 2, "13") != 0) code = modes_->Apply(ModeNamed("threaten"), code);
        if (code.empty()) continue;
      } else if (!act.mode.empty() && !(act.mode == "intent" && code.compare(0, 2, "13") == 0)) {
        // (A threat said in the future is the threat: "一切后果将由日方承担".)
        code = modes_->Apply(ModeNamed(act.mode), code);
        if (code.empty()) continue;
      }
      const NativeChunk& src = story.chunks[static_cast<size_t>(act.source)];
      std::vector<std::pair<const ResolvedActor*, const ResolvedActor*>> pairs;
      ResolvedActor named_target;
      const CameoCode* cameo = codebook_->Find(code);
      if (cameo == nullptr) continue;
      if (act.target_told_before) {
        // Only words answer an earlier act ("lên án", "对此表示感谢"): a seizure
        // or a gift is no reaction to whatever the story told last.
        if (cameo->quad_class != 1 && cameo->quad_class != 3) continue;
        // A noun at a clause's end is no verb missing its object ("应对朝鲜的核导威胁，"):
        // without a pointing word, only the roots of reaction answer (05, 11, 12).
        if (act.object_left_out && cameo->code.compare(0, 2, "05") != 0 && cameo->code.compare(0, 2, "11") != 0 &&
            cameo->code.compare(0, 2, "12") != 0) {
          continue;
        }
        const uint32_t before_act = act.begin > src.end ? act.begin : s.end;
        std::vector<const ResolvedActor*> subject = Party(story, static_cast<size_t>(act.source), before_act);
        std::vector<const ResolvedActor*> answered;
        if (act.answered >= 0) {  // named by the sentence: "针对美国和韩国…"
          for (const ResolvedActor* b : Party(story, static_cast<size_t>(act.answered), act.begin)) answered.push_back(b);
        } else {
          answered = told.DoersOfLatest(subject, cameo->goldstein < 0, act.told_roots, static_cast<int>(si));
        }
        // "美国…一再插手南海事务，中方对此坚决反对": what no act of the lexicon
        // told, the sentence's opening clause did; its subject is the doer.
        if (answered.empty() && !act.object_left_out) {
          for (uint32_t id : s.chunks) {
            const NativeChunk& c = story.chunks[id];
            if (c.begin >= src.begin || c.after_prep || c.actors.empty()) continue;
            if (c.actors.size() == 1) answered.push_back(&c.actors[0]);
            break;
          }
        }
        for (const ResolvedActor* b : answered) {
          for (const ResolvedActor* a : subject) {
            if (a->country != b->country) pairs.emplace_back(a, b);
          }
        }
      } else if (act.target < 0 && act.condition >= 0) {
        for (const ResolvedActor* a : Party(story, static_cast<size_t>(act.source), s.end)) {
          for (const ResolvedActor* b : Party(story, static_cast<size_t>(act.condition), s.end)) {
            if (a->country != b->country) pairs.emplace_back(a, b);
          }
        }
      } else if (act.target < 0 && !p.to.empty()) {
        named_target.country = p.to;
        named_target.code = p.to;
        const CountryEntry* c = dictionary_->CountryByIso(p.to);
        named_target.name = c != nullptr ? c->name : p.to;
        for (const ResolvedActor& a : src.actors) pairs.emplace_back(&a, &named_target);
      } else if (act.target >= 0) {
        const uint32_t before_act = act.begin > story.chunks[static_cast<size_t>(act.source)].end ? act.begin : s.end;
        for (const ResolvedActor* a : Party(story, static_cast<size_t>(act.source), before_act)) {
          for (const ResolvedActor* b : Party(story, static_cast<size_t>(act.target), s.end)) {
            if (a == b) continue;
            pairs.emplace_back(a, b);
            // "Trung Quốc sẵn sàng hợp tác với Việt Nam": the intent is the subject's alone.
            if (p.mutual && act.mode.empty()) pairs.emplace_back(b, a);
            if (p.hosts && act.mode.empty()) {
              records.Add(*b, *a, "042", date, story_day, sentences[si], static_cast<int>(si));
            }
          }
        }
      } else {
        // A joint act: the two parties of a pair, or two actors joined ("A và B").
        const ResolvedActor* a = nullptr;
        const ResolvedActor* b = nullptr;
        if (src.actors.size() == 2) {
          a = &src.actors[0], b = &src.actors[1];
        } else if (src.joined_to_previous && act.source > 0 && !story.chunks[act.source - 1].actors.empty()) {
          a = &story.chunks[act.source - 1].actors[0], b = &src.actors[0];
        } else if (static_cast<size_t>(act.source + 1) < story.chunks.size() &&
                   story.chunks[act.source + 1].joined_to_previous && !story.chunks[act.source + 1].actors.empty() &&
                   story.chunks[act.source + 1].begin < act.begin) {
          a = &src.actors[0], b = &story.chunks[act.source + 1].actors[0];
        }
        if (a == nullptr) continue;
        pairs.emplace_back(a, b);
        // "hai bên đã nhất trí sẽ ký": both parties intend the joint act; an appeal or demand is one's.
        if (act.mode.empty() || act.mode == "intent") pairs.emplace_back(b, a);
      }
      told.Add(pairs, *cameo, static_cast<int>(si));
      for (const auto& [a, b] : pairs) {
        records.Add(*a, *b, code, date, story_day, sentences[si], static_cast<int>(si));
        // A visit made is a visit hosted: "thăm chính thức Việt Nam" is Việt Nam's 043 too.
        // (Tourists make no visit, so none is hosted.)
        if (code == "042" && b != nullptr && !(a->sector == "CVL" && a->person < 0)) {
          records.Add(*b, *a, "043", date, story_day, sentences[si], static_cast<int>(si));
        }
      }
    }
  }
  out.events = std::move(records).Finish();

  for (const NativeChunk& c : story.chunks) {
    if (c.actors.empty()) continue;
    const NativeToken& first = story.tokens[c.begin];
    const NativeToken& last = story.tokens[c.end - 1];
    for (const ResolvedActor& a : c.actors) out.mentions.push_back(ActorMention(doc, c.sentence, first.begin, last.end, a, c.how));
  }
  return out;
}

}  // namespace dyad
