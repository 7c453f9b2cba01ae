// SentenceChunker, which FindChunks (chunker.h) runs over one sentence, and
// the word lists its parts share. Internal to src/actors. Its member
// functions are defined in three files, one concept each, where one file held
// them all past the style guide's 400 lines: chunker.cc grows a phrase from
// its first element and tells what the phrase is, chunk_elements.cc reads the
// element at a token (the element matcher), and chunk_appositions.cc reads
// what a comma joins to a phrase.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "actors/chunker.h"
#include "util/flat_map.h"

namespace dyad {

// Word lists of chunker.cc that chunk_appositions.cc reads too.
const FlatStringSet& Prepositions();
const FlatStringSet& Determiners();
// Words that may stand inside a title chain once it has a title:
// "permanent member of the …", "deputy head of …".
const FlatStringSet& TitleGlue();
// Words that never stand inside a noun phrase before its head.
bool StopWord(std::string_view w);

inline bool IsWord(const DocumentTokens& d, uint32_t i, std::string_view w) { return i < d.size() && d.text(i) == w; }

class SentenceChunker {
 public:
  SentenceChunker(const ActorDictionary& dict, const DocumentTokens& d, uint32_t begin, uint32_t end,
                  const std::function<bool(uint32_t)>& active)
      : dict_(dict), d_(d), begin_(begin), end_(end), active_(active) {}

  std::vector<RawChunk> Run();

 private:
  bool IsRole(const ChunkElement& e, RoleKind kind) const {
    return e.type == ElementType::kDictionary && e.kind == PhraseKind::kRole && dict_.roles()[e.index].kind == kind;
  }
  bool IsAnyRole(const ChunkElement& e) const {
    return e.type == ElementType::kDictionary && e.kind == PhraseKind::kRole;
  }
  bool IsPersonLike(const ChunkElement& e) const {
    return (e.type == ElementType::kDictionary && e.kind == PhraseKind::kPerson) || e.type == ElementType::kShortName ||
           e.type == ElementType::kUnknownName;
  }
  bool IsCountryWord(const ChunkElement& e) const {
    return e.type == ElementType::kDictionary &&
           (e.kind == PhraseKind::kCountryName || e.kind == PhraseKind::kCountryAdjective);
  }

  // The element matcher (chunk_elements.cc).

  // A compass word in lower case before a capitalised word of the phrase
  // [i, end): "south Korean", as KCNA writes it.
  bool CompassBeforeName(uint32_t i, uint32_t end) const;

  // The best dictionary reading of the phrase at `i`, or a short name, or a
  // subject pronoun.
  bool ElementAt(uint32_t i, ChunkElement* el) const;

  // A country word joined to a preceding "anti-": "anti-Japanese".
  bool AfterAnti(const ChunkElement& e) const;

  // "warned her of", "told her that", "thanked her ." : "her" as an object,
  // not the possessive of "her plea", which owns the noun after it.
  bool ObjectHer(uint32_t i) const;
  bool AfterVerbMarker(uint32_t i) const;
  bool AfterPluralNoun(uint32_t i, uint32_t end) const;

  // "Qasim al-Araji": a word known as someone's short name followed by more
  // of a name is another person's given name.
  bool GivenNameBefore(uint32_t i) const;
  bool GerundBeforeName(uint32_t end) const;

  // The element's last word is a plural ("counterparts", "ministers"), not
  // a singular in -ss or -us.
  bool PluralHead(const ChunkElement& e) const {
    const std::string_view w = d_.text(e.end - 1);
    return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u';
  }

  bool HasPerson(const RawChunk& c) const {
    for (const ChunkElement& e : c.elements) {
      if (IsPersonLike(e) && !e.in_apposition) return true;
    }
    return false;
  }
  bool OnlyTitles(const RawChunk& c) const {
    for (const ChunkElement& e : c.elements) {
      if (!IsAnyRole(e) && !IsCountryWord(e)) return false;
    }
    return true;
  }
  bool HasPersonTitle(const RawChunk& c) const {
    for (const ChunkElement& e : c.elements) {
      if (IsRole(e, RoleKind::kPerson)) return true;
    }
    return false;
  }

  // The chunk builder (chunker.cc).

  // Grows the chunk from token `j`; returns its end.
  uint32_t Extend(RawChunk* c, uint32_t j);
  bool Keep(const RawChunk& c);
  void Annotate(RawChunk* c) const;

  // Appositions (chunk_appositions.cc).

  // After a comma: "his counterpart, Nguyen Phu Trong" or an apposition
  // "Xi, also general secretary of …,". Returns the chunk's end.
  uint32_t ExtendAfterComma(RawChunk* c, uint32_t comma);

  // "Pyongyang freed Bruce Lowrance, an American tourist,", "detained Gui
  // Minhai, a Swedish publisher": wire copy names a person no dictionary
  // knows and gives the state in an apposition after the name. The name
  // joins the apposition's chunk, which then names that person of that state
  // (the reverse order, "American tourist Otto Warmbier", is read in Extend).
  // `c` is the apposition ("American tourist", "Swedish"); `done` the
  // sentence's chunks before it. Returns whether the chunk grew.
  bool NameBeforeApposition(RawChunk* c, const std::vector<RawChunk>& done);

  const ActorDictionary& dict_;
  const DocumentTokens& d_;
  uint32_t begin_, end_;
  const std::function<bool(uint32_t)>& active_;
  bool modifier_ = false;
  bool place_ = false;
};

}  // namespace dyad
