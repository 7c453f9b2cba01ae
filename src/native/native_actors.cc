#include "native/native_actors.h"

#include <algorithm>
#include <unordered_map>

#include "native/native_chunk_parts.h"
#include "native/native_names.h"
#include "native/native_segment.h"
#include "native/native_story.h"
#include "text/folding.h"

namespace dyad {
namespace {

using Kind = NativeEntryKind;

bool IsActorKind(Kind k) {
  return k == Kind::kState || k == Kind::kSide || k == Kind::kCapital || k == Kind::kPerson || k == Kind::kTitle ||
         k == Kind::kOrg || k == Kind::kGroup || k == Kind::kPair || k == Kind::kBack || k == Kind::kWe ||
         k == Kind::kHe;
}

// Names (states, capitals, people) are capitalised in Vietnamese: "anh"
// (brother) is not "Anh" (Britain), "ý" (idea) not "Ý" (Italy).
bool IsName(NativeEntryKind k) { return k == Kind::kState || k == Kind::kCapital || k == Kind::kPerson; }

bool IsActorSegment(const NativeLexicon& lex, const std::vector<NativeToken>& tokens, const NativeSegment& s) {
  if (s.entries == nullptr) return false;
  for (uint32_t id : *s.entries) {
    NativeEntryKind k = lex.entry(id).kind;
    if (!IsActorKind(k)) continue;
    if (IsName(k) && tokens[s.begin].kind == NativeTokenKind::kWord && !tokens[s.begin].capitalized) continue;
    return true;
  }
  return false;
}

// "菲外交部", "陆国防部": a state's one-character name right before one of its
// institutions, the name standing after a word or punctuation ("合法政府",
// "平台企业" are no France's or Taiwan's).
bool IsAbbreviation(const NativeLexicon& lex, const std::vector<NativeToken>& tokens,
                    const std::vector<NativeSegment>& segs, size_t k) {
  if (segs[k].end != segs[k].begin + 1 || k + 1 >= segs.size() || lex.AbbreviatedState(tokens[segs[k].begin].key).empty()) {
    return false;
  }
  // A character no phrase holds, or a family name ("陆", "韩").
  if (segs[k].entries != nullptr) {
    for (uint32_t e : *segs[k].entries) {
      if (lex.entry(e).kind != Kind::kSurname) return false;
    }
  }
  const NativeSegment& next = segs[k + 1];
  const bool title = SegmentHas(lex, next, Kind::kTitle);
  if (!SegmentHas(lex, next, Kind::kOrg) && !title && !SegmentHas(lex, next, Kind::kGroup)) return false;
  if (title && SegmentHas(lex, segs[k], Kind::kSurname)) return false;  // "马大使" is Ambassador Ma
  if (next.begin != segs[k].end) return false;
  return k == 0 || segs[k - 1].entries != nullptr || tokens[segs[k - 1].begin].kind != NativeTokenKind::kHan;
}

}  // namespace

ResolvedActor StateActor(const ActorDictionary& dict, const std::string& iso, const std::string& sector) {
  ResolvedActor a;
  a.country = iso;
  a.sector = sector;
  a.code = iso + sector;
  const CountryEntry* c = dict.CountryByIso(iso);
  a.name = c != nullptr ? c->name : iso;
  return a;
}

bool SegmentHas(const NativeLexicon& lex, const NativeSegment& s, NativeEntryKind kind, uint32_t* id) {
  if (s.entries == nullptr) return false;
  for (uint32_t e : *s.entries) {
    if (lex.entry(e).kind == kind) {
      if (id != nullptr) *id = e;
      return true;
    }
  }
  return false;
}

void FindNativeActors(const NativeLexicon& lex, const ActorDictionary& dict, const std::string& text, Day day,
                      const std::string& language_home, bool chinese, uint32_t dateline_end, NativeStory* story) {
  const std::vector<NativeToken>& tokens = story->tokens;
  for (NativeSentence& sentence : story->sentences) SegmentNative(lex, tokens, chinese, &sentence);
  const std::string home = OutletHome(lex, *story, language_home);
  // The last actor each title named, for a title said again alone ("Thủ
  // tướng", "王毅外长 ... 王毅"): the same person.
  TitleMemory by_title;
  StoryNames names;  // Chinese names titles gave
  std::vector<size_t> pair_chunks;
  std::vector<size_t> home_chunks;  // resolved to the outlet's state for want of a named one
  for (size_t si = 0; si < story->sentences.size(); ++si) {
    NativeSentence& sentence = story->sentences[si];
    const std::vector<NativeSegment>& segs = sentence.segments;
    for (size_t k = 0; k < segs.size();) {
      const bool abbreviated = IsAbbreviation(lex, tokens, segs, k);
      if (!abbreviated && !IsActorSegment(lex, tokens, segs[k])) {
        // "田军里指出": a name a title gave earlier in the story.
        const ResolvedActor* named = nullptr;
        const size_t n = chinese ? names.Recall(lex, tokens, segs, k, &named) : 0;
        if (n == 0) {
          ++k;
          continue;
        }
        NativeChunk chunk;
        chunk.sentence = static_cast<int>(si);
        chunk.begin = segs[k].begin;
        chunk.end = segs[k + n - 1].end;
        chunk.after_prep = k > 0 && SegmentHas(lex, segs[k - 1], Kind::kPrep);
        chunk.actors.push_back(*named);
        chunk.how = "coreference";
        sentence.chunks.push_back(static_cast<uint32_t>(story->chunks.size()));
        story->chunks.push_back(std::move(chunk));
        k += n;
        continue;
      }
      ChunkParts parts;
      size_t first = k;
      bool served_in = false;  // the next state is where the official serves
      auto take = [&](const NativeSegment& seg) {
        for (uint32_t id : *seg.entries) {
          const NativeEntry& e = lex.entry(id);
          switch (e.kind) {
            case Kind::kPerson: parts.person = e.person; break;
            case Kind::kState: case Kind::kSide: case Kind::kCapital:
              // "河内中国大使馆": a capital before another state's name is where it stands.
              if (!served_in && (parts.state.empty() || (parts.state_from_capital && e.kind != Kind::kCapital))) {
                parts.state = e.country;
                parts.state_sector = e.kind == Kind::kState ? "" : "GOV";
                parts.state_from_capital = e.kind == Kind::kCapital;
              }
              served_in = false;
              break;
            case Kind::kTitle: parts.title = &e, parts.title_id = id; break;
            case Kind::kOrg:
              parts.org = &e;  // the last, most particular ("中共东部战区": the army's)
              // "Hải quân Quân Giải phóng Nhân dân Trung Quốc": the service of a named force.
              if (parts.org_country.empty()) parts.org_country = e.country;
              break;
            case Kind::kGroup: parts.group = &e; break;
            case Kind::kPair: parts.pair = &e; break;
            default: break;
          }
        }
      };
      // "其", "该船" stand alone: who they are comes from the sentences before (ResolveBackReferences).
      // "船长詹其雄": a family name before "其" makes it part of a name.
      if (SegmentHas(lex, segs[k], Kind::kBack) && k > 0 && SegmentHas(lex, segs[k - 1], Kind::kSurname) &&
          segs[k - 1].end == segs[k].begin) {
        ++k;
        continue;
      }
      const bool we = SegmentHas(lex, segs[k], Kind::kWe);
      const bool he = SegmentHas(lex, segs[k], Kind::kHe);
      const bool back = we || he || SegmentHas(lex, segs[k], Kind::kBack);
      if (abbreviated) {
        parts.state = lex.AbbreviatedState(tokens[segs[k++].begin].key);
      } else {
        take(segs[k++]);
      }
      while (!back && k < segs.size()) {
        if (SegmentHas(lex, segs[k], Kind::kBack) || SegmentHas(lex, segs[k], Kind::kWe) ||
            SegmentHas(lex, segs[k], Kind::kHe)) {
          break;
        }
        const NativeSegment& seg = segs[k];
        if (IsActorSegment(lex, tokens, seg)) {
          // A name ends a chunk: the next actor word begins another
          // ("Tô Lâm Tập Cận Bình" is no one).
          // …but "中菲外交部", "两国外长", "中越海警" are the pair's institutions.
          const bool pairs_institution = parts.pair != nullptr && parts.org == nullptr && parts.title == nullptr &&
                                         (SegmentHas(lex, seg, Kind::kOrg) || SegmentHas(lex, seg, Kind::kTitle) ||
                                          SegmentHas(lex, seg, Kind::kGroup)) &&
                                         !SegmentHas(lex, seg, Kind::kPerson) && !SegmentHas(lex, seg, Kind::kState);
          if (parts.person >= 0 || (parts.pair != nullptr && !pairs_institution)) break;
          // "共军台湾周边…": a force of one state and the next state's name are two actors.
          uint32_t named = 0;
          if (chinese && !parts.org_country.empty() && parts.person < 0 &&
              (SegmentHas(lex, seg, Kind::kState, &named) || SegmentHas(lex, seg, Kind::kSide, &named)) &&
              lex.entry(named).country != parts.org_country) {
            break;
          }
          // "Lưu Đức Quân": a syllable of an unknown name that spells a state is the name's.
          if (parts.unknown_name && seg.end == seg.begin + 1 && tokens[seg.begin].capitalized &&
              parts.name_tokens.size() < 4 && parts.name_tokens.back() == segs[k - 1].begin) {
            parts.name_tokens.push_back(seg.begin);
            ++k;
            continue;
          }
          take(seg);
          ++k;
          continue;
        }
        // "tàu tiếp tế của Philippines" (an institution or group, then its
        // state), "菲律宾的补给船" (a state, then its people or ships).
        if (SegmentHas(lex, seg, Kind::kOf) && parts.person < 0 && k + 1 < segs.size() &&
            IsActorSegment(lex, tokens, segs[k + 1])) {
          // "Tàu huấn luyện Trịnh Hòa của Hải quân Trung Quốc": a ship or people of a force.
          bool owner_next = parts.state.empty() && (SegmentHas(lex, segs[k + 1], Kind::kState) ||
                                                    SegmentHas(lex, segs[k + 1], Kind::kSide) ||
                                                    SegmentHas(lex, segs[k + 1], Kind::kCapital) ||
                                                    (parts.group != nullptr && parts.org == nullptr &&
                                                     parts.title == nullptr && SegmentHas(lex, segs[k + 1], Kind::kOrg)));
          bool owned_next = !parts.state.empty() && parts.title == nullptr && parts.org == nullptr &&
                            (SegmentHas(lex, segs[k + 1], Kind::kGroup) || SegmentHas(lex, segs[k + 1], Kind::kOrg));
          if (owner_next || owned_next) {
            ++k;
            continue;
          }
        }
        // "Đại sứ Trung Quốc tại Việt Nam", "中国驻越南大使"
        if (SegmentHas(lex, seg, Kind::kAt) && k + 1 < segs.size() && IsActorSegment(lex, tokens, segs[k + 1]) &&
            parts.person < 0) {
          served_in = true;
          ++k;
          continue;
        }
        // "中国驻越大使", "中国驻休斯敦总领事馆": the place served in, by a state's
        // one-character name or a city the lexicon does not know.
        if (chinese && SegmentHas(lex, seg, Kind::kAt) && parts.person < 0) {
          size_t place = k + 1;
          while (place < segs.size() && place - k <= 4 && segs[place].entries == nullptr &&
                 tokens[segs[place].begin].kind == NativeTokenKind::kHan) {
            ++place;
          }
          if (place > k + 1 && place < segs.size() && IsActorSegment(lex, tokens, segs[place])) {
            k = place;
            continue;
          }
        }
        // Stacked titles: "Tổng Bí thư, Chủ tịch nước Tô Lâm", "总书记、国家主席"
        const NativeToken& t = tokens[seg.begin];
        // Not after a title that named its state: "Tổng thống Nga, Chủ tịch Trung
        // Quốc Tập Cận Bình" are two people.
        const bool comma = t.kind == NativeTokenKind::kPunct && (t.key == "," || t.key == "、");
        if (((comma && parts.state.empty()) || SegmentHas(lex, seg, Kind::kStack)) && parts.person < 0 &&
            (parts.title != nullptr || parts.org != nullptr) && k + 1 < segs.size() &&
            (SegmentHas(lex, segs[k + 1], Kind::kTitle) || SegmentHas(lex, segs[k + 1], Kind::kPerson))) {
          ++k;
          continue;
        }
        // A vessel's number or registration after the ship ("tàu cá BĐ 93115 TS",
        // "tàu hải cảnh số hiệu 4303", "海警2502舰"): part of the ship.
        if (parts.group != nullptr && parts.person < 0 &&
            (t.kind == NativeTokenKind::kNumber || SegmentHas(lex, seg, Kind::kLabel) ||
             (!chinese && seg.entries == nullptr && t.kind == NativeTokenKind::kWord && IsUpperWord(t, text)))) {
          ++k;
          continue;
        }
        // "ngư dân tỉnh Bình Định": the place word stays out of the name.
        if (!chinese && SegmentHas(lex, seg, Kind::kPlaceWord) && parts.person < 0 && parts.state.empty() &&
            (parts.group != nullptr || parts.org != nullptr) && k + 1 < segs.size() && segs[k + 1].entries == nullptr &&
            tokens[segs[k + 1].begin].capitalized) {
          ++k;
          continue;
        }
        // A name the lexicon does not know after a title: "Ngoại trưởng Mỹ Marco Rubio".
        if (!chinese && seg.entries == nullptr && t.kind == NativeTokenKind::kWord && t.capitalized &&
            parts.person < 0 && (parts.title != nullptr || parts.org != nullptr || parts.group != nullptr) &&
            parts.name_tokens.size() < 4) {
          parts.unknown_name = true;
          parts.name_tokens.push_back(seg.begin);
          ++k;
          continue;
        }
        // "Yoon Suk-yeol": a hyphen and a syllable joined to the unknown name.
        if (!chinese && parts.unknown_name && t.key == "-" && k + 1 < segs.size() && segs[k + 1].entries == nullptr &&
            tokens[segs[k + 1].begin].kind == NativeTokenKind::kWord && tokens[seg.begin - 1].end == t.begin &&
            t.end == tokens[segs[k + 1].begin].begin) {
          k += 2;
          continue;
        }
        break;
      }
      // "tàu khảo sát Hải Dương 8": a numbered name is a vessel's, no province of a state.
      if (parts.unknown_name && tokens[segs[k - 1].begin].kind == NativeTokenKind::kNumber && parts.group != nullptr) {
        parts.numbered = true;
      }
      if (parts.unknown_name) ResolveUnknownName(dict, text, tokens, day, &parts);
      // "外交部发言人林剑": the name after a title is the title holder's.
      const size_t name_at = k;
      const size_t name_length =
          chinese && parts.title != nullptr && parts.person < 0 ? StoryNames::NameAfterTitle(lex, tokens, segs, k) : 0;
      k += name_length;
      if (segs[k - 1].end <= dateline_end) continue;  // the dateline's place
      NativeChunk chunk;
      chunk.sentence = static_cast<int>(si);
      chunk.begin = segs[first].begin;
      chunk.end = segs[k - 1].end;
      chunk.after_prep = first > 0 && SegmentHas(lex, segs[first - 1], Kind::kPrep);
      // "A và B"; "Tổng thống Nga … và Chủ tịch Triều Tiên Kim Jong-un", "… và Bộ
      // An ninh Lào": words the lexicon does not know, the first capitalised (an
      // ambiguous title, an institution's name), may stand between the join and B.
      size_t join = first;
      while (join > 0 && first - join < 6 && segs[join - 1].entries == nullptr &&
             tokens[segs[join - 1].begin].kind == NativeTokenKind::kWord) {
        --join;
      }
      if (join < first && !tokens[segs[join].begin].capitalized) join = first;
      chunk.joined_to_previous = join > 0 && SegmentHas(lex, segs[join - 1], Kind::kJoin) &&
                                 !sentence.chunks.empty() &&
                                 story->chunks[sentence.chunks.back()].end == segs[join - 1].begin;
      if (back) {
        chunk.how = we ? "we" : he ? "he" : "back";
      } else {
        chunk.actors = ResolveParts(parts, dict, day, home, chinese, &by_title, &chunk.how);
        if (chunk.how == "pair" && chunk.actors.empty()) pair_chunks.push_back(story->chunks.size());
        if (chunk.how == "home") home_chunks.push_back(story->chunks.size());
      }
      if (name_length > 0 && chunk.actors.size() == 1) names.Remember(tokens, segs, name_at, name_length, chunk.actors[0]);
      sentence.chunks.push_back(static_cast<uint32_t>(story->chunks.size()));
      story->chunks.push_back(std::move(chunk));
    }
    JoinLists(tokens, sentence, &story->chunks);
  }
  // Only mainland copy is about its own state whatever it names.
  const bool mainland_copy = chinese && home == "CHN" && language_home == "CHN";
  SettleStory(dict, text, home, !mainland_copy, home_chunks, pair_chunks, story);
  ResolveBackReferences(story);
}

}  // namespace dyad
