#include "engine/coded_story.h"

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

using Json = nlohmann::json;

Json ActorJson(const EventActor& a) { return Json::array({a.code, a.country, a.name, a.actor_id}); }

EventActor ActorOf(const Json& j) {
  return {j.at(0).get<std::string>(), j.at(1).get<std::string>(), j.at(2).get<std::string>(), j.at(3).get<std::string>()};
}

Json EventJson(const EventRecord& e) {
  Json evidence = Json::array();
  for (const Evidence& x : e.evidence) evidence.push_back(Json::array({x.doc, x.sentence, x.start, x.end}));
  Json commitments = Json::array();
  for (const CommitmentMention& c : e.commitments) commitments.push_back(Json::array({c.topic, c.project, c.object, c.stage}));
  const EventLocation& l = e.location;
  return Json{{"event_id", e.event_id},
              {"date", Json::array({e.date, e.date_end, e.date_precision, e.date_note, e.date_source})},
              {"source", ActorJson(e.source)},
              {"target", ActorJson(e.target)},
              {"cameo", Json::array({e.cameo, e.cameo_name, e.root, e.plover})},
              {"goldstein", e.goldstein},
              {"quad_class", e.quad_class},
              {"location", Json::array({l.name, l.country, l.kind, l.has_point, l.lat, l.lon, l.geonames_id})},
              {"evidence", evidence},
              {"mechanism", e.mechanism},
              {"frameworks", e.frameworks},
              {"topics", e.topics},
              {"commitments", commitments}};
}

EventRecord EventOf(const Json& j, const std::string& doc) {
  EventRecord e;
  e.event_id = j.at("event_id").get<std::string>();
  e.doc = doc;
  const Json& date = j.at("date");
  e.date = date.at(0).get<std::string>();
  e.date_end = date.at(1).get<std::string>();
  e.date_precision = date.at(2).get<std::string>();
  e.date_note = date.at(3).get<std::string>();
  e.date_source = date.at(4).get<std::string>();
  e.source = ActorOf(j.at("source"));
  e.target = ActorOf(j.at("target"));
  const Json& cameo = j.at("cameo");
  e.cameo = cameo.at(0).get<std::string>();
  e.cameo_name = cameo.at(1).get<std::string>();
  e.root = cameo.at(2).get<std::string>();
  e.plover = cameo.at(3).get<std::string>();
  e.goldstein = j.at("goldstein").get<double>();
  e.quad_class = j.at("quad_class").get<int>();
  const Json& l = j.at("location");
  e.location = {l.at(0).get<std::string>(), l.at(1).get<std::string>(), l.at(2).get<std::string>(),
                l.at(4).get<double>(),      l.at(5).get<double>(),      l.at(3).get<bool>(),
                l.at(6).get<int64_t>()};
  for (const Json& x : j.at("evidence")) {
    e.evidence.push_back({x.at(0).get<std::string>(), x.at(1).get<int>(), x.at(2).get<uint32_t>(), x.at(3).get<uint32_t>(), ""});
  }
  e.mechanism = j.at("mechanism").get<std::string>();
  e.frameworks = j.at("frameworks").get<std::vector<std::string>>();
  e.topics = j.at("topics").get<std::vector<std::string>>();
  for (const Json& c : j.at("commitments")) {
    e.commitments.push_back(
        {c.at(0).get<std::string>(), c.at(1).get<std::string>(), c.at(2).get<std::string>(), c.at(3).get<std::string>()});
  }
  e.docs = {doc};
  return e;
}

}  // namespace

void AppendCodedStoryJson(const AnalyzedDocument& a, std::string* out) {
  const Document& d = a.doc;
  Json sentences = Json::array();
  for (const SentenceSpan& s : a.sentences) sentences.push_back(Json::array({s.begin, s.end}));
  Json mentions = Json::array();
  for (const Mention& m : a.mentions) {
    mentions.push_back(Json::array({m.sentence, m.start, m.end, m.text, m.actor_id, m.name, m.country, m.code, m.role, m.how}));
  }
  Json events = Json::array();
  for (const EventRecord& e : a.events) events.push_back(EventJson(e));
  Json institutions = Json::array();
  for (const InstitutionMention& m : a.institutions) institutions.push_back(Json::array({m.kind, m.id, m.sentence, m.start, m.end}));
  Json doc{{"id", d.id},
           {"title", d.title},
           {"text", d.text},
           {"source", d.source},
           {"url", d.url},
           {"published", d.published},
           {"published_from", d.published_from},
           {"dateline", Json::array({d.dateline, d.dateline_region, d.dateline_month, d.dateline_day})},
           {"agency", d.agency},
           {"lang", d.lang},
           {"metadata", d.metadata_json},
           {"origin", d.origin},
           {"body", Json::array({d.body_begin, d.body_end})}};
  Json story{{"dyad_story", kCodedStoryVersion},
             {"doc", std::move(doc)},
             {"hash", a.hash},
             {"sentences", std::move(sentences)},
             {"folded_title", a.folded_title},
             {"folded_body", a.folded_body},
             {"inferred_year", Json::array({a.inferred_year, a.inferred_year_reason})},
             {"mentions", std::move(mentions)},
             {"events", std::move(events)},
             {"institutions", std::move(institutions)},
             {"analysis_error", a.analysis_error}};
  // Invalid UTF-8 cannot reach here (input is repaired), but never throw.
  out->append(story.dump(-1, ' ', false, Json::error_handler_t::replace));
}

Result<AnalyzedDocument> ParseCodedStory(std::string_view line) {
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument("not a JSON object");
  if (!j.contains("dyad_story")) {
    return Status::InvalidArgument("not a coded story (no \"dyad_story\"; write them with `dyad code --stories`)");
  }
  if (!j["dyad_story"].is_number_integer() || j["dyad_story"].get<int>() != kCodedStoryVersion) {
    return Status::InvalidArgument("coded story version " + j["dyad_story"].dump() + ", this dyad reads " +
                                   std::to_string(kCodedStoryVersion));
  }
  AnalyzedDocument a;
  try {
    const Json& d = j.at("doc");
    Document& doc = a.doc;
    doc.id = d.at("id").get<std::string>();
    if (doc.id.empty()) return Status::InvalidArgument("a coded story without an id");
    doc.title = d.at("title").get<std::string>();
    doc.text = d.at("text").get<std::string>();
    doc.source = d.at("source").get<std::string>();
    doc.url = d.at("url").get<std::string>();
    doc.published = d.at("published").get<std::string>();
    doc.published_from = d.at("published_from").get<std::string>();
    const Json& dateline = d.at("dateline");
    doc.dateline = dateline.at(0).get<std::string>();
    doc.dateline_region = dateline.at(1).get<std::string>();
    doc.dateline_month = dateline.at(2).get<int>();
    doc.dateline_day = dateline.at(3).get<int>();
    doc.agency = d.at("agency").get<std::string>();
    doc.lang = d.at("lang").get<std::string>();
    doc.metadata_json = d.at("metadata").get<std::string>();
    doc.origin = d.at("origin").get<std::string>();
    doc.body_begin = d.at("body").at(0).get<uint32_t>();
    doc.body_end = d.at("body").at(1).get<uint32_t>();
    const size_t size = doc.text.size();
    auto in_text = [size](uint32_t begin, uint32_t end) { return begin <= end && end <= size; };
    if (!in_text(doc.body_begin, doc.body_end)) return Status::InvalidArgument("the body is outside the text");
    a.hash = j.at("hash").get<std::string>();
    for (const Json& s : j.at("sentences")) {
      SentenceSpan span{s.at(0).get<uint32_t>(), s.at(1).get<uint32_t>()};
      if (!in_text(span.begin, span.end)) return Status::InvalidArgument("a sentence outside the text");
      a.sentences.push_back(span);
    }
    a.folded_title = j.at("folded_title").get<std::string>();
    a.folded_body = j.at("folded_body").get<std::string>();
    a.inferred_year = j.at("inferred_year").at(0).get<int>();
    a.inferred_year_reason = j.at("inferred_year").at(1).get<std::string>();
    for (const Json& m : j.at("mentions")) {
      Mention x{doc.id, m.at(0).get<int>(), m.at(1).get<uint32_t>(), m.at(2).get<uint32_t>(), m.at(3).get<std::string>(),
                m.at(4).get<std::string>(), m.at(5).get<std::string>(), m.at(6).get<std::string>(),
                m.at(7).get<std::string>(), m.at(8).get<std::string>(), m.at(9).get<std::string>()};
      if (!in_text(x.start, x.end)) return Status::InvalidArgument("a mention outside the text");
      a.mentions.push_back(std::move(x));
    }
    for (const Json& e : j.at("events")) {
      a.events.push_back(EventOf(e, doc.id));
      for (const Evidence& x : a.events.back().evidence) {
        if (x.doc != doc.id || !in_text(x.start, x.end)) {
          return Status::InvalidArgument("evidence outside the story's text");
        }
      }
      if (a.events.back().evidence.empty()) return Status::InvalidArgument("an event without evidence");
    }
    for (const Json& m : j.at("institutions")) {
      a.institutions.push_back({m.at(0).get<std::string>(), m.at(1).get<std::string>(), m.at(2).get<int>(),
                                m.at(3).get<uint32_t>(), m.at(4).get<uint32_t>()});
    }
    a.analysis_error = j.at("analysis_error").get<std::string>();
  } catch (const Json::exception& e) {
    return Status::InvalidArgument(std::string("malformed coded story: ") + e.what());
  }
  return a;
}

}  // namespace dyad
