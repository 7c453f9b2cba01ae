#include "engine/analyzer.h"

#include <set>

#include "actors/actor_dictionary.h"
#include "actors/actor_resolver.h"
#include "events/event_coder.h"
#include "native/native_coder.h"
#include "relations/relations_linker.h"
#include "text/folding.h"
#include "text/language_id.h"
#include "text/sentence_splitter.h"
#include "util/hash.h"

namespace dyad {

struct Analyzer::Impl {
  std::unique_ptr<ActorDictionary> dictionary;
  std::unique_ptr<ActorResolver> resolver;
  std::unique_ptr<EventCoder> coder;
  std::unique_ptr<RelationsLinker> relations;
  std::unique_ptr<NativeCoder> native;  // Vietnamese and Chinese stories
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;

Result<std::unique_ptr<Analyzer>> Analyzer::Create(const std::string& data_dir) {
  std::unique_ptr<Analyzer> analyzer(new Analyzer());
  Result<std::unique_ptr<ActorDictionary>> dict = ActorDictionary::Load(data_dir + "/actors");
  if (!dict.ok()) return dict.status();
  analyzer->impl_->dictionary = std::move(dict).value();
  analyzer->impl_->resolver = std::make_unique<ActorResolver>(analyzer->impl_->dictionary.get());
  Result<std::unique_ptr<EventCoder>> coder = EventCoder::Create(data_dir, analyzer->impl_->resolver.get());
  if (!coder.ok()) return coder.status();
  analyzer->impl_->coder = std::move(coder).value();
  const ActorDictionary* dictionary = analyzer->impl_->dictionary.get();
  Result<std::unique_ptr<RelationsLinker>> relations = RelationsLinker::Load(
      data_dir, [dictionary](std::string_view iso) { return dictionary->CountryByIso(iso) != nullptr; },
      [dictionary](std::string_view folded) {
        return dictionary->PlaceByFoldedName(folded) != nullptr || dictionary->CountryByFoldedCapital(folded) != nullptr;
      });
  if (!relations.ok()) return relations.status();
  analyzer->impl_->relations = std::move(relations).value();
  Result<std::unique_ptr<NativeCoder>> native = NativeCoder::Load(data_dir, dictionary);
  if (!native.ok()) return native.status();
  analyzer->impl_->native = std::move(native).value();
  return analyzer;
}

std::string Analyzer::ContentHash(const Document& doc) {
  // Fields are separated by a byte that valid UTF-8 text never contains.
  uint64_t h = 0xcbf29ce484222325ULL;
  for (const std::string* f : {&doc.title, &doc.text, &doc.source, &doc.url, &doc.published, &doc.metadata_json}) {
    h = Fnv1a64(*f, h);
    h = Fnv1a64("\xff", h);
  }
  return Hex64(h);
}

namespace {

// The body's sentences as byte ranges of the whole text; clamps the body range.
// A story that did not come through InputReader::Prepare (a test, a library
// caller) is identified here: the language decides the coder.
void EnsureLanguage(Document* doc) {
  if (doc->lang.empty()) doc->lang = IdentifyLanguage(doc->text);
}

std::vector<SentenceSpan> BodySentences(Document* doc) {
  if (doc->body_end == 0 || doc->body_end > doc->text.size()) doc->body_end = static_cast<uint32_t>(doc->text.size());
  if (doc->body_begin > doc->body_end) doc->body_begin = doc->body_end;
  std::string_view body = std::string_view(doc->text).substr(doc->body_begin, doc->body_end - doc->body_begin);
  std::vector<SentenceSpan> out = SplitSentences(body);
  for (SentenceSpan& s : out) {
    s.begin += doc->body_begin;
    s.end += doc->body_begin;
  }
  return out;
}

// The states a story speaks of: its events' and, when given, its mentions'.
std::set<std::string> StoryStates(const std::vector<EventRecord>& events, const std::vector<Mention>& mentions) {
  std::set<std::string> states;
  for (const EventRecord& e : events) {
    for (const std::string* c : {&e.source.country, &e.target.country}) {
      if (!c->empty()) states.insert(*c);
    }
  }
  for (const Mention& m : mentions) {
    if (!m.country.empty()) states.insert(m.country);
  }
  return states;
}

// What a caller is told when analysing one story failed.
std::string AnalysisError(const std::exception& e) {
  return std::string("events not coded (internal error: ") + e.what() + ")";
}

}  // namespace

// A bug met on one story must cost that story's events, never the batch:
// the exception stops here and becomes a message naming the story.
std::vector<EventRecord> Analyzer::CodeEvents(Document doc, std::string* error) const {
  try {
    EnsureLanguage(&doc);
    std::vector<SentenceSpan> sentences = BodySentences(&doc);
    if (impl_->native->Reads(doc.lang)) return impl_->native->Analyze(doc, sentences).events;
    ResolvedDocument resolved = impl_->resolver->Resolve(doc, sentences);
    std::vector<EventRecord> events = impl_->coder->Code(doc, sentences, resolved);
    impl_->relations->Link(doc, resolved, StoryStates(events, {}), &events, /*mentions_wanted=*/false);
    return events;
  } catch (const std::exception& e) {
    if (error != nullptr) *error = AnalysisError(e);
    return {};
  }
}

std::vector<PairInstance> Analyzer::PairInstances(Document doc) const {
  EnsureLanguage(&doc);
  std::vector<SentenceSpan> sentences = BodySentences(&doc);
  if (impl_->native->Reads(doc.lang)) return {};  // the pair model is English's
  ResolvedDocument resolved = impl_->resolver->Resolve(doc, sentences);
  return impl_->coder->PairInstances(doc, sentences, resolved);
}

AnalyzedDocument Analyzer::Analyze(Document doc) const {
  AnalyzedDocument a;
  a.hash = ContentHash(doc);
  EnsureLanguage(&doc);
  a.sentences = BodySentences(&doc);
  try {
    if (impl_->native->Reads(doc.lang)) {
      NativeAnalysis native = impl_->native->Analyze(doc, a.sentences);
      a.events = std::move(native.events);
      a.mentions = std::move(native.mentions);
      a.folded_body = std::move(native.folded_body);
      a.folded_title = HanIndexForm(FoldString(doc.title), &impl_->native->han());
      a.doc = std::move(doc);
      return a;
    }
    ResolvedDocument resolved = impl_->resolver->Resolve(doc, a.sentences);
    a.mentions = impl_->resolver->Mentions(doc, resolved);
    a.events = impl_->coder->Code(doc, a.sentences, resolved);
    a.institutions = impl_->relations->Link(doc, resolved, StoryStates(a.events, a.mentions), &a.events);
    a.inferred_year = resolved.inferred_year;
    a.inferred_year_reason = resolved.inferred_year_reason;
    a.folded_body = std::move(resolved.tokens.folded.text);  // folded once, for actors and search
  } catch (const std::exception& e) {
    // The story is kept, without mentions and events, and the caller told.
    a.mentions.clear();
    a.events.clear();
    a.institutions.clear();
    a.folded_body = FoldString(doc.text);
    a.analysis_error = AnalysisError(e);
  }
  a.folded_title = FoldString(doc.title);
  a.doc = std::move(doc);
  return a;
}

}  // namespace dyad
