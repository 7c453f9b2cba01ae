#include "actors/document_tokens.h"

#include <algorithm>
#include <string>

#include "actors/actor_dictionary.h"

#include <unicode/uchar.h>

#include "text/utf8.h"
#include "util/day.h"
#include "util/flat_map.h"
#include "text/word_shape.h"

namespace dyad {

namespace {

// "1978", "5": a year or a day of the month, as a date's number is written.
bool IsYearOrDayNumber(std::string_view w) {
  if (w.empty() || w.size() > 4) return false;
  for (char c : w) {
    if (c < '0' || c > '9') return false;
  }
  return w.size() <= 2 || w.size() == 4;
}

}  // namespace

uint32_t LeadInPhraseEnd(const DocumentTokens& d, uint32_t b, uint32_t e, bool opens_with_actor) {
  static const FlatStringSet kOpeners = {
      "under", "at", "in", "during", "on", "after", "before", "with", "for", "according", "amid", "following",
      "despite", "upon", "from", "since", "through", "besides", "beyond", "regarding", "as", "while", "when"};
  if (b >= e) return 0;
  std::string_view first = d.text(b);
  // "Congratulating the US, …", but not "Beijing summoned …".
  bool participle = !opens_with_actor && HasGerundShape(first);
  if (!kOpeners.Contains(first) && !participle) return 0;
  // "On Saturday Argentine forces seized …": a day with no comma after it
  // is all the lead-in there is, and the clause starts right after it.
  static const FlatStringSet kDayParts = {"morning", "afternoon", "evening", "night"};
  if (first == "on" && b + 2 < e && IsWeekdayName(d.text(b + 1))) {
    uint32_t next = b + 2;
    if (kDayParts.Contains(d.text(next)) && next + 1 < e) ++next;
    if (d.text(next) != ",") return 0;
  }
  // "In December both countries mobilised …", "In March 2014 Russian
  // troops seized …", "On March 5 Israel …": a month or a year with no comma
  // after it is the same.
  if ((first == "in" || first == "on") && b + 2 < e) {
    uint32_t next = b + 1;
    if (d.text(next) == "early" || d.text(next) == "late" || d.text(next) == "mid") ++next;
    const bool month = IsMonthName(d.text(next));
    // A lone number is a year ("In 1978"), not a count ("In 12 attacks").
    const bool year = !month && IsYearOrDayNumber(d.text(next)) && d.text(next).size() == 4;
    if (month) {
      ++next;  // then a day and a year, or one of them
      for (int k = 0; k < 2 && next < e && IsYearOrDayNumber(d.text(next)); ++k) ++next;
    } else if (year) {
      ++next;
    }
    if ((month || year) && next < e && d.text(next) != "," && d.tokens[next].is_word) return 0;
  }
  for (uint32_t i = b; i < e; ++i) {
    if (d.text(i) == ",") return i;
  }
  return 0;
}

DocumentTokens TokenizeDocument(std::string_view raw, const std::vector<SentenceSpan>& sentences,
                                const PhraseMatcher& matcher) {
  DocumentTokens d;
  d.folded = Fold(raw);
  d.tokens = Tokenize(d.folded.text);
  const size_t n = d.tokens.size();
  d.raw_begin.reserve(n);
  d.raw_end.reserve(n);
  d.capitalized.reserve(n);
  std::string_view folded = d.folded.text;
  for (const Token& t : d.tokens) {
    uint32_t rb = d.folded.RawStart(t.begin);
    d.raw_begin.push_back(rb);
    d.raw_end.push_back(d.folded.RawEnd(t.end));
    bool cap = false;
    if (t.is_word && rb < raw.size()) {
      unsigned char c = static_cast<unsigned char>(raw[rb]);
      if (c < 0x80) {
        cap = c >= 'A' && c <= 'Z';
      } else {
        size_t pos = rb;
        cap = u_isupper(static_cast<UChar32>(DecodeUtf8(raw, &pos)));
      }
    }
    d.capitalized.push_back(cap);
  }
  std::vector<std::string_view> texts;
  texts.reserve(n);
  for (const Token& t : d.tokens) texts.push_back(folded.substr(t.begin, t.end - t.begin));
  d.ids = matcher.Intern(texts);
  // Tokens are in text order and sentences too: one merge pass.
  size_t t = 0;
  for (const SentenceSpan& s : sentences) {
    while (t < n && d.raw_begin[t] < s.begin) ++t;
    uint32_t first = static_cast<uint32_t>(t);
    while (t < n && d.raw_begin[t] < s.end) ++t;
    d.sentence_tokens.emplace_back(first, static_cast<uint32_t>(t));
  }
  return d;
}

namespace {

// The capitalised words ending at token `k` (up to three) are a plural
// demonym ("New Zealanders", "Filipinos"): a state's people, whose bare
// apostrophe stays as written.
bool EndsPluralDemonym(const ActorDictionary& dict, const DocumentTokens& d, uint32_t begin, uint32_t k) {
  std::string words;
  for (uint32_t b = k + 1; b > begin && k + 1 - b < 3 && d.capitalized[b - 1]; --b) {
    words.insert(0, words.empty() ? std::string(d.text(b - 1)) : std::string(d.text(b - 1)) + " ");
    if (dict.IsPluralDemonym(words)) return true;
  }
  return false;
}

// The capitalised words ending at token `k` open an apposition (", the
// Netherlands' most wanted suspect,"): the chunker reads the state of an
// apposition from a state word that ends at a mark (chunker.cc,
// NameBeforeApposition), which a possessive would hide.
bool OpensApposition(const DocumentTokens& d, uint32_t begin, uint32_t k) {
  uint32_t b = k;
  while (b > begin && k - b < 3 && d.capitalized[b - 1]) --b;
  if (b > begin && d.text(b - 1) == "the") --b;
  return b > begin && d.text(b - 1) == ",";
}

void MarkInSentence(const ActorDictionary& dict, DocumentTokens* d, uint32_t begin, uint32_t end,
                    uint32_t possessive_id) {
  std::vector<Token>& t = d->tokens;
  bool quote_open = false;
  for (uint32_t k = begin; k < end; ++k) {
    if (d->text(k) != "'") continue;
    const bool after_word = k > begin && t[k - 1].is_word && t[k].begin == t[k - 1].end;
    const bool before_word = k + 1 < end && t[k + 1].is_word;
    const bool touches_next = k + 1 < end && t[k + 1].begin == t[k].end;
    if (!after_word) {
      quote_open = quote_open || touches_next;
      continue;
    }
    if (quote_open) {
      quote_open = false;
      continue;
    }
    const std::string_view word = d->text(k - 1);
    if (!before_word || touches_next || !d->capitalized[k - 1] || word.size() < 2 || word.back() != 's' ||
        EndsPluralDemonym(dict, *d, begin, k - 1) || OpensApposition(*d, begin, k - 1)) {
      continue;
    }
    t[k].bare_possessive = true;
    t[k].is_word = true;  // as the tokenizer's own "'s"
    d->ids[k] = possessive_id;
  }
}

}  // namespace

void MarkBarePossessives(const ActorDictionary& dict, DocumentTokens* d) {
  const uint32_t possessive_id = dict.matcher().Intern({"'s"}).front();
  for (const auto& [first, last] : d->sentence_tokens) MarkInSentence(dict, d, first, last, possessive_id);
}

void ApplyPeriodNames(const ActorDictionary& dict, Day published, DocumentTokens* d) {
  for (const PeriodName& name : dict.period_names()) {
    const bool in_period = published != 0 && published <= name.last;
    if (name.capital_first == 0 ? in_period : !in_period) continue;
    const size_t n = name.ids.size();
    for (size_t i = 0; i + n <= d->ids.size(); ++i) {
      if (!std::equal(name.ids.begin(), name.ids.end(), d->ids.begin() + static_cast<std::ptrdiff_t>(i))) continue;
      if (name.capital_first != 0) {
        d->ids[i] = name.capital_first;  // "Bonn" in 1985: West Germany's capital
        continue;
      }
      if (dict.matcher().LongestAt(d->ids, i).end != i + n) continue;
      std::fill_n(d->ids.begin() + static_cast<std::ptrdiff_t>(i), n, PhraseMatcher::kUnknownToken);
    }
  }
}

}  // namespace dyad
