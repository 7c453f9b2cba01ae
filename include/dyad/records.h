// The records dyad derives from stories: actor mentions and coded events.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dyad {

// One resolved mention of an actor in a story.
struct Mention {
  std::string doc;
  int sentence = 0;      // index of the sentence in the story
  uint32_t start = 0;    // byte range in the document text
  uint32_t end = 0;
  std::string text;      // as written
  std::string actor_id;  // dictionary id, or a new id for an actor coded from a title
  std::string name;      // canonical name
  std::string country;   // ISO-3166 alpha-3, "" for international organisations
  std::string code;      // CAMEO actor code on the story's (or event's) date
  std::string role;      // office or title
  std::string how;       // dictionary, title, coreference, compound
};

struct EventActor {
  std::string code;
  std::string country;
  std::string name;
  std::string actor_id;
};

struct Evidence {
  std::string doc;
  int sentence = 0;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
};

// Where an act happened: a place the gazetteer knows (data/actors/gazetteer.tsv),
// or only the name a dateline gave.
struct EventLocation {
  std::string name;     // canonical name; "" when the story names no place
  std::string country;  // ISO-3166 alpha-3 of the place; "" for international waters, disputed features, unknown
  std::string kind;     // "capital", "city", "province", "sea", "shoal", ...; "" when the gazetteer lacks it
  double lat = 0;
  double lon = 0;
  bool has_point = false;
  int64_t geonames_id = 0;  // GeoNames feature id of a city or capital, 0 otherwise

  bool empty() const { return name.empty(); }
};

// A commitment an event speaks of (issue 13): under one topic of
// data/relations/topics.tsv, what is promised as the text says it, the
// project it names, and the stage the event says it reached.
struct CommitmentMention {
  std::string topic;    // topics.tsv id
  std::string project;  // the object's proper names, folded ("lao cai hai phong"); "" when it names none
  std::string object;   // as written: "standard-gauge railways linking Viet Nam and China"
  std::string stage;    // a data/relations/commitment_stages.tsv id: proposed, pledged, agreed, signed, …
};

// One interaction, possibly reported by several stories.
struct EventRecord {
  std::string event_id;
  std::string doc;                // first source
  std::vector<std::string> docs;  // all sources
  std::string date;               // "YYYY-MM-DD", "YYYY-MM", "YYYY", or "" when unknown
  std::string date_end;           // last day of a range, "" otherwise
  std::string date_precision;     // "day", "range", "month", "year", ""
  std::string date_note;          // how the date was found ("weekday against dateline", ...)
  // "text": the story says when; "story": it does not, and the story's own
  // date (publication, else dateline) stands in; "" when neither is known.
  std::string date_source;
  std::string published;          // the first source's publication date, "" when unknown
  std::string url;                // the first source's URL, "" when unknown
  std::string lang;               // the first source's language ("en", "vi", "zh", "zh-Hant"), "" when unknown
  EventActor source;
  EventActor target;              // empty code for statements without a target
  std::string cameo;
  std::string cameo_name;
  std::string root;
  std::string plover;
  double goldstein = 0;
  int quad_class = 0;
  EventLocation location;
  std::vector<Evidence> evidence;
  // The standing mechanism the act took place in ("at the 15th meeting of the
  // Steering Committee"), a data/relations/mechanisms.tsv id, "" when none;
  // the frameworks its sentence invokes (frameworks.tsv ids) and what it is
  // about (topics.tsv ids), each sorted.
  std::string mechanism;
  std::vector<std::string> frameworks;
  std::vector<std::string> topics;
  // The commitments it proposes, pledges, agrees, signs, starts, completes,
  // delays, cancels or reaffirms (cooperation, roots 02-08, only).
  std::vector<CommitmentMention> commitments;
};

// A story's mention of a standing mechanism or a framework.
struct InstitutionMention {
  std::string kind;  // "mechanism" or "framework"
  std::string id;    // its id in data/relations/
  int sentence = 0;
  uint32_t start = 0;  // byte range in the document text
  uint32_t end = 0;
};

}  // namespace dyad
