#include "text/sentence_rules.h"

#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#include <algorithm>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/utf8.h"

namespace dyad {
namespace {

// Sentence_Break classes the rules tell apart; kHard is any class they do not
// model (CR, LF, Sep, Extend, Format), which sends the paragraph to ICU.
enum Class : uint8_t { kOther, kSp, kLower, kUpper, kOLetter, kNumeric, kATerm, kSTerm, kClose, kSContinue, kHard };

Class FromIcu(int32_t sb) {
  switch (sb) {
    case U_SB_OTHER: return kOther;
    case U_SB_SP: return kSp;
    case U_SB_LOWER: return kLower;
    case U_SB_UPPER: return kUpper;
    case U_SB_OLETTER: return kOLetter;
    case U_SB_NUMERIC: return kNumeric;
    case U_SB_ATERM: return kATerm;
    case U_SB_STERM: return kSTerm;
    case U_SB_CLOSE: return kClose;
    case U_SB_SCONTINUE: return kSContinue;
    default: return kHard;
  }
}

bool IsTerm(uint8_t c) { return c == kATerm || c == kSTerm; }

// The strings ICU's filtered sentence iterator suppresses breaks after, read
// from the same resource its builder reads (brkitr, exceptions/SentenceBreak).
bool ReadExceptions(const char* locale, std::vector<std::string>* out) {
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* b = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", locale, &status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) {
    ures_close(b);
    return false;
  }
  UResourceBundle* ex = ures_getByKey(b, "exceptions", nullptr, &status);
  UResourceBundle* sb = ures_getByKey(ex, "SentenceBreak", nullptr, &status);
  bool ok = U_SUCCESS(status) && status != U_USING_DEFAULT_WARNING;
  while (ok && ures_hasNext(sb)) {
    int32_t len = 0;
    const UChar* s = ures_getNextString(sb, &len, nullptr, &status);
    if (U_FAILURE(status)) {
      ok = false;
      break;
    }
    std::string utf8;
    icu::UnicodeString(s, len).toUTF8String(utf8);
    out->push_back(std::move(utf8));
  }
  ures_close(sb);
  ures_close(ex);
  ures_close(b);
  return ok && !out->empty();
}

}  // namespace

const SentenceRules* SentenceRules::Get() {
  static const SentenceRules* rules = []() -> const SentenceRules* {
    std::unique_ptr<SentenceRules> r(new SentenceRules());
    for (char32_t c = 0; c < 128; ++c) {
      r->ascii_[c] = FromIcu(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK));
      // NextInteresting assumes these are the only ASCII terminators and
      // the only ASCII characters left to ICU.
      bool interesting = c == '.' || c == '!' || c == '?' || c == '\r' || c == '\n';
      if ((IsTerm(r->ascii_[c]) || r->ascii_[c] == kHard) != interesting) return nullptr;
    }
    std::vector<std::string> exceptions;
    if (!ReadExceptions("en_US", &exceptions)) return nullptr;
    for (const std::string& e : exceptions) {
      // Suppressed() assumes what the CLDR data has: ASCII strings that end
      // with '.' after at least one other byte, with no space or newline.
      if (e.size() < 2 || e.back() != '.' || e.front() == '.') return nullptr;
      for (char c : e) {
        if (static_cast<unsigned char>(c) >= 0x80 || c == ' ' || c == '\n' || c == '\r' || c == '\t') return nullptr;
      }
    }
    if (!r->BuildSuppressions(std::move(exceptions))) return nullptr;
    return r.release();  // lives for the process
  }();
  return rules;
}

uint8_t SentenceRules::ClassOf(char32_t cp) const {
  if (cp < 128) return ascii_[cp];
  return FromIcu(u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK));
}

// The tables of ICU's SimpleFilteredBreakIteratorBuilder::build, made the
// same way from the same strings (its set is sorted and without repeats): an
// exception sharing its part up to the first '.' with another ("U.S.",
// "U.K.") is looked for forwards from that part, any other backwards whole.
bool SentenceRules::BuildSuppressions(std::vector<std::string> ex) {
  std::sort(ex.begin(), ex.end());
  ex.erase(std::unique(ex.begin(), ex.end()), ex.end());
  const size_t n = ex.size();
  std::vector<bool> partial(n, false);
  auto add_backward = [&](std::string key, bool is_partial) {
    auto& bucket = backward_[static_cast<unsigned char>(key[key.size() - 2])];
    for (const Key& k : bucket) {
      if (k.text == key) return false;  // ICU's trie builder fails on a repeat
    }
    bucket.push_back({std::move(key), is_partial});
    return true;
  };
  for (size_t i = 0; i < n; ++i) {
    size_t nn = ex[i].find('.');
    if (nn == std::string::npos || nn + 1 == ex[i].size()) continue;
    bool same_as = false;
    for (size_t j = 0; j < n; ++j) {
      if (j == i || ex[j].compare(0, nn + 1, ex[i], 0, nn + 1) != 0) continue;
      if (!partial[j]) {
        partial[j] = true;
      } else {
        same_as = true;  // the other one's part is already in the backward table
      }
    }
    if (!same_as && !partial[i]) {
      if (!add_backward(ex[i].substr(0, nn + 1), true)) return false;
      partial[i] = true;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (!partial[i]) {
      if (!add_backward(ex[i], false)) return false;
    } else {
      forward_.push_back(ex[i]);
    }
  }
  return true;
}

// What ICU's filtered iterator decides at a break before text[at]: over one
// space, the longest backward key the text ends with (anywhere, not only at
// a word's start) suppresses the break if it is a whole exception; if it is
// the part of one before a '.', the text from there is walked through the
// forward keys and the break suppressed if the walk stops on one.
bool SentenceRules::Suppressed(std::string_view text, size_t at) const {
  if (at > 0 && text[at - 1] == ' ') --at;
  if (at < 2 || text[at - 1] != '.') return false;
  const Key* best = nullptr;
  for (const Key& key : backward_[static_cast<unsigned char>(text[at - 2])]) {
    if (key.text.size() <= at && (best == nullptr || key.text.size() > best->text.size()) &&
        text.compare(at - key.text.size(), key.text.size(), key.text) == 0) {
      best = &key;
    }
  }
  if (best == nullptr) return false;
  if (!best->partial) return true;
  // UCharsTrie::next over the forward keys: a state has a value when a key
  // is the text read so far and a next when a longer key starts with it.
  const size_t from = at - best->text.size();
  bool has_value = true;  // ICU starts from USTRINGTRIE_INTERMEDIATE_VALUE
  for (size_t len = 1; from + len <= text.size(); ++len) {
    std::string_view read = text.substr(from, len);
    bool has_next = false;
    has_value = false;
    for (const std::string& key : forward_) {
      if (key.size() < len || key.compare(0, len, read) != 0) continue;
      if (key.size() == len) has_value = true;
      else has_next = true;
    }
    if (!has_next) break;
  }
  return has_value;
}

namespace {

// The first byte at or after `i` that may matter to the rules: a terminator,
// CR or the lead of a non-ASCII character (Get() checks that no other ASCII
// byte is a terminator or a class the rules leave to ICU).
size_t NextInteresting(std::string_view text, size_t i, size_t end) {
#if defined(__SSE2__)
  const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), question = _mm_set1_epi8('?'),
                cr = _mm_set1_epi8('\r');
  for (; i + 16 <= end; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, question), _mm_cmpeq_epi8(v, cr)));
    int mask = _mm_movemask_epi8(hit) | _mm_movemask_epi8(v);  // the second: bytes >= 0x80
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; i < end; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80 || c == '.' || c == '!' || c == '?' || c == '\r') return i;
  }
  return end;
}

}  // namespace

// The class of the character at `*i` (< end); moves `*i` past it.
uint8_t SentenceRules::ClassAt(std::string_view text, size_t* i) const {
  unsigned char c = static_cast<unsigned char>(text[*i]);
  if (c < 0x80) {
    ++*i;
    return ascii_[c];
  }
  return ClassOf(DecodeUtf8(text, i));
}

// The class of the character that ends before `i` (> 0).
uint8_t SentenceRules::ClassBefore(std::string_view text, size_t i) const {
  size_t b = i - 1;
  while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  return ClassAt(text, &b);
}

bool SentenceRules::Cuts(std::string_view text, size_t begin, size_t end, std::vector<uint32_t>* cuts) const {
  const size_t mark = cuts->size();
  auto fail = [&] {
    cuts->resize(mark);
    return false;
  };
  for (size_t i = NextInteresting(text, begin, end); i < end; i = NextInteresting(text, i, end)) {
    const size_t term_begin = i;
    const uint8_t c = ClassAt(text, &i);
    if (c == kHard) return fail();
    if (!IsTerm(c)) continue;
    // i is just past the terminator.
    if (c == kATerm && i < end) {
      size_t q = i;
      uint8_t next = ClassAt(text, &q);
      if (next == kNumeric) continue;  // SB6: "3.5"
      if (next == kUpper && term_begin > begin) {
        uint8_t prev = ClassBefore(text, term_begin);
        if (prev == kUpper || prev == kLower) continue;  // SB7: "U.S"
      }
    }
    // Close* Sp* after the terminator; j is where a break would go.
    size_t j = i, q = i;
    uint8_t k = kHard;
    while (j < end && (k = ClassAt(text, &q)) == kClose) j = q;
    while (j < end && k == kSp) {
      j = q;
      if (j < end) k = ClassAt(text, &q);
    }
    if (j == end) continue;  // SB9-11: the paragraph's end, where the caller breaks
    if (k == kHard) return fail();
    if (k == kSContinue || IsTerm(k)) continue;  // SB8a
    if (c == kATerm) {  // SB8: no break before a lower-case word
      size_t r = j;
      uint8_t w = kOther;
      while (r < end) {
        w = ClassAt(text, &r);
        if (w == kHard) return fail();
        if (w == kOLetter || w == kUpper || w == kLower || IsTerm(w)) break;
      }
      if (w == kLower) continue;
    }
    if (Suppressed(text, j)) continue;  // SB11 holds, but the exceptions win
    cuts->push_back(static_cast<uint32_t>(j));
  }
  return true;
}

}  // namespace dyad
