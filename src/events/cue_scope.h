// Modality in a sentence: which act each cue ("pledged to", "urged X to",
// "threatened to", "refused to" …, data/events/modality.tsv) governs, and
// what the act's code becomes under it (data/events/mode_codes.tsv).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "events/mode_table.h"
#include "events/verb_patterns.h"

namespace dyad {

class DocumentContext;

// The code `act` becomes under the cue mode `mode`, "" for no event:
// "pledged to hold talks" 036, "will expel" the expulsion itself.
std::string CodeUnderCue(const ModeTable& modes, CueMode mode, const std::string& act, bool negated);

// An attempt cue ("tried to") over an act whose trying is no act of its own
// ("tried to impose sanctions"): the act is not reported, as under "none".
bool OnlyTried(const ModeTable& modes, const PatternMatch& cue, const std::string& act);

struct CueScope {
  std::vector<const PatternMatch*> governing;       // per act: the cue that governs it, or nullptr
  std::vector<const PatternMatch*> outer;           // per act: the cue over its halt cue ("threatened to halt")
  // Per act: "could", "might", "may" over it or over its halt cue ("may cut
  // off gas supplies"), for conditional_threats.h; nullptr if none. Either
  // way the act is no act unless it is a threat.
  std::vector<const PatternMatch*> possible;
  std::vector<std::pair<uint32_t, uint32_t>> used;  // token spans of cues that made something of an act

  // The code of act `k` under `mode`, then under the cue's own cue.
  std::string Code(const ModeTable& modes, size_t k, CueMode mode, const std::string& act, bool negated) const;

  // The cue that names act `k`'s parties: the appeal or demand over its halt
  // cue ("urged Ghana to stop harassing Nigerian traders" asks it of Ghana,
  // not of the traders the halted act names), else its governing cue.
  const PatternMatch* PartyCue(size_t k) const;
};

// The scope of `cues` over the sentence's selected `acts`, in token order.
CueScope ScopeCues(const DocumentContext& ctx, uint32_t sentence_begin, const std::vector<PatternMatch>& cues,
                   const std::vector<PatternMatch>& acts, const ModeTable& modes);

}  // namespace dyad
