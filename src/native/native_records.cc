#include "native/native_records.h"

#include <algorithm>

#include "events/event_sink.h"

namespace dyad {

void ToldActs::Add(const std::vector<Pair>& pairs, const CameoCode& code, int sentence) {
  Told t{sentence, code.goldstein < 0, code.code.substr(0, 2), {}, {}};
  for (const Pair& p : pairs) {
    if (p.second != nullptr) t.targets.push_back(p.second->country);
    bool known = false;
    for (const ResolvedActor* d : t.doers) known = known || d->country == p.first->country;
    if (!known && !p.first->country.empty()) t.doers.push_back(p.first);
  }
  if (!t.doers.empty()) told_.push_back(std::move(t));
}

std::vector<const ResolvedActor*> ToldActs::DoersOfLatest(const std::vector<const ResolvedActor*>& subject,
                                                          bool hostile, const std::vector<std::string>& roots,
                                                          int sentence) const {
  auto theirs = [&](const ResolvedActor* a) {
    for (const ResolvedActor* s : subject) {
      if (s->country == a->country) return true;
    }
    return false;
  };
  for (size_t k = told_.size(); k-- > 0;) {
    const Told& t = told_[k];
    if (t.sentence < sentence - 2) break;
    const bool named = std::find(roots.begin(), roots.end(), t.root) != roots.end();
    // Thanks answer a friendly act; a protest answers any act but a friendly
    // one done to the protester ("美韩决定部署萨德。中方坚决反对": yes; a visit
    // to Seoul is nothing Seoul condemns).
    bool friendly_to_subject = false;
    for (const std::string& c : t.targets) {
      for (const ResolvedActor* s : subject) friendly_to_subject = friendly_to_subject || (!t.hostile && s->country == c);
    }
    const bool answers = hostile ? !friendly_to_subject : !t.hostile;
    if (roots.empty() ? !answers : !named) continue;
    std::vector<const ResolvedActor*> out;
    for (const ResolvedActor* d : t.doers) {
      if (!theirs(d)) out.push_back(d);
    }
    if (!out.empty()) return out;
  }
  return {};
}

void NativeRecordBuilder::Add(const ResolvedActor& src, const ResolvedActor& tgt, const std::string& code,
                              const NativeDate* date, Day story_day, const SentenceSpan& span, int sentence) {
  // A dependent territory is its state (territories.tsv), as in English.
  if (dict_.StateOf(src.country) != src.country || dict_.StateOf(tgt.country) != tgt.country) {
    return Add(AsCountry(src, dict_.StateOf(src.country)), AsCountry(tgt, dict_.StateOf(tgt.country)), code, date,
               story_day, span, sentence);
  }
  const CameoCode* cameo = codebook_.Find(code);
  if (cameo == nullptr || src.country.empty() || tgt.country.empty() || src.country == tgt.country) return;
  // Tourists and other private people travel; a visit is a state's (as in English).
  if (code == "042" && src.sector == "CVL" && src.person < 0) return;
  if (code == "043" && tgt.sector == "CVL" && tgt.person < 0) return;  // "越南接待中国游客"
  std::string day_text, end_text, precision = "day", note, source = "text";
  Day day = 0;
  if (date != nullptr) {
    // Background is coded with its own date, however old (as in English).
    if (date->precision == NativeDate::kDay) {
      day = date->first;
      day_text = FormatDay(day);
    } else {
      day_text = FormatDay(date->first).substr(0, date->precision == NativeDate::kMonth ? 7 : 4);
      precision = date->precision == NativeDate::kMonth ? "month" : "year";
    }
  } else if (story_day != 0) {
    day = story_day;
    day_text = FormatDay(day);
    note = "not in the text: the story's date";
    source = "story";
  } else {
    precision.clear();
    source.clear();
  }
  auto code_on = [&](const ResolvedActor& a) {
    return a.person >= 0 && day != 0 ? dict_.CodeOn(dict_.people()[static_cast<size_t>(a.person)], day) : a.code;
  };
  std::string src_code = code_on(src), tgt_code = code_on(tgt);
  std::string key = src.country + "|" + src_code + "|" + tgt.country + "|" + cameo->code + "|" + day_text;
  Evidence ev;
  ev.doc = doc_.id;
  ev.sentence = sentence;
  ev.start = span.begin;
  ev.end = span.end;
  ev.text.assign(doc_.text, span.begin, span.end - span.begin);
  if (auto it = index_.find(key); it != index_.end()) {
    EventRecord& known = out_[it->second];
    if (known.evidence.back().sentence != sentence) known.evidence.push_back(std::move(ev));
    return;
  }
  EventRecord& e = out_.emplace_back();
  e.doc = doc_.id;
  e.docs.push_back(doc_.id);
  e.date = day_text;
  e.date_precision = precision;
  e.date_note = note;
  e.date_source = source;
  e.published = doc_.published;
  e.url = doc_.url;
  e.lang = doc_.lang;
  e.source = {src_code, src.country, src.name, src.actor_id};
  e.target = {tgt_code, tgt.country, tgt.name, tgt.actor_id};
  e.cameo = cameo->code;
  e.cameo_name = cameo->name;
  e.root = cameo->code.substr(0, 2);
  e.plover = cameo->plover;
  e.goldstein = cameo->goldstein;
  e.quad_class = cameo->quad_class;
  e.evidence.push_back(std::move(ev));
  index_.emplace(key, out_.size() - 1);
  keys_.push_back(std::move(key));
}

std::vector<EventRecord> NativeRecordBuilder::Finish() && {
  for (size_t k = 0; k < out_.size(); ++k) {
    const Evidence& first = out_[k].evidence.front();
    out_[k].event_id = EventId(doc_.id, first.sentence, first.start, keys_[k]);
  }
  return std::move(out_);
}

}  // namespace dyad
