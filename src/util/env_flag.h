// A switch read from the environment once: set to anything but "" or "0".
#pragma once

#include <cstdlib>
#include <string_view>

namespace dyad {

// "DYAD_DEBUG_EVENTS=1" turns a switch on; unset, empty or "0" leaves it off.
inline bool EnvFlag(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && std::string_view(value) != "" && std::string_view(value) != "0";
}

}  // namespace dyad
