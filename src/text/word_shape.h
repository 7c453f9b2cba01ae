// The shape of an English word form, read from its spelling alone: the rules
// of both the actor and the event stage ask whether a token looks like a
// gerund or a past form before any dictionary does.
#pragma once

#include <string_view>

namespace dyad {

// "shelling", "bombing"; not "king" or "ring".
inline bool HasGerundShape(std::string_view w) { return w.size() > 5 && w.ends_with("ing"); }

// "expelled", "condemned"; not "red" or "bed".
inline bool HasPastShape(std::string_view w) { return w.size() > 3 && w.ends_with("ed"); }

}  // namespace dyad
