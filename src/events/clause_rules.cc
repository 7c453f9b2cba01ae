#include "events/clause_rules.h"

#include <cctype>
#include <unordered_set>

#include "events/verb_classes.h"
#include "events/word_classes.h"

namespace dyad {

bool IsClauseAdverb(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "also",      "again",       "then",      "later",      "further",   "strongly",    "firmly",
      "repeatedly", "immediately", "subsequently", "reportedly", "allegedly", "briefly",  "forcibly",
      "illegally", "not",         "never",     "soon",       "quickly",   "swiftly",     "jointly",
      "officially", "formally",   "publicly",  "recently",   "previously", "already",    "still",
      "yet",       "once",        "twice",     "eventually", "finally",   "promptly",    "temporarily",
      "apparently", "deliberately", "unilaterally", "effectively", "partially", "fully", "just", "n't", "t"};
  if (kWords.count(w) > 0) return true;
  // Any other manner adverb: "was sharply criticised", "bitterly
  // condemned". Words in -ly that are nouns or verbs are not.
  static const std::unordered_set<std::string_view> kNotAdverbs = {
      "ally", "rally", "supply", "reply", "apply", "comply", "imply", "fly", "family", "assembly", "anomaly",
      "monopoly", "multiply", "tally", "bully", "belly", "jelly", "july", "italy", "only", "early", "daily",
      "weekly", "monthly", "yearly", "likely", "unlikely", "friendly", "elderly", "holy", "ugly", "costly", "deadly",
      "orderly", "lonely", "lovely", "timely", "manly", "silly", "hilly", "woolly", "rely", "dally", "sully"};
  return w.size() >= 6 && w.substr(w.size() - 2) == "ly" && kNotAdverbs.count(w) == 0;
}

uint32_t SkipAdverbsBack(const DocumentContext& ctx, uint32_t begin, uint32_t verb) {
  uint32_t i = verb;
  while (i > begin && (ctx.flags[i - 1] & kWordAdverb) != 0) --i;
  return i;
}

bool IsQuestion(const DocumentContext& ctx, uint32_t begin, uint32_t end) {
  for (uint32_t i = end; i > begin; --i) {
    std::string_view w = ctx.r.tokens.text(i - 1);
    if (w == "\"" || w == ")" || w == "'") continue;
    return w == "?";
  }
  return false;
}

bool IsSportsCopy(const DocumentContext& ctx, uint32_t begin, uint32_t end) {
  const DocumentTokens& t = ctx.r.tokens;
  auto number = [&](uint32_t i) {
    std::string_view w = t.text(i);
    return !w.empty() && w.size() <= 2 && std::isdigit(static_cast<unsigned char>(w[0]));
  };
  // "the match between Brazil and Chile", "a qualifier against Iran":
  // a game between two states' teams.
  auto game = [](std::string_view w) {
    return w == "match" || w == "game" || w == "fixture" || w == "friendly" || w == "qualifier" ||
           w == "semi-final" || w == "semifinal" || w == "quarter-final" || w == "derby";
  };
  for (uint32_t i = begin; i + 2 < end; ++i) {
    if (number(i) && t.text(i + 1) == "-" && number(i + 2)) return true;
    if (game(t.text(i)) && (t.text(i + 1) == "between" || t.text(i + 1) == "against")) return true;
  }
  return false;
}

bool InCondition(const DocumentContext& ctx, uint32_t begin, uint32_t verb) {
  const DocumentTokens& t = ctx.r.tokens;
  for (uint32_t i = verb; i > begin; --i) {
    std::string_view w = t.text(i - 1);
    if (w == "," || w == ";" || w == ":") return false;
    if (w == "if" || w == "unless" || w == "whether" || w == "lest" || w == "provided" || w == "providing") return true;
    // "as long as Ankara stopped …", "so long as".
    if (w == "as" && i >= 3 && i - 2 > begin && t.text(i - 2) == "long" &&
        (t.text(i - 3) == "as" || t.text(i - 3) == "so")) {
      return true;
    }
    // "should Russian forces cross into Ukraine", "were Iran to attack": an
    // inverted condition after a comma or a clause.
    if ((w == "should" || w == "were" || w == "had") && i >= 2 && i - 1 > begin) {
      std::string_view before = t.text(i - 2);
      bool opens = before == "," || before == "that" || before == "and";
      bool subject_follows = i < verb && (t.capitalized[i] || t.text(i) == "the");
      if (opens && subject_follows && (w == "should" || t.text(verb - 1) == "to" || w == "had")) return true;
    }
    // "demanded guarantees before Budapest would back the bid": a time
    // clause with a modal is a condition too.
    if (w == "before" || w == "until" || w == "once") {
      for (uint32_t k = i; k < verb; ++k) {
        std::string_view m = t.text(k);
        if (m == "would" || m == "could" || m == "can" || m == "might") return true;
      }
    }
  }
  return false;
}

bool ParticipleForm(const DocumentContext& ctx, uint32_t token) {
  return ParticipleShape(ctx.r.tokens.text(token), ctx.lemmas[token]);
}

bool ParticipleShape(std::string_view form, std::string_view lemma) {
  if (form == lemma) {
    // Base forms that are also participles: "hit", "cut", "shut", "set", "put".
    return form == "hit" || form == "cut" || form == "shut" || form == "set" || form == "put" || form == "cast";
  }
  if (form.size() > 3 && form.substr(form.size() - 3) == "ing") return false;
  if (form.back() == 's' && form.size() > lemma.size() && form.substr(0, lemma.size()) == lemma) return false;
  return true;
}

bool PastForm(const DocumentContext& ctx, uint32_t token) {
  return ctx.r.tokens.text(token) != ctx.lemmas[token] && ParticipleForm(ctx, token);
}

bool AfterCondition(const DocumentContext& ctx, uint32_t begin, uint32_t verb) {
  const DocumentTokens& t = ctx.r.tokens;
  bool comma = false;
  for (uint32_t i = verb; i > begin; --i) {
    std::string_view w = t.text(i - 1);
    if (w == ";" || w == ":" || w == ".") return false;
    if (w == ",") comma = true;
    if (w != "if" && w != "unless") continue;
    // The condition opens the sentence, a quotation or a reported clause,
    // and a comma closes it before the verb ("if anything," is no condition).
    std::string_view before = i - 1 > begin ? t.text(i - 2) : std::string_view();
    std::string_view after = i < verb ? t.text(i) : std::string_view();
    bool opens = before.empty() || before == "\"" || before == "'" || before == "that" || before == "said";
    return opens && comma && after != "anything" && after != "not";
  }
  return false;
}

bool InPassive(const DocumentContext& ctx, uint32_t begin, uint32_t verb) {
  if (!ParticipleForm(ctx, verb)) return false;
  uint32_t i = SkipAdverbsBack(ctx, begin, verb);
  return i > begin && (ctx.flags[i - 1] & kWordBe) != 0;
}

const PatternMatch* GoverningCue(const DocumentContext& ctx, uint32_t begin, const std::vector<PatternMatch>& cues,
                                 const PatternMatch& act) {
  uint32_t at = SkipAdverbsBack(ctx, begin, act.begin);
  // A nominal act may carry its article: "a request for a phone call between …".
  // So may any act read as a noun after a cue: "halted all trade with".
  static const std::unordered_set<std::string_view> kArticles = {
      "a",      "an",     "the",     "new",       "all",  "its",    "their",  "his",  "her",       "any",
      "further", "planned", "scheduled", "bilateral", "state", "official", "direct", "some", "most", "remaining"};
  // And its amount or year, after the article: "cancelled a 10 million pound
  // loan", "froze a $2-billion credit line", "jailed him for the 2019 murder".
  {
    const DocumentTokens& t = ctx.r.tokens;
    auto digit = [&](uint32_t k) { return !t.text(k).empty() && std::isdigit(static_cast<unsigned char>(t.text(k)[0])); };
    uint32_t q = at;
    bool number = false;
    while (q > begin + 1) {
      const std::string_view w = t.text(q - 1);
      const bool part = digit(q - 1) || IsAmountWord(w) || t.JoinedHyphen(q - 1) ||
                        ((w == "," || w == ".") && q >= 2 && digit(q - 2) && digit(q));
      if (!part) break;
      number = number || digit(q - 1);
      --q;
    }
    if (number && q < at && kArticles.count(t.text(q - 1))) at = q;
  }
  // An act read as a noun may be named after its place or its organiser,
  // between the article and the noun: "stayed away from the Cape Town
  // meeting", "skipped the NATO summit".
  uint32_t named = at;
  for (int k = 0; k < 3 && named > begin + 1 && ctx.r.tokens.tokens[named - 1].is_word && ctx.r.tokens.capitalized[named - 1]; ++k) {
    --named;
  }
  if (named < at && kArticles.count(ctx.r.tokens.text(named - 1))) at = named;
  // Or after its owner: "suspended all U.S. government sales of weapons".
  for (uint32_t q = at > begin + 6 ? at - 6 : begin; q + 1 < at; ++q) {
    if (ctx.chunk_end[q] == at && q > begin && kArticles.count(ctx.r.tokens.text(q - 1))) {
      at = q;
      break;
    }
  }
  for (int k = 0; k < 3 && at > begin && kArticles.count(ctx.r.tokens.text(at - 1)); ++k) --at;
  // "agreed to start negotiations", "would order the lifting of sanctions":
  // the cue reaches through a bridge verb (verb_classes.tsv) to the act.
  for (int k = 0; k < 2 && at > begin + 1 && ctx.verb_classes.IsBridge(ctx.r.tokens.text(at - 1)); ++k) {
    at = SkipAdverbsBack(ctx, begin, at - 1);
    for (int a = 0; a < 3 && at > begin && kArticles.count(ctx.r.tokens.text(at - 1)); ++a) --at;
  }
  // "declined to comment on reports that X planned to visit": a denial or
  // doubt earlier in the clause outranks any cue next to the act.
  if (const PatternMatch* doubt = ClauseDoubt(ctx, cues, act)) return doubt;
  const PatternMatch* best = nullptr;
  for (const PatternMatch& c : cues) {
    if (c.end == at || c.end == act.begin || c.end == SkipAdverbsBack(ctx, begin, act.begin)) {
      // The longest cue: "be ready to" over "to"-less "ready"; of two as
      // long, one that codes over one that only blocks.
      bool longer = best == nullptr || c.end - c.begin > best->end - best->begin;
      bool same = best != nullptr && c.end - c.begin == best->end - best->begin;
      if (longer || (same && Blocks(best->pattern->mode) && !Blocks(c.pattern->mode))) {
        best = &c;
      }
    }
  }
  return best;
}

namespace {

// Between a cue and an act, an adverbial clause opens with a subject of its
// own, a state's actor, before the act: "blamed Seoul for the tension after
// South Korean troops fired …", "accused Moscow of terror days after Russian
// missiles struck …". The act is that clause's, told as fact, outside the
// charge or denial; "accused Minsk of aggression after hosting troops" has no
// subject of its own and stays the charge.
bool OwnAdverbialClause(const DocumentContext& ctx, uint32_t from, uint32_t act) {
  for (uint32_t i = from; i + 1 < act; ++i) {
    if (!OpensAdverbialClause(ctx.r.tokens.text(i))) continue;
    for (uint32_t k = i + 1; k < act; ++k) {
      // "after Russian missiles struck": the subject may be the act's own
      // owner, its adjective before the noun the match opens with. A named
      // one only: "accusing France of … after it agreed to deliver …" leaves
      // the act to a pronoun that may stand for either state.
      if (ctx.actor_end_mod[k] != 0 && ctx.r.tokens.capitalized[k]) return true;
    }
  }
  return false;
}

}  // namespace

const PatternMatch* ClauseDoubt(const DocumentContext& ctx, const std::vector<PatternMatch>& cues,
                                const PatternMatch& act) {
  // "denied that its vessels rammed …": a denial or doubt earlier in the
  // clause, with no comma between.
  for (const PatternMatch& c : cues) {
    if (c.pattern->mode != CueMode::kNoneClause || c.end > act.begin) continue;
    bool clause_break = false;
    for (uint32_t i = c.end; i < act.begin; ++i) {
      std::string_view w = ctx.r.tokens.text(i);
      clause_break = clause_break || w == "," || w == ";" || w == ":";
    }
    // "accused Moscow of meddling and expelled 60 diplomats": after "accuse
    // X of" and "blame X for" a gerund is the charge; "and" with a verb in
    // the past is the accuser's next act.
    std::string_view last = ctx.r.tokens.text(c.end - 1);
    uint32_t verb = act.begin;
    uint32_t joint = SkipAdverbsBack(ctx, c.end, verb);
    if ((last == "of" || last == "for") && joint > c.end &&
        (ctx.r.tokens.text(joint - 1) == "and" || ctx.r.tokens.text(joint - 1) == "but") &&
        PastForm(ctx, verb)) {
      clause_break = true;
    }
    if (!clause_break && OwnAdverbialClause(ctx, c.end, act.begin)) clause_break = true;
    if (!clause_break && act.begin - c.end <= 12) return &c;
  }
  return nullptr;
}

bool PassiveAgent(const SentenceContext& sc, const DocumentContext& ctx, uint32_t from, uint32_t end, uint32_t* b,
                  uint32_t* e) {
  const DocumentTokens& t = ctx.r.tokens;
  // The agent may follow a long object ("was promised one billion dollars
  // for a new railway line to the coast by China"): up to twenty words, to
  // the clause's punctuation or another verb's participle; past the first
  // ten, an auxiliary or a relative opens another clause, whose "by" is its own.
  for (uint32_t i = from; i < end && i < from + 20; ++i) {
    std::string_view w = t.text(i);
    if (w == "," || w == ";" || w == "." || w == ":" || w == "(") return false;
    if (i >= from + 10 && (IsAuxiliary(w) || w == "which" || w == "that" || w == "who" || w == "while")) return false;
    // "was handed a protest over the steps taken by the UK": "by" after
    // another participle belongs to that one.
    // A form in -en is a participle only when it is an irregular verb's
    // ("taken", "stolen"): "the abduction of Ukrainian children by Russian
    // forces" names its doer after the noun "children".
    const bool en_participle = w.ends_with("en") && ctx.lemmas[i] != w;
    if (i > from && w.size() > 3 && (w.ends_with("ed") || en_participle) && w != "then" && w != "when") {
      return false;
    }
    if (w != "by") continue;
    // "by Chinese water cannon", "by Israeli fire": after "by" a country
    // adjective names the agent's state.
    for (uint32_t j = i + 1; j < end && j <= i + 4; ++j) {
      if (sc.View().actor_at(j, true, e)) {
        *b = j;
        return true;
      }
      if (!sc.View().may_skip_before_actor(j)) break;
    }
    return false;
  }
  return false;
}

}  // namespace dyad
