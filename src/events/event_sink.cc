#include "events/event_sink.h"

#include <charconv>
#include <string_view>

#include "events/date_finder.h"
#include "events/sentence_context.h"
#include "util/hash.h"

namespace dyad {
namespace {

// Seizing property (171) and occupying territory (192): a seizure of a place
// is the second.
constexpr std::string_view kSeize = "171";
constexpr std::string_view kOccupy = "192";

// The hash of `value` written in decimal, chained on `seed`.
uint64_t HashDecimal(int64_t value, uint64_t seed) {
  char digits[24];
  char* end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  return Fnv1a64(std::string_view(digits, static_cast<size_t>(end - digits)), seed);
}

}  // namespace

void EventSink::Add(const ResolvedActor& src, const ResolvedActor* tgt, const std::string& code,
                    const SentenceContext& sc, const PatternMatch& m) {
  const CameoCode* cameo = codebook_.Find(code);
  if (cameo == nullptr) return;
  // "Iran detained a British-Iranian aid worker": an act of one of the two
  // states is one on the other.
  ResolvedActor dual;
  if (tgt != nullptr && tgt->country == src.country && !tgt->second_country.empty()) {
    dual = AsCountry(*tgt, tgt->second_country);
    dual.second_country.clear();
    tgt = &dual;
  }
  // A dependent territory acts and is acted on as its state
  // (territories.tsv): "seized the Falkland Islands" is an act on Britain.
  const ActorDictionary& dict = ctx_.dict;
  if (dict.StateOf(src.country) != src.country) return Add(AsCountry(src, dict.StateOf(src.country)), tgt, code, sc, m);
  ResolvedActor tgt_state;
  if (tgt != nullptr && dict.StateOf(tgt->country) != tgt->country) {
    tgt_state = AsCountry(*tgt, dict.StateOf(tgt->country));
    // "the Falkland Islands, seized by Argentine forces": a territory seized
    // is occupied (192), and so is a town or region ("troops seized Heglig"),
    // not one where something was seized ("seized vessels off Crimea").
    if (code == kSeize && !sc.AfterPreposition(tgt)) return Add(src, &tgt_state, std::string(kOccupy), sc, m);
    tgt = &tgt_state;
  }
  if (tgt != nullptr && code == kSeize && sc.IsPlace(tgt) && !sc.AfterPreposition(tgt)) {
    return Add(src, tgt, std::string(kOccupy), sc, m);
  }
  // Nobody visits or hosts their own country: "invited Jokowi to visit
  // Kuala Lumpur" is an invitation, the visit is someone else's.
  if (tgt != nullptr && (code == "042" || code == "043") && !src.country.empty() && src.country == tgt->country) {
    return;
  }
  // Tourists and other private people travel; a visit (042) is a state's.
  if (code == "042" && src.sector == "CVL" && src.person < 0) return;
  // Nor do armed units: "Soviet troops flown into Kabul stormed the palace"
  // were deployed, not visiting (a port call told as a visit stays one:
  // "a frigate sailed into Havana for a five-day visit").
  if (code == "042" && src.sector == "MIL" && src.person < 0 && src.role.empty() && src.actor_id.empty()) {
    bool told_as_visit = false;
    for (uint32_t i = m.begin; i < sc.View().end && !told_as_visit; ++i) told_as_visit = ctx_.lemmas[i] == "visit";
    if (!told_as_visit) return;
  }
  // An actor acting on itself ("ARM>ARM") is a misread subject or target:
  // a state's government and its rebels differ in code, a state and itself
  // do not.
  if (tgt != nullptr && !src.code.empty() && src.code == tgt->code) return;
  // Nor does a bare state act on a part of itself ("RUS>RUSGOV": a partner
  // misread for the state the sentence names twice). Its forces on its own
  // town ("SYRMIL>SYR", barrel bombs on Idlib) are a domestic act, coded.
  if (tgt != nullptr && !src.country.empty() && src.country == tgt->country && src.sector.empty() &&
      src.person < 0 && !tgt->sector.empty()) {
    return;
  }
  // Nor does one of its organs talk to, accuse or deal with the state as a
  // whole ("HNDGOV>HND 1123": "the Honduran government said, accusing its
  // neighbour …", the neighbour misread); force on its own land is kept above.
  if (tgt != nullptr && !src.country.empty() && src.country == tgt->country && tgt->sector.empty() &&
      tgt->person < 0 && RootOf(code) < 17) {
    return;
  }
  // An intent read from a cue ("will visit", "pledged to send") dates the
  // promise; a pattern of intent itself ("pledged on Sunday to help") keeps
  // its own span's date.
  const int root = RootOf(code);
  const bool promised = m.pattern != nullptr && (root == 2 || root == 3 || root == 10 || root == 13) &&
                        RootOf(m.pattern->code) != root;
  EventDate date = sc.DateFor(m.begin, m.end, promised);
  // The mention's own days: parsing the formatted date back gave the same.
  Day day = date.precision == "day" ? date.first : 0;
  // Background ("restored relations in 2004", "China sent troops across
  // the border in February 1979") is coded with its own date, however long
  // before the story: the record is of when things happened, and the same
  // act told by several stories merges into one event.
  // An act the text does not date happened by the story's date: a time
  // series needs a day, and `date_source` keeps the two apart.
  std::string_view date_source = date.date.empty() ? "" : "text";
  if (date.date.empty() && ctx_.anchor != 0) {
    date.date = FormatDay(ctx_.anchor);
    date.precision = "day";
    date.note = "not in the text: the story's date";
    date_source = "story";
  }
  std::string source_code = resolver_.CodeOn(src, day);
  // The merge key, appended in place (a chain of operator+ built a
  // temporary string per piece).
  const std::string_view target_country = tgt != nullptr ? std::string_view(tgt->country) : std::string_view();
  std::string key;
  key.reserve(src.country.size() + source_code.size() + target_country.size() + cameo->code.size() + date.date.size() +
              date.date_end.size() + 5);
  for (std::string_view piece : {std::string_view(src.country), std::string_view(source_code), target_country,
                                 std::string_view(cameo->code), std::string_view(date.date)}) {
    key.append(piece);
    key.push_back('|');
  }
  key.append(date.date_end);
  auto [index, inserted] = by_key_.TryEmplace(key, out_.size());
  const SentenceSpan& span = ctx_.sentences[static_cast<size_t>(sc.sentence())];
  if (!inserted) {
    // A repeated mention: only its sentence is new, the record is built once.
    std::vector<Evidence>& ev = out_[*index].evidence;
    if (ev.back().sentence != sc.sentence()) AddEvidence(span, sc.sentence(), &ev);
    return;
  }
  // Built in place, field by field: a record is some twenty strings, and
  // moving it (or a temporary actor, or an initializer list) cost as much as
  // filling it.
  if (out_.empty()) {
    out_.reserve(16);
    keys_.reserve(16);
  }
  EventRecord& e = out_.emplace_back();
  e.date = std::move(date.date);
  e.date_end = std::move(date.date_end);
  e.date_precision = std::move(date.precision);
  e.date_note = std::move(date.note);
  e.date_source = date_source;
  e.location = sc.LocationFor(m.begin, m.end, date.from_lead);
  e.source.code = std::move(source_code);
  e.source.country = src.country;
  e.source.name = src.name;
  e.source.actor_id = src.actor_id;
  if (tgt != nullptr) {
    e.target.code = resolver_.CodeOn(*tgt, day);
    e.target.country = tgt->country;
    e.target.name = tgt->name;
    e.target.actor_id = tgt->actor_id;
  }
  e.cameo = cameo->code;
  e.cameo_name = cameo->name;
  e.root.assign(code, 0, 2);
  e.plover = cameo->plover;
  e.goldstein = cameo->goldstein;
  e.quad_class = cameo->quad_class;
  e.doc = ctx_.doc.id;
  e.published = ctx_.doc.published;
  e.url = ctx_.doc.url;
  e.lang = ctx_.doc.lang;
  e.docs.emplace_back(ctx_.doc.id);
  AddEvidence(span, sc.sentence(), &e.evidence);
  keys_.push_back(std::move(key));
}

// The sentence as evidence, built in the record (SentenceContext's
// SentenceEvidence, without the temporary).
void EventSink::AddEvidence(const SentenceSpan& span, int sentence, std::vector<Evidence>* out) const {
  Evidence& ev = out->emplace_back();
  ev.doc = ctx_.doc.id;
  ev.sentence = sentence;
  ev.start = span.begin;
  ev.end = span.end;
  ev.text.assign(ctx_.doc.text, span.begin, span.end - span.begin);
}

std::string EventId(std::string_view doc, int sentence, uint32_t start, std::string_view key) {
  // FNV-1a is a stream over bytes, so hashing "sentence/start/key" piece by
  // piece gives the hash of the string without building it.
  uint64_t h = HashDecimal(sentence, Fnv1a64(doc));
  h = Fnv1a64("/", h);
  h = HashDecimal(start, h);
  h = Fnv1a64("/", h);
  h = Fnv1a64(key, h);
  return "ev-" + Hex64(h);
}

std::vector<EventRecord> EventSink::Finish() && {
  for (size_t k = 0; k < out_.size(); ++k) {
    const Evidence& first = out_[k].evidence.front();
    out_[k].event_id = EventId(ctx_.doc.id, first.sentence, first.start, keys_[k]);
  }
  return std::move(out_);
}

}  // namespace dyad
