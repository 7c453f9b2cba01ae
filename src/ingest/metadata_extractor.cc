#include "ingest/metadata_extractor.h"

#include <unicode/uchar.h>

#include <array>
#include <cctype>
#include <cstring>
#include <string>

#include "text/utf8.h"
#include "util/tsv.h"

namespace dyad {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// std::string_view::rfind, but jumping between occurrences of the first byte
// with memrchr: libstdc++ compares at every position, and the credit markers
// are searched for in every story's tail.
size_t RFind(std::string_view hay, std::string_view needle) {
  if (needle.empty() || needle.size() > hay.size()) return needle.empty() ? hay.size() : std::string_view::npos;
  size_t limit = hay.size() - needle.size() + 1;  // candidate starts are [0, limit)
  while (limit > 0) {
    const void* p = memrchr(hay.data(), needle[0], limit);
    if (p == nullptr) break;
    size_t at = static_cast<size_t>(static_cast<const char*>(p) - hay.data());
    if (std::memcmp(hay.data() + at, needle.data(), needle.size()) == 0) return at;
    limit = at;
  }
  return std::string_view::npos;
}

size_t SkipSpace(std::string_view s, size_t pos) {
  while (pos < s.size() && IsSpace(s[pos])) ++pos;
  return pos;
}

bool IsValidDate(int y, int m, int d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

// "YYYY-MM-DD" at the start of `s`, validated; "" otherwise.
std::string IsoDateAt(std::string_view s) {
  if (s.size() < 10) return "";
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return "";
  }
  if (s[4] != '-' || s[7] != '-') return "";
  if (s.size() > 10 && std::isdigit(static_cast<unsigned char>(s[10]))) return "";
  int y = std::stoi(std::string(s.substr(0, 4))), m = std::stoi(std::string(s.substr(5, 2))),
      d = std::stoi(std::string(s.substr(8, 2)));
  return IsValidDate(y, m, d) ? std::string(s.substr(0, 10)) : "";
}

// True when every letter of `word` is upper case and it has at least one.
bool IsUpperWord(std::string_view word) {
  bool any = false;
  for (size_t i = 0; i < word.size();) {
    char32_t cp = DecodeUtf8(word, &i);
    if (u_isalpha(static_cast<UChar32>(cp))) {
      if (!u_isupper(static_cast<UChar32>(cp))) return false;
      any = true;
    } else if (cp != '.' && cp != '\'' && cp != '-') {
      return false;
    }
  }
  return any;
}

bool IsTitleWord(std::string_view word) {
  if (word.empty()) return false;
  size_t i = 0;
  char32_t first = DecodeUtf8(word, &i);
  if (!u_isupper(static_cast<UChar32>(first))) return false;
  while (i < word.size()) {
    char32_t cp = DecodeUtf8(word, &i);
    if (!u_isalpha(static_cast<UChar32>(cp)) && cp != '.' && cp != '\'' && cp != '-') return false;
  }
  return true;
}

std::vector<std::string_view> Words(std::string_view s);

// "South Korea", "D.C.", "Indonesia": what follows the place in "SEOUL, South
// Korea (AP) —" when it is not a date.
bool IsPlaceQualifier(std::string_view s) {
  std::vector<std::string_view> words = Words(s);
  if (words.empty() || words.size() > 3 || s.size() > 40) return false;
  for (std::string_view w : words) {
    if (!IsTitleWord(w) && !IsUpperWord(w)) return false;
  }
  return true;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && !IsSpace(s[i])) ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// Parses "Feb.9", "Feb. 9", "February 9", "9 February", with an optional
// ", 2021"; returns false when `s` is not such a date.
bool ParseMonthDay(std::string_view s, int* month, int* day, int* year) {
  std::string t(Trim(s));
  for (char& c : t) {
    if (c == '.' || c == ',') c = ' ';
  }
  std::vector<std::string_view> w = Words(t);
  if (w.size() < 2 || w.size() > 3) return false;
  auto number = [](std::string_view x, int lo, int hi) {
    if (x.empty() || x.size() > 4) return 0;
    for (char c : x) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
    }
    int v = std::stoi(std::string(x));
    return v >= lo && v <= hi ? v : 0;
  };
  int m = ParseMonthName(w[0]), d = number(w[1], 1, 31);
  if (m == 0 || d == 0) {
    m = ParseMonthName(w[1]);
    d = number(w[0], 1, 31);
  }
  if (m == 0 || d == 0) return false;
  int y = w.size() == 3 ? number(w[2], 1900, 2100) : 0;
  if (w.size() == 3 && y == 0) return false;
  *month = m, *day = d, *year = y;
  return true;
}

// True when the period at `dot` ends an abbreviation, not a sentence: an
// initialism ("U.S.", "U.N.") or a lone capital ("George W. Bush").
bool EndsAbbreviation(std::string_view line, size_t dot) {
  if (dot == 0 || !std::isupper(static_cast<unsigned char>(line[dot - 1]))) return false;
  return dot == 1 || !std::isalpha(static_cast<unsigned char>(line[dot - 2]));
}

// A short line that does not read as a sentence: a headline or a byline.
bool LooksLikeHeadline(std::string_view line) {
  if (line.empty() || line.size() > 200) return false;
  char last = line.back();
  if (last == '.' || last == '!' || last == '?' || last == ';' || last == ':') return false;
  for (size_t at = line.find(". "); at != std::string_view::npos; at = line.find(". ", at + 1)) {
    if (!EndsAbbreviation(line, at)) return false;
  }
  return true;
}

// Reads a dateline at `pos`; on success fills `doc` and returns the offset
// where the body starts, else returns `pos`.
size_t ReadDateline(const AgencyTable& agencies, std::string_view text, size_t pos, Document* doc) {
  size_t line_end = text.find('\n', pos);
  if (line_end == std::string_view::npos) line_end = text.size();
  std::string_view line = text.substr(pos, std::min<size_t>(line_end - pos, 160));
  std::string place, agency, date;
  size_t body = std::string_view::npos;

  // "PLACE | Agency |"
  size_t bar1 = line.find(" | ");
  if (bar1 != std::string_view::npos && bar1 < 60) {
    size_t bar2 = line.find(" |", bar1 + 3);
    if (bar2 != std::string_view::npos && bar2 - bar1 < 40) {
      place = Trim(line.substr(0, bar1));
      agency = Trim(line.substr(bar1 + 3, bar2 - bar1 - 3));
      body = pos + bar2 + 2;
    }
  }
  if (body == std::string_view::npos) {
    // "HEAD — body" with an em dash, en dash, or spaced hyphen.
    static constexpr std::array<std::string_view, 5> kDashes = {" \u2014 ", " \u2013 ", " -- ", " - ", "\u2014 "};
    size_t best = std::string_view::npos, dash_len = 0;
    for (std::string_view d : kDashes) {
      size_t at = line.find(d);
      if (at != std::string_view::npos && at < best) best = at, dash_len = d.size();
    }
    // "NEW DELHI, Mar 12 (PTI) External Affairs …": the agency's bracket ends
    // the dateline when no dash does.
    size_t close = line.find(") ");
    bool dash_follows = best != std::string_view::npos && close != std::string_view::npos && best >= close &&
                        best <= close + 2;
    if (!dash_follows && (best == std::string_view::npos || best > close) && close != std::string_view::npos &&
        close < 60 && line.find('(') < close) {
      best = close + 1;
      dash_len = 1;
    }
    if (best == std::string_view::npos || best > 80) return pos;
    std::string_view head = Trim(line.substr(0, best));
    size_t paren = head.rfind('(');
    if (paren != std::string_view::npos && head.back() == ')') {
      agency = Trim(head.substr(paren + 1, head.size() - paren - 2));
      head = Trim(head.substr(0, paren));
    }
    size_t comma = head.find(',');
    if (comma != std::string_view::npos) {
      date = Trim(head.substr(comma + 1));
      head = Trim(head.substr(0, comma));
    }
    place = head;
    body = pos + best + dash_len;
  }

  std::vector<std::string_view> words = Words(place);
  if (words.empty() || words.size() > 4 || place.size() > 48) return pos;
  bool upper = true, title = true;
  for (std::string_view w : words) {
    upper = upper && IsUpperWord(w);
    title = title && IsTitleWord(w);
  }
  int month = 0, day = 0, year = 0;
  bool has_date = !date.empty() && ParseMonthDay(date, &month, &day, &year);
  std::string region;
  // "PALU, Indonesia, Oct 3 (Kyodo) -": the state or province, then the date.
  if (!date.empty() && !has_date) {
    const size_t second = date.find(',');
    if (second != std::string::npos && IsPlaceQualifier(date.substr(0, second))) {
      std::string rest(Trim(std::string_view(date).substr(second + 1)));
      if (ParseMonthDay(rest, &month, &day, &year)) {
        has_date = true;
        region = std::string(Trim(std::string_view(date).substr(0, second)));
        date = rest;
      }
    }
  }
  // "SEOUL, South Korea (AP) —": after the comma a country or state, not a date.
  if (!date.empty() && !has_date && !IsPlaceQualifier(date)) return pos;
  if (!date.empty() && !has_date) region = date;
  // A story starts like a sentence; "ASEAN — the regional bloc — will meet"
  // is a sentence with a parenthesis, not a dateline.
  size_t body_start = SkipSpace(text, body);
  if (body_start < text.size() && text[body_start] >= 'a' && text[body_start] <= 'z') return pos;
  // A title-case head ("Hanoi —") is a dateline only with an agency or a date:
  // otherwise it may be the start of an ordinary sentence.
  if (!upper && !(title && (has_date || !agency.empty()))) return pos;

  doc->dateline = place;
  doc->dateline_region = region;
  if (has_date) {
    doc->dateline_month = month;
    doc->dateline_day = day;
    if (year != 0 && doc->published.empty()) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      doc->published = buf;
      doc->published_from = "dateline";
    }
  }
  if (!agency.empty() && doc->agency.empty()) {
    std::string known = agencies.FindAlias(agency);
    doc->agency = known.empty() ? agency : known;
  }
  return SkipSpace(text, body);
}

// Looks for a trailing credit; returns where the body ends.
size_t ReadTrailingCredit(const AgencyTable& agencies, std::string_view text, size_t body_begin, Document* doc) {
  size_t end = text.size();
  while (end > body_begin && IsSpace(text[end - 1])) --end;
  std::string_view body = text.substr(0, end);
  // "Reference(s):" / "Source(s):" blocks near the end.
  size_t tail_from = end > 600 ? end - 600 : body_begin;
  for (std::string_view marker : {std::string_view("\nReference(s):"), std::string_view("\nReferences:"),
                                  std::string_view("\nSource(s):"), std::string_view("\nSource:")}) {
    size_t at = RFind(body.substr(tail_from), marker);
    if (at != std::string_view::npos) at += tail_from;
    if (at != std::string_view::npos && at >= body_begin) {
      std::string found = agencies.FindDomain(body.substr(at));
      if (!found.empty() && doc->agency.empty()) doc->agency = found;
      return at;
    }
  }
  // A last line that is an agency's name alone ("Vietnamplus").
  size_t nl = body.rfind('\n');
  if (nl != std::string_view::npos && nl >= body_begin) {
    std::string_view last = Trim(body.substr(nl + 1));
    std::string known = agencies.FindAlias(last);
    if (!known.empty()) {
      if (doc->agency.empty()) doc->agency = known;
      return nl;
    }
  }
  // "… — VNA/VNS" at the very end: only the last line can hold it.
  size_t tail_start = end > 64 ? end - 64 : 0;
  for (std::string_view dash : {std::string_view(" \u2014 "), std::string_view(" \u2013 "), std::string_view(" - "),
                                std::string_view("\u2014"), std::string_view(" -- ")}) {
    size_t at = RFind(body.substr(tail_start), dash);
    if (at == std::string_view::npos) continue;
    at += tail_start;
    if (at < body_begin || end - at > 40) continue;
    std::string_view credit = Trim(body.substr(at + dash.size()));
    std::string known = agencies.FindAlias(credit);
    bool looks_like_credit = !credit.empty() && credit.size() <= 16;
    for (char c : credit) {
      if (!(std::isupper(static_cast<unsigned char>(c)) || c == '/' || c == ' ')) looks_like_credit = false;
    }
    if (known.empty() && !looks_like_credit) continue;
    if (doc->agency.empty()) doc->agency = known.empty() ? std::string(credit) : known;
    return at;
  }
  return end;
}

}  // namespace

int ParseMonthName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {"january", "february", "march",     "april",
                                                              "may",     "june",     "july",      "august",
                                                              "september", "october", "november", "december"};
  std::string w;
  for (char c : word) {
    if (c != '.') w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (w.size() < 3) return 0;
  if (w == "sept") return 9;
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (w == kNames[i] || (w.size() == 3 && kNames[i].substr(0, 3) == w)) return static_cast<int>(i) + 1;
  }
  return 0;
}

void ExtractTextMetadata(const AgencyTable& agencies, Document* doc) {
  std::string_view text = doc->text;
  size_t pos = SkipSpace(text, 0);
  // Header lines may come in either order; each is read at most once.
  bool credit_seen = false, date_seen = false;
  for (int round = 0; round < 2; ++round) {
    if (!credit_seen && StartsWithNoCase(text.substr(pos), "provided by ")) {
      size_t line_end = text.find('\n', pos);
      if (line_end == std::string_view::npos) line_end = text.size();
      std::string_view who = Trim(text.substr(pos + 12, line_end - pos - 12));
      if (!who.empty() && who.size() < 60) {
        std::string known = agencies.FindAlias(who);
        if (doc->agency.empty()) doc->agency = known.empty() ? std::string(who) : known;
        pos = SkipSpace(text, line_end);
        credit_seen = true;
      }
    }
    if (!date_seen && StartsWithNoCase(text.substr(pos), "date ")) {
      std::string date = IsoDateAt(text.substr(pos + 5));
      if (!date.empty()) {
        if (doc->published.empty()) {
          doc->published = date;
          doc->published_from = "date-line";
        }
        pos = SkipSpace(text, pos + 15);
        date_seen = true;
      }
    }
  }
  // A headline and a byline may stand before the dateline (web pages, wire
  // copy): look past up to three such lines, but only when a dateline follows.
  size_t probe = pos;
  size_t body = ReadDateline(agencies, text, probe, doc);
  for (int skipped = 0; body == probe && skipped < 3; ++skipped) {
    size_t line_end = text.find('\n', probe);
    if (line_end == std::string_view::npos || !LooksLikeHeadline(Trim(text.substr(probe, line_end - probe)))) break;
    probe = SkipSpace(text, line_end);
    body = ReadDateline(agencies, text, probe, doc);
  }
  if (body != probe) pos = body;
  doc->body_begin = static_cast<uint32_t>(pos);
  doc->body_end = static_cast<uint32_t>(ReadTrailingCredit(agencies, text, pos, doc));
  if (doc->body_end < doc->body_begin) doc->body_end = doc->body_begin;
}

}  // namespace dyad
