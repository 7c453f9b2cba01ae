// "the same day", "the next day", "two days later": a day named relative to
// the last day the story named before.
#pragma once

#include <cstdint>
#include <optional>

#include "events/date_finder.h"
#include "events/sentence_context.h"

namespace dyad {

// The day a relative phrase in sentence `sentence` (tokens [begin, end))
// names, counted from the last day-precision date mentioned before the
// phrase in the document; nullopt when there is no such phrase or no day
// before it.
std::optional<DateMention> RelativeDay(const DocumentContext& ctx, int sentence, uint32_t begin, uint32_t end);

}  // namespace dyad
