#include "events/event_coder.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <numeric>
#include <unordered_set>

#include "events/agent_compounds.h"
#include "events/answered_acts.h"
#include "events/clause_rules.h"
#include "events/conditional_threats.h"
#include "events/cue_scope.h"
#include "events/date_finder.h"
#include "events/event_sink.h"
#include "events/framed_acts.h"
#include "events/word_classes.h"
#include "events/implied_events.h"
#include "events/match_events.h"
#include "events/nominal_events.h"
#include "events/act_parties.h"
#include "events/sentence_coding.h"
#include "events/sentence_context.h"
#include "text/word_shape.h"
#include "util/env_flag.h"
#include "util/file_io.h"
#include "util/hash.h"
#include "util/tsv.h"

namespace dyad {
namespace {

// pattern_nouns.tsv: one lower-case word per line.
Result<std::unordered_set<std::string>> LoadPatternNouns(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::unordered_set<std::string> out;
  Status s = ForEachTsvLine(*text, path, 1, 1, [&](const TsvLine& line) -> Status {
    std::string_view w = line.fields[0];
    for (char c : w) {
      if (c < 'a' || c > 'z') return line.Error("a lower-case word: " + std::string(w));
    }
    out.emplace(w);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace

Result<std::unique_ptr<EventCoder>> EventCoder::Create(const std::string& data_dir, const ActorResolver* resolver) {
  std::unique_ptr<EventCoder> coder(new EventCoder());
  coder->resolver_ = resolver;
  Result<std::unique_ptr<Codebook>> book = Codebook::Load(data_dir + "/events/cameo.tsv");
  if (!book.ok()) return book.status();
  coder->codebook_ = std::move(book).value();
  std::unordered_set<std::string> codes;
  for (const std::string& c : coder->codebook_->Codes()) codes.insert(c);
  Result<std::unique_ptr<VerbPatterns>> patterns = VerbPatterns::LoadDirectory(data_dir + "/events/lexicon", codes,
                                                                              data_dir + "/events/word_classes.tsv");
  if (!patterns.ok()) return patterns.status();
  coder->patterns_ = std::move(patterns).value();
  DYAD_RETURN_IF_ERROR(coder->patterns_->LoadCues(data_dir + "/events/modality.tsv"));
  coder->patterns_->Finalize();
  coder->compounds_ = std::make_unique<AgentCompounds>(*coder->patterns_);
  coder->closing_ = std::make_unique<ClosingReactions>(*coder->patterns_);
  coder->espionage_ = std::make_unique<EspionageCharges>(*coder->patterns_);
  if (const std::vector<std::string>* words = coder->patterns_->WordClass("#armed")) {
    coder->armed_.insert(words->begin(), words->end());
  }
  if (const std::vector<std::string>* words = coder->patterns_->WordClass("#aircraft")) {
    coder->aircraft_.insert(words->begin(), words->end());
  }
  if (const std::vector<std::string>* words = coder->patterns_->WordClass("#talkers")) {
    coder->talkers_.insert(words->begin(), words->end());
  }
  Result<std::unique_ptr<ModeTable>> modes = ModeTable::Load(data_dir + "/events/mode_codes.tsv", codes);
  if (!modes.ok()) return modes.status();
  coder->modes_ = std::move(modes).value();
  auto irregular = Lemmatizer::LoadIrregular(data_dir + "/events/irregular_verbs.tsv");
  if (!irregular.ok()) return irregular.status();
  std::unordered_set<std::string> vocabulary = coder->patterns_->Vocabulary();
  for (const char* w : kSpeechVerbs) vocabulary.insert(w);
  coder->lemmatizer_ = std::make_unique<Lemmatizer>(std::move(irregular).value(), std::move(vocabulary));
  // verb_words_ is filled below, before any word is looked up (lazily, when
  // coding).
  const StringSet* verbs = &coder->verb_words_;
  coder->words_ = std::make_unique<WordTable>(*coder->lemmatizer_, *coder->patterns_,
                                              [verbs](std::string_view form, std::string_view lemma) {
                                                uint8_t flags = ClassifyWord(form, lemma);
                                                if (verbs->count(lemma) || verbs->count(form)) flags |= kWordVerb;
                                                return flags;
                                              });
  // Verbs whose next actor is their object: the patterns' verbs (not the
  // nouns and adjectives some patterns open with, listed in
  // pattern_nouns.tsv) and "tell".
  Result<std::unordered_set<std::string>> nouns = LoadPatternNouns(data_dir + "/events/pattern_nouns.tsv");
  if (!nouns.ok()) return nouns.status();
  for (const VerbPattern& p : coder->patterns_->patterns()) {
    if (p.cue() || p.nominal) continue;
    for (const std::string& w : p.elements[0].words) {
      if (!nouns->count(w)) coder->verb_words_.insert(w);
    }
  }
  coder->verb_words_.insert("tell");
  Result<RelativeDayPhrases> relative = RelativeDayPhrases::Load(data_dir + "/events/relative_days.tsv");
  if (!relative.ok()) return relative.status();
  coder->relative_days_ = std::make_unique<RelativeDayPhrases>(std::move(relative).value());
  Result<VerbClasses> classes = VerbClasses::Load(data_dir + "/events/verb_classes.tsv");
  if (!classes.ok()) return classes.status();
  coder->verb_classes_ = std::make_unique<VerbClasses>(std::move(classes).value());
  Result<ActKinds> kinds = ActKinds::Load(data_dir + "/events/act_kinds.tsv");
  if (!kinds.ok()) return kinds.status();
  coder->act_kinds_ = std::make_unique<ActKinds>(std::move(kinds).value());
  Result<std::unique_ptr<PairModel>> model = PairModel::Load(data_dir + "/events/pair_model.tsv", codes);
  if (!model.ok()) return model.status();
  coder->pair_model_ = std::move(model).value();
  return coder;
}


std::vector<EventRecord> EventCoder::Code(const Document& doc, const std::vector<SentenceSpan>& sentences,
                                          const ResolvedDocument& r) const {
  return CodeStory(doc, sentences, r, nullptr);
}

std::vector<PairInstance> EventCoder::PairInstances(const Document& doc, const std::vector<SentenceSpan>& sentences,
                                                    const ResolvedDocument& r) const {
  std::vector<PairInstance> out;
  CodeStory(doc, sentences, r, &out);
  return out;
}

std::vector<EventRecord> EventCoder::CodeStory(const Document& doc, const std::vector<SentenceSpan>& sentences,
                                               const ResolvedDocument& r, std::vector<PairInstance>* instances) const {
  DocumentContext ctx(doc, sentences, r, *words_, resolver_->dictionary(), verb_words_, *relative_days_,
                      *verb_classes_, *act_kinds_);
  EventSink sink(ctx, *codebook_, *resolver_);
  const std::vector<EventRecord>& out = sink.records();

  // What the pair model is told of each sentence's modality (pair_events.h).
  std::vector<uint8_t> modality(sentences.size(), 0);
  size_t previous_first_event = 0;
  DocumentContext::Doer sentence_doer;  // the subject of the sentence's first act, coded or not
  for (size_t s = 0; s < sentences.size(); ++s) {
    // The model's events of the sentence before, now its patterns are all
    // coded: a reaction in this one may answer an act only the model found.
    if (s > 0) AddPairModelEvents(ctx, *pair_model_, s - 1, modality[s - 1], &sink, instances);
    // Who acted in the sentence before: an act a later sentence names by its
    // noun ("condemned the launch") is theirs, even when it had no target to
    // be coded with ("North Korea fired a missile").
    bool coded_before = false;
    for (size_t e = previous_first_event; e < out.size(); ++e) {
      if (out[e].root == "01" || out[e].source.country.empty()) continue;
      ctx.doers.push_back({out[e].source.country, static_cast<int>(s) - 1, RootOf(out[e].root) >= 13, out[e].cameo,
                           out[e].target.country});
      if (IsAid(out[e].cameo) && !out[e].target.country.empty()) ctx.aid_recipients.push_back(out[e].target.country);
      coded_before = true;
      // The same act the other way in that sentence: the story's latest
      // mutual pair (DocumentContext::mutual_pair).
      for (size_t b = previous_first_event; b < out.size(); ++b) {
        if (out[b].source.country == out[e].target.country && out[b].target.country == out[e].source.country &&
            out[b].cameo == out[e].cameo && !out[e].target.country.empty()) {
          ctx.mutual_pair[0] = out[e].source.country;
          ctx.mutual_pair[1] = out[e].target.country;
        }
      }
    }
    if (!coded_before && !sentence_doer.country.empty()) ctx.doers.push_back(sentence_doer);
    sentence_doer = {};
    previous_first_event = out.size();
    SentenceContext sc(ctx, static_cast<int>(s));
    SentenceWork work(ctx, sc, sink, s, sentence_doer, modality[s]);
    CodeSentence(work);
  }
  if (!sentences.empty()) {
    AddPairModelEvents(ctx, *pair_model_, sentences.size() - 1, modality.back(), &sink, instances);
  }
  return std::move(sink).Finish();
}

}  // namespace dyad
