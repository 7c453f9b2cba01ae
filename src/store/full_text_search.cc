// DocumentStore::Search: full-text search over the folded text (SQLite's
// FTS5 table, PostgreSQL's tsvector column), with snippets cut from the
// original text around the first match.
#include <algorithm>

#include "store/document_store.h"
#include "text/chinese_script.h"
#include "text/folding.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace dyad {
namespace {

// Moves `pos` back to the start of a UTF-8 code point.
size_t CodePointStart(std::string_view s, size_t pos) {
  while (pos > 0 && pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

bool IsWordByteAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[i]);
  return std::isalnum(c) || c >= 0x80;
}

// Whether the first (last) character of `s` is Han: Chinese has no spaces,
// so a word there needs no boundary.
bool HanFirst(std::string_view s) {
  size_t pos = 0;
  return !s.empty() && IsHan(DecodeUtf8(s, &pos));
}
bool HanLast(std::string_view s) {
  size_t start = s.size();
  while (start > 0 && (static_cast<unsigned char>(s[start - 1]) & 0xC0) == 0x80) --start;
  if (start > 0) --start;
  return !s.empty() && IsHan(DecodeUtf8(s, &start));
}

// The first whole-word occurrence of `needle` in `hay`, or npos.
size_t FindWord(std::string_view hay, std::string_view needle) {
  size_t at = 0;
  const bool free_left = HanFirst(needle), free_right = HanLast(needle);
  while ((at = hay.find(needle, at)) != std::string_view::npos) {
    if ((free_left || at == 0 || !IsWordByteAt(hay, at - 1)) &&
        (free_right || !IsWordByteAt(hay, at + needle.size()))) {
      return at;
    }
    ++at;
  }
  return std::string_view::npos;
}

std::string MakeSnippet(std::string_view text, const std::vector<std::string_view>& terms) {
  FoldedText folded = Fold(text);
  size_t best = std::string::npos, best_len = 0;
  // The whole query as a phrase first ("ha noi"), else its earliest word.
  std::string phrase;
  for (std::string_view t : terms) phrase += (phrase.empty() ? "" : " ") + std::string(t);
  size_t at = FindWord(folded.text, phrase);
  if (at != std::string::npos) {
    best = at, best_len = phrase.size();
  } else {
    for (std::string_view t : terms) {
      at = FindWord(folded.text, t);
      if (at != std::string::npos && at < best) best = at, best_len = t.size();
    }
  }
  if (best == std::string::npos) {
    size_t end = CodePointStart(text, std::min<size_t>(text.size(), 160));
    return std::string(text.substr(0, end));
  }
  size_t raw_begin = folded.RawStart(best), raw_end = folded.RawEnd(best + best_len);
  size_t from = CodePointStart(text, raw_begin > 80 ? raw_begin - 80 : 0);
  size_t to = CodePointStart(text, std::min(text.size(), raw_end + 80));
  std::string out = from > 0 ? "…" : "";
  out.append(text.substr(from, raw_begin - from));
  out += "[";
  out.append(text.substr(raw_begin, raw_end - raw_begin));
  out += "]";
  out.append(text.substr(raw_end, to - raw_end));
  if (to < text.size()) out += "…";
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

}  // namespace

Result<std::vector<SearchHit>> DocumentStore::Search(const std::string& query, int limit) {
  // Chinese is indexed a character at a time (HanIndexForm): a run of Han
  // characters in the query is a phrase of those characters, and the words of
  // the snippet are the runs as written.
  const std::string whole = FoldString(query);
  std::vector<std::string> owned;
  std::string match, run, run_phrase;
  auto add = [&](const std::string& term, const std::string& phrase) {
    owned.push_back(term);
    if (!match.empty()) match += ' ';
    match += '"';
    match += phrase;  // tokens are [a-z0-9] and UTF-8 letters: no quote to escape
    match += '"';
  };
  auto flush_run = [&]() {
    if (!run.empty()) add(run, run_phrase);
    run.clear();
    run_phrase.clear();
  };
  // Words the query separates stay separate phrases ("习近平 苏林").
  for (size_t from = 0; from < whole.size();) {
    size_t to = whole.find_first_of(" \t\n", from);
    if (to == std::string::npos) to = whole.size();
    const std::string folded = HanIndexForm(std::string_view(whole).substr(from, to - from), DefaultHanConverter());
    from = to + 1;
    for (const Token& t : Tokenize(folded)) {
      if (!t.is_word) continue;
      std::string w = folded.substr(t.begin, t.end - t.begin);
      size_t pos = 0;
      if (IsHan(DecodeUtf8(w, &pos)) && pos == w.size()) {
        run += w;
        run_phrase += (run_phrase.empty() ? "" : " ") + w;
        continue;
      }
      flush_run();
      add(w, w);
    }
    flush_run();
  }
  std::vector<std::string_view> terms(owned.begin(), owned.end());
  std::vector<SearchHit> hits;
  if (terms.empty()) return hits;
  // PostgreSQL: the same phrases as a tsquery ('ha' <-> 'noi' & 'trung'),
  // ranked by ts_rank, negated so that lower is better as with FTS5's rank.
  if (db_->dialect() == SqlDialect::kPostgres) {
    std::string tsquery;
    for (size_t i = 0; i < match.size(); ++i) {
      char c = match[i];
      if (c == '"') {
        bool opening = i == 0 || match[i - 1] == ' ';
        if (opening && !tsquery.empty()) tsquery += " & ";
        tsquery += '\'';
      } else if (c == ' ' && i > 0 && match[i - 1] != '"') {
        tsquery += "' <-> '";
      } else if (c != ' ') {
        tsquery += c;
      }
    }
    match = tsquery;
  }
  Result<Statement> st = db_->Prepare(
      db_->dialect() == SqlDialect::kSqlite
          ? "SELECT d.id, d.title, d.text, f.rank FROM docs_fts f JOIN documents d ON d.rowid = f.rowid "
            "WHERE docs_fts MATCH ? ORDER BY f.rank, d.seq LIMIT ?"
          : "SELECT d.id, d.title, d.text, -ts_rank(d.fts, q) AS rank FROM documents d, to_tsquery('simple', ?1) q "
            "WHERE d.fts @@ q ORDER BY rank, d.seq LIMIT ?2");
  if (!st.ok()) return st.status();
  st->Bind(1, match).Bind(2, static_cast<int64_t>(limit));
  while (st->Step()) {
    SearchHit hit;
    hit.doc = st->ColumnText(0);
    hit.title = st->ColumnText(1);
    hit.snippet = MakeSnippet(st->ColumnText(2), terms);
    hit.rank = st->ColumnDouble(3);
    hits.push_back(std::move(hit));
  }
  if (!st->status().ok()) return st->status();
  return hits;
}

}  // namespace dyad
