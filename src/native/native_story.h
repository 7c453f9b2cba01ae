// What holds across a Vietnamese or Chinese story's sentences: the state its
// outlet writes from, lists of actors joined across commas, and the pair that
// "hai bên", "两国" stand for.
//
// Thread safety: reentrant.
#pragma once

#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "native/native_actors.h"
#include "native/native_lexicon.h"

namespace dyad {

// The state the story is written from: the one its outlet names in the first
// sentences ("中央社", "聯合報": Taiwan; "新华社", "TTXVN"), else `language_home`
// (Việt Nam for Vietnamese, the mainland for simplified Chinese, none for
// traditional).
std::string OutletHome(const NativeLexicon& lex, const NativeStory& story, const std::string& language_home);

// "Putin, Tập Cận Bình và Biden", "中国、俄罗斯和伊朗": a list whose last two
// actors a join word ties ties each earlier one its comma follows.
void JoinLists(const std::vector<NativeToken>& tokens, const NativeSentence& sentence, std::vector<NativeChunk>* chunks);

// After every sentence is chunked: drops the outlet's state from `home_chunks`
// where the story never names it (`home_named_or_dropped`: Vietnamese copy, and
// Chinese copy whose outlet, not its script, gave the state), finds the
// story's pair, and gives the chunks of `pair_chunks` ("hai bên", "两国") their
// two states.
void SettleStory(const ActorDictionary& dict, const std::string& text, const std::string& home,
                 bool home_named_or_dropped,
                 const std::vector<size_t>& home_chunks, const std::vector<size_t>& pair_chunks, NativeStory* story);

// "中国海警依法对其进行登临检查", "没收了该船的渔获": each chunk a word of kind
// `back` made (how "back") becomes the actor told last before its clause, in
// its sentence or the one before, that is of no state its clause already
// names (or, when it names none, its sentence's subject): one acts on another.
// Unresolved when there is none, or when no actor comes before it in its sentence.
// A word of kind `we` (how "we") is the speaker: its sentence's subject, or the last one's; so is one
// of kind `he` opening its clause ("他指出"), which elsewhere is as `back` ("祝贺他当选").
void ResolveBackReferences(NativeStory* story);

}  // namespace dyad
