#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

#include "text/sentence_rules.h"
#include "text/utf8.h"

namespace dyad {
namespace {

// Abbreviations after which a sentence never ends in news copy.
constexpr std::array<std::string_view, 36> kNeverFinal = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Adm.", "Sgt.", "Cmdr.",
    "Sen.", "Rep.", "Gov.", "Prof.", "St.", "No.", "Nos.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.",
    "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Jr.", "Sr.", "Rev.", "vs.", "Vol.", "Art.", "Pres."};

// Abbreviations that end a sentence only when the next one opens like one.
constexpr std::array<std::string_view, 10> kMaybeFinal = {
    "U.S.", "U.N.", "U.K.", "E.U.", "D.C.", "Inc.", "Corp.", "Ltd.", "Co.", "a.m."};

// Words after which a capital's initial shortens a name rather than ends a
// sentence: those that join names ("signed by J.R. Jayewardene and R.
// Gandhi"), prepositions, articles and counts ("after N. Korean shelling",
// "two S. Korean marines").
constexpr std::array<std::string_view, 22> kBeforeName = {
    "and", "by", "with", "between", "after", "of", "the", "in", "to", "from", "for", "on",
    "at", "against", "over", "says", "said", "two", "three", "four", "five", "six"};

constexpr std::array<std::string_view, 20> kSentenceOpeners = {
    "The", "A", "An", "In", "It", "He", "She", "They", "We", "But", "This", "That", "These",
    "On", "At", "As", "I", "His", "Her", "Their"};

// The word `text` ends with: the bytes after its last space, "(", newline or
// quote. `text` ends with one of the abbreviations below as a whole word
// exactly when this word is that abbreviation (none holds those bytes).
std::string_view LastWord(std::string_view text) {
  size_t b = text.size();
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '(' && text[b - 1] != '\n' && text[b - 1] != '"') --b;
  return text.substr(b);
}

std::string_view FirstWord(std::string_view text) {
  size_t end = 0;
  while (end < text.size() && text[end] != ' ' && text[end] != ',' && text[end] != '\n') ++end;
  return text.substr(0, end);
}

// "P.W.", "J.R.", "H.-D.": two or more initials written as one word.
bool IsJoinedInitials(std::string_view word) {
  int initials = 0;
  size_t i = 0;
  while (i < word.size()) {
    if (word[i] == '-') ++i;
    if (i + 1 >= word.size() || word[i] < 'A' || word[i] > 'Z' || word[i + 1] != '.') return false;
    ++initials;
    i += 2;
  }
  return initials >= 2;
}

bool ShouldMerge(std::string_view prev, std::string_view next) {
  if (prev.empty() || next.empty()) return false;
  if (prev.back() != '.') return false;  // every abbreviation below ends with one
  std::string_view last = LastWord(prev);
  for (std::string_view a : kNeverFinal) {
    if (last == a) return true;
  }
  // "George W. Bush": an initial after a name, before a word that opens no sentence.
  if (last.size() == 2 && last[0] >= 'A' && last[0] <= 'Z') {
    std::string_view before = prev.substr(0, prev.size() - 2);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    const std::string_view name = LastWord(before);
    const std::string_view w = FirstWord(next);
    const bool opener = std::find(kSentenceOpeners.begin(), kSentenceOpeners.end(), w) != kSentenceOpeners.end();
    if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z' && !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && !opener) {
      return true;
    }
    // "Gandhi and J. R. Jayewardene": an initial before another, or after
    // a word that joins names ("signed by J.R. Jayewardene and R. Gandhi").
    if (w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.') return true;
    // So does one that opens the text ("N. Korea fires missile") or follows a
    // word of kBeforeName or a number ("12 S. Korean civilians").
    const bool before_name = name.empty() || (name[0] >= '0' && name[0] <= '9') ||
                             std::find(kBeforeName.begin(), kBeforeName.end(), name) != kBeforeName.end();
    if (before_name && !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && !opener) return true;
  }
  // "Samora Machel and P.W. Botha met": joined initials end a sentence only
  // before a word that opens one, as "U.S." does.
  if (IsJoinedInitials(last) || std::find(kMaybeFinal.begin(), kMaybeFinal.end(), last) != kMaybeFinal.end()) {
    const std::string_view w = FirstWord(next);
    return std::find(kSentenceOpeners.begin(), kSentenceOpeners.end(), w) == kSentenceOpeners.end();
  }
  return false;
}

icu::BreakIterator* ThreadIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en_US@ss=standard"), status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  return it.get();
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; }

// Appends ICU's breaks in text[begin, end) (UTF-8 offsets into `text`) to
// `cuts`. Called on whole paragraphs only: a break always follows a paragraph
// separator and no later rule looks back across one, so a paragraph's breaks
// are the same whether ICU reads it alone or inside the whole text.
void IcuCuts(std::string_view text, size_t begin, size_t end, std::vector<uint32_t>* cuts) {
  // UTF-16 copy with a map from UTF-16 index to UTF-8 offset, built in one
  // pass (appending to a UnicodeString one code point at a time is slow).
  // Buffers kept per thread: a story's worth of UTF-16 is allocated once.
  // UTF-16 never needs more units than UTF-8 has bytes.
  thread_local std::u16string utf16;
  thread_local std::vector<uint32_t> u16_to_u8;
  utf16.resize(end - begin);
  u16_to_u8.resize(end - begin + 1);
  size_t n = 0;
  for (size_t i = begin; i < end;) {
    // Eight ASCII bytes at a time: one UTF-16 unit and one offset each.
    if (i + 8 <= end) {
      uint64_t w;
      std::memcpy(&w, text.data() + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        for (size_t k = 0; k < 8; ++k) {
          utf16[n + k] = static_cast<char16_t>(static_cast<unsigned char>(text[i + k]));
          u16_to_u8[n + k] = static_cast<uint32_t>(i + k);
        }
        n += 8;
        i += 8;
        continue;
      }
    }
    size_t start = i;
    unsigned char c = static_cast<unsigned char>(text[i]);
    char32_t cp = c < 0x80 ? (++i, c) : DecodeUtf8(text, &i);
    if (cp < 0x10000) {
      utf16[n] = static_cast<char16_t>(cp);
      u16_to_u8[n++] = static_cast<uint32_t>(start);
    } else {
      cp -= 0x10000;
      utf16[n] = static_cast<char16_t>(0xD800 + (cp >> 10));
      u16_to_u8[n++] = static_cast<uint32_t>(start);
      utf16[n] = static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
      u16_to_u8[n++] = static_cast<uint32_t>(start);
    }
  }
  utf16.resize(n);
  u16_to_u8[n] = static_cast<uint32_t>(end);
  // A read-only alias: no copy of the buffer.
  icu::UnicodeString u(false, reinterpret_cast<const UChar*>(utf16.data()), static_cast<int32_t>(utf16.size()));
  icu::BreakIterator* bi = ThreadIterator();
  if (bi == nullptr) return;
  bi->setText(u);
  for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
    cuts->push_back(u16_to_u8[static_cast<size_t>(b)]);
  }
}

// Trimmed spans between the cuts, with the abbreviation merge pass.
std::vector<SentenceSpan> SpansFromCuts(std::string_view text, std::vector<uint32_t>* cuts) {
  if (cuts->empty() || cuts->back() != text.size()) cuts->push_back(static_cast<uint32_t>(text.size()));
  std::vector<SentenceSpan> out;
  uint32_t begin = 0;
  for (uint32_t cut : *cuts) {
    uint32_t b = begin, e = cut;
    while (b < e && IsSpaceByte(text[b])) ++b;
    while (e > b && IsSpaceByte(text[e - 1])) --e;
    begin = cut;
    if (b >= e) continue;
    if (!out.empty()) {
      std::string_view prev_raw = text.substr(out.back().begin, b - out.back().begin);
      std::string_view prev = text.substr(out.back().begin, out.back().end - out.back().begin);
      bool paragraph_break = prev_raw.find('\n') != std::string_view::npos;
      if (!paragraph_break && ShouldMerge(prev, text.substr(b, e - b))) {
        out.back().end = e;
        continue;
      }
    }
    out.push_back({b, e});
  }
  return out;
}

}  // namespace

std::vector<SentenceSpan> SplitSentencesWithIcu(std::string_view text) {
  thread_local std::vector<uint32_t> cuts;
  cuts.clear();
  IcuCuts(text, 0, text.size(), &cuts);
  return SpansFromCuts(text, &cuts);
}

std::vector<SentenceSpan> SplitSentences(std::string_view text) {
  thread_local std::vector<uint32_t> cuts;
  thread_local std::vector<uint32_t> paragraph;
  cuts.clear();
  const SentenceRules* rules = SentenceRules::Get();
  // Paragraph by paragraph, each ending after its '\n' (where ICU always
  // breaks); a run of paragraphs the rules leave to ICU goes to it at once.
  constexpr size_t kNone = std::string_view::npos;
  size_t pending = rules == nullptr ? 0 : kNone;  // where the paragraphs waiting for ICU start
  for (size_t p = 0; p < text.size() && rules != nullptr;) {
    size_t nl = text.find('\n', p);
    size_t content_end = nl == kNone ? text.size() : nl;
    size_t next = nl == kNone ? text.size() : nl + 1;
    paragraph.clear();
    if (!rules->Cuts(text, p, content_end, &paragraph)) {
      if (pending == kNone) pending = p;
    } else {
      if (pending != kNone) IcuCuts(text, pending, p, &cuts);
      pending = kNone;
      cuts.insert(cuts.end(), paragraph.begin(), paragraph.end());
      cuts.push_back(static_cast<uint32_t>(next));
    }
    p = next;
  }
  if (pending != kNone) IcuCuts(text, pending, text.size(), &cuts);
  return SpansFromCuts(text, &cuts);
}

}  // namespace dyad
