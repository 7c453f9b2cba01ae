#include "actors/gazetteer.h"

#include <charconv>
#include <cmath>
#include <utility>

#include "text/folding.h"
#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {
namespace {

std::string Key(std::string_view country, std::string_view name) {
  std::string key(country);
  key += '\t';
  key += FoldString(name);
  return key;
}

bool ParseNumber(std::string_view s, double lo, double hi, double* out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(*out) && *out >= lo && *out <= hi;
}

}  // namespace

bool IsPlaceKind(std::string_view kind) {
  static constexpr std::string_view kKinds[] = {
      "capital", "city",  "town",  "village", "province", "region", "district", "island", "sea",   "strait",
      "gulf",    "bay",   "shoal", "reef",    "atoll",    "river",  "lake",     "mountain", "desert", "base",
      "site",    "crossing", "canal", "park", "camp",    "ocean",  "channel",  "peninsula"};
  for (std::string_view k : kKinds) {
    if (k == kind) return true;
  }
  return false;
}

Result<Gazetteer> Gazetteer::Load(const std::string& path,
                                  const std::function<bool(std::string_view, std::string_view)>& known) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  Gazetteer g;
  Status s = ForEachTsvLine(*text, path, 6, 6, [&](const TsvLine& line) -> Status {
    std::string_view country = line.fields[0], name = line.fields[1];
    if (country == "-") country = "";
    if (!known(country, name)) return line.Error("not a place of places.tsv nor a capital of countries.tsv: " +
                                                 std::string(line.fields[0]) + " " + std::string(name));
    GeoPoint p;
    if (!ParseNumber(line.fields[2], -90, 90, &p.lat)) return line.Error("latitude must be a number in [-90, 90]");
    if (!ParseNumber(line.fields[3], -180, 180, &p.lon)) return line.Error("longitude must be a number in [-180, 180]");
    if (!IsPlaceKind(line.fields[4])) return line.Error("unknown kind of place: " + std::string(line.fields[4]));
    p.kind = std::string(line.fields[4]);
    std::string_view id = line.fields[5];
    if (id != "-") {
      auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), p.geonames_id);
      if (ec != std::errc() || end != id.data() + id.size() || p.geonames_id <= 0) {
        return line.Error("GeoNames id must be a positive number or -");
      }
    }
    if (!g.points_.try_emplace(Key(country, name), std::move(p)).second) {
      return line.Error("place listed twice: " + std::string(name));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return g;
}

const GeoPoint* Gazetteer::Find(std::string_view country, std::string_view name) const {
  auto it = points_.find(Key(country, name));
  return it == points_.end() ? nullptr : &it->second;
}

}  // namespace dyad
