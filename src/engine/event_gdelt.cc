#include "engine/event_gdelt.h"

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <set>

#include "util/file_io.h"
#include "util/hash.h"
#include "util/tsv.h"

namespace dyad {
namespace {

constexpr std::array<std::string_view, kGdeltColumns> kNames = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL"};

class Row {
 public:
  void Add(std::string_view value) {
    if (count_++ > 0) out_.push_back('\t');
    for (char c : value) out_.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  }
  void Empty(int n) {
    for (int i = 0; i < n; ++i) Add({});
  }
  size_t count() const { return count_; }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  size_t count_ = 0;
};

// GDELT's integer id: the low 53 bits of dyad's 64-bit event hash, so that
// tools reading numbers as doubles (R, JavaScript) keep it exact.
std::string GlobalEventId(const std::string& event_id) {
  uint64_t h = 0;
  std::string_view hex = event_id.rfind("ev-", 0) == 0 ? std::string_view(event_id).substr(3) : std::string_view();
  auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), h, 16);
  if (hex.empty() || ec != std::errc() || end != hex.data() + hex.size()) h = Fnv1a64(event_id);
  return std::to_string(h & ((uint64_t{1} << 53) - 1));
}

// Year, month and day of an ISO date of any precision: a month or a year
// stands at its first day, the only way GDELT's eight-digit SQLDATE can say it.
bool DateParts(const std::string& date, int* year, int* month, int* day) {
  auto number = [&](size_t at, size_t n, int* out) {
    if (date.size() < at + n) return false;
    auto [p, ec] = std::from_chars(date.data() + at, date.data() + at + n, *out);
    return ec == std::errc() && p == date.data() + at + n;
  };
  *month = 1;
  *day = 1;
  if (!number(0, 4, year)) return false;
  if (date.size() >= 7 && (date[4] != '-' || !number(5, 2, month))) return false;
  if (date.size() >= 10 && (date[7] != '-' || !number(8, 2, day))) return false;
  return *month >= 1 && *month <= 12 && *day >= 1 && *day <= 31;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

void AddActor(const EventActor& a, Row* row) {
  row->Add(a.code);
  row->Add(Upper(a.name));
  row->Add(a.country);
  // "IGOUNO": an organisation's own code; "CHNGOV": a state's government.
  std::string_view rest = std::string_view(a.code).substr(std::min<size_t>(3, a.code.size()));
  bool group = a.country.empty() && a.code.size() >= 6 &&
               (a.code.rfind("IGO", 0) == 0 || a.code.rfind("NGO", 0) == 0 || a.code.rfind("MNC", 0) == 0);
  row->Add(group ? rest.substr(0, 3) : std::string_view());
  row->Empty(3);  // ethnic, religion 1 and 2: dyad does not code them
  std::string_view types = group ? rest.substr(std::min<size_t>(3, rest.size())) : a.country.empty() ? "" : rest;
  for (int k = 0; k < 3; ++k) {
    row->Add(types.substr(0, std::min<size_t>(3, types.size())));
    types = types.substr(std::min<size_t>(3, types.size()));
  }
}

// ActionGeo_*: GDELT's resolution code, name, FIPS country, ADM1 and ADM2
// codes, point and feature id. dyad knows no ADM codes; a place that is no
// state's (a sea, a disputed shoal) has no country code.
void AddActionGeo(const EventLocation& l, const FipsCodes& fips, Row* row) {
  if (l.empty()) {
    row->Empty(8);
    return;
  }
  const bool us = l.country == "USA";
  const bool state = l.kind == "province";
  const bool city = l.kind == "capital" || l.kind == "city" || l.kind == "town" || l.kind == "village";
  // 2 USSTATE, 3 USCITY, 4 WORLDCITY (or landmark), 5 WORLDSTATE; a place
  // without a point gets no type: GDELT's types promise one.
  row->Add(!l.has_point ? "" : state ? (us ? "2" : "5") : (us ? "3" : "4"));
  row->Add(l.name);
  auto code = fips.find(l.country);
  row->Add(code == fips.end() ? std::string_view() : std::string_view(code->second));
  row->Empty(2);
  if (l.has_point) {
    char c[24];
    std::snprintf(c, sizeof c, "%.4f", l.lat);
    row->Add(c);
    std::snprintf(c, sizeof c, "%.4f", l.lon);
    row->Add(c);
  } else {
    row->Empty(2);
  }
  row->Add(city && l.geonames_id != 0 ? std::to_string(l.geonames_id) : std::string());
}

}  // namespace

Result<FipsCodes> LoadFipsCodes(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  FipsCodes codes;
  Status s = ForEachTsvLine(*text, path, 2, 2, [&](const TsvLine& line) -> Status {
    std::string_view iso = line.fields[0], fips = line.fields[1];
    auto upper = [](std::string_view v, size_t n) {
      if (v.size() != n) return false;
      for (char c : v) {
        if (c < 'A' || c > 'Z') return false;
      }
      return true;
    };
    if (!upper(iso, 3)) return line.Error("country must be an ISO-3166 alpha-3 code: " + std::string(iso));
    if (fips == "-") return Status::Ok();  // a territory FIPS 10-4 does not name
    if (!upper(fips, 2)) return line.Error("FIPS 10-4 code must be two capital letters: " + std::string(fips));
    if (!codes.try_emplace(std::string(iso), std::string(fips)).second) {
      return line.Error("country listed twice: " + std::string(iso));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return codes;
}

const std::array<std::string_view, kGdeltColumns>& GdeltColumnNames() { return kNames; }

std::string GdeltHeader() {
  Row row;
  for (std::string_view n : kNames) row.Add(n);
  return row.Take();
}

std::string EventToGdelt(const EventRecord& e, const FipsCodes& fips) {
  Row row;
  row.Add(GlobalEventId(e.event_id));
  int year = 0, month = 0, day = 0;
  if (DateParts(e.date, &year, &month, &day)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", year, month, day);
    row.Add(buf);
    std::snprintf(buf, sizeof buf, "%04d%02d", year, month);
    row.Add(buf);
    row.Add(std::to_string(year));
    std::snprintf(buf, sizeof buf, "%.4f", year + (month * 30 + day) / 365.0);
    row.Add(buf);
  } else {
    row.Empty(4);
  }
  AddActor(e.source, &row);
  AddActor(e.target, &row);
  row.Add(!e.evidence.empty() && e.evidence.front().sentence == 0 ? "1" : "0");
  row.Add(e.cameo);
  row.Add(std::string_view(e.cameo).substr(0, 3));
  row.Add(e.root);
  row.Add(std::to_string(e.quad_class));
  char g[16];
  std::snprintf(g, sizeof g, "%.1f", e.goldstein);
  row.Add(g);
  std::set<std::string_view> docs(e.docs.begin(), e.docs.end());
  if (docs.empty() && !e.doc.empty()) docs.insert(e.doc);
  row.Add(std::to_string(e.evidence.size()));
  row.Add(std::to_string(docs.size()));
  row.Add(std::to_string(docs.size()));
  row.Empty(1);       // AvgTone: dyad scores no tone
  row.Empty(2 * 8);   // where the actors are: not geocoded
  AddActionGeo(e.location, fips, &row);
  row.Empty(1);       // DATEADDED: the store keeps no time of adding
  row.Add(e.url.empty() ? e.doc : e.url);
  return row.Take();
}

}  // namespace dyad
