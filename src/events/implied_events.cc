#include "events/implied_events.h"

#include <algorithm>
#include <cctype>

#include "events/codebook.h"

namespace dyad {

bool IsEnvoy(const ResolvedActor& a) {
  std::string r = a.role + " " + a.name;
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* w : {"ambassador", "envoy", "charg", "diplomat", "commissioner", "consul", "attach"}) {
    if (r.find(w) != std::string::npos) return true;
  }
  return false;
}

void AddImpliedVisit(const ResolvedActor& src, const ResolvedActor& tgt, const std::string& code,
                     const SentenceContext& sc, const PatternMatch& m, EventSink* sink) {
  if (src.country.empty() || tgt.country.empty() || src.country == tgt.country) return;
  // An ambassador received where he is posted visits nobody.
  if (code.rfind("043", 0) == 0) {
    if (!IsEnvoy(tgt)) sink->Add(tgt, sc.StateActor(src.country), "042", sc, m);
    return;
  }
  if (code != "040" && code != "046") return;
  std::string where = sc.LocationCountry(m.begin, m.end);
  if (where == src.country && !IsEnvoy(tgt)) sink->Add(tgt, sc.StateActor(src.country), "042", sc, m);
  if (where == tgt.country && !IsEnvoy(src)) sink->Add(src, sc.StateActor(tgt.country), "042", sc, m);
}


void AddSpeakerEvents(const SentenceContext& sc, size_t first_event, bool coded, EventSink* sink) {
  // "Russian troops shelled Kharkiv, Ukrainian officials said": a state
  // reporting another's use of force (18-20) accuses it (112).
  if (coded) {
    if (const ResolvedActor* speaker = sc.SpeakerActor(); speaker != nullptr && !speaker->country.empty()) {
      std::vector<std::string> accused;
      for (size_t e = first_event; e < sink->records().size(); ++e) {
        const EventRecord& ev = sink->records()[e];
        int root = RootOf(ev.root);
        if (root < 18 || ev.source.country.empty() || ev.source.country == speaker->country) continue;
        if (std::find(accused.begin(), accused.end(), ev.source.country) != accused.end()) continue;
        accused.push_back(ev.source.country);
      }
      PatternMatch speech;
      if (!accused.empty() && sc.SpeechVerb(&speech)) {
        for (const std::string& country : accused) sink->Add(*speaker, sc.StateActor(country), "112", sc, speech);
      }
    }
  }
  if (!coded) {
    // A plain statement ("X said …") with nothing else coded: 010, no target.
    PatternMatch speech;
    if (sc.SpeechVerb(&speech)) {
      bool plural = false;
      for (const ResolvedActor* src : sc.Subject(speech, &plural)) {
        if (!plural) sink->Add(*src, nullptr, "010", sc, speech);
      }
    }
  }
}

}  // namespace dyad
