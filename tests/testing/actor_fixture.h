// The repository's actor dictionaries, loaded once per test binary, for the
// tests of src/actors.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "actors/actor_dictionary.h"

namespace dyad::testing {

inline const ActorDictionary& ShippedActorDictionary() {
  static const ActorDictionary* d = [] {
    auto r = ActorDictionary::Load(std::string(DYAD_SOURCE_DIR) + "/data/actors");
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      std::abort();
    }
    return std::move(r).value().release();
  }();
  return *d;
}

}  // namespace dyad::testing
