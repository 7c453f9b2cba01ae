// The shape of an English word form, read from its spelling alone: the rules
// of both the actor and the event stage ask whether a token looks like a
// gerund or a past form before any dictionary does.
#pragma once

#include <string_view>

namespace dyad {

// "using", "shelling": a form in -ing that may be a verb. "during" has the
// spelling but is only a preposition: "warned Putin during a call" is no
// clause of Putin's.
inline bool HasIngVerbShape(std::string_view w) { return w.size() > 4 && w.ends_with("ing") && w != "during"; }

// "shelling", "bombing"; not "king" or "ring".
inline bool HasGerundShape(std::string_view w) { return w.size() > 5 && HasIngVerbShape(w); }

// "expelled", "condemned"; not "red" or "bed".
inline bool HasPastShape(std::string_view w) { return w.size() > 3 && w.ends_with("ed"); }

}  // namespace dyad
