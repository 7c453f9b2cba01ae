// The year of a story that prints none ("BEIJING, Feb.9 (Xinhua) –"), from the
// offices its people are said to hold and a weekday against the dateline.
#pragma once

#include <string>

#include "actors/actor_dictionary.h"
#include "actors/actor_resolver.h"
#include "dyad/document.h"

namespace dyad {

struct YearInference {
  int year = 0;        // 0 when the text does not narrow it to one year
  std::string reason;  // for people: which titles and which weekday decided it
};

// REQUIRES: `r.chunks` resolved (people known). Reads the titles in people's
// chunks: "Nguyen Phu Trong, general secretary … and Vietnamese president"
// holds both offices only between 2018-10-23 and 2021-04-05; "on Monday" under
// "Feb. 9" then picks the year in which that Monday is closest before Feb. 9.
YearInference InferYear(const ActorDictionary& dict, const Document& doc, const ResolvedDocument& r);

}  // namespace dyad
