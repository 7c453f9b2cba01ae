// Document: one news story as dyad stores it, with the metadata read from the
// input or recovered from the text itself (date line, dateline, agency credit).
#pragma once

#include <cstdint>
#include <string>

namespace dyad {

struct Document {
  std::string id;         // file name without extension, or the JSON "id"
  std::string title;
  std::string text;       // the story body, valid UTF-8 in NFC; every offset points into it
  std::string source;     // outlet or agency as the input names it
  std::string url;
  std::string published;  // "YYYY-MM-DD", or "" when unknown
  // Where `published` came from: "input" (a field of the input), "meta" (HTML meta
  // tags / JSON-LD), "feed" (RSS/Atom), "date-line" (a leading "date YYYY-MM-DD"
  // line), "" when unknown.
  std::string published_from;
  std::string dateline;   // place of the dateline ("HÀ NỘI", "BEIJING"), "" when none
  std::string dateline_region;  // what follows the place: "Indonesia" in "PALU, Indonesia, Oct 3 (Kyodo) -"
  int dateline_month = 0; // month and day a dateline gives without a year ("Feb.9"), 0 when none
  int dateline_day = 0;
  std::string agency;     // credited agency ("Xinhua", "VNA/VNS", "CGTN"), "" when none
  // The story's language as a BCP 47 tag ("en", "vi", "zh", "zh-Hant"): as the
  // input says (a JSON "lang", <html lang>, a feed's <language>), else
  // identified from the text; "" when neither tells.
  std::string lang;
  std::string metadata_json = "{}";  // input fields dyad has no column for, as a JSON object
  std::string origin;     // where it was read: "path" or "path:line"
  // The story body within `text`: after a leading date line, credit line and
  // dateline, before a trailing credit. Sentences are split inside it.
  uint32_t body_begin = 0;
  uint32_t body_end = 0;
};

}  // namespace dyad
