// A native lexicon written for a test: its three files in a temporary
// directory, loaded against the repository's actor dictionaries.
#pragma once

#include <memory>
#include <string_view>

#include "native/native_lexicon.h"
#include "testing/actor_fixture.h"
#include "testing/temp_dir.h"

namespace dyad::testing {

inline Result<std::unique_ptr<NativeLexicon>> LoadNativeLexicon(const TempDir& dir, std::string_view actors,
                                                                 std::string_view modes, std::string_view events) {
  dir.Write("actors.tsv", actors);
  dir.Write("modes.tsv", modes);
  dir.Write("events.tsv", events);
  return NativeLexicon::Load(dir.path(), ShippedActorDictionary(), DefaultHanConverter(), false);
}

// The same, failing the test (and returning null) when it does not load.
inline std::unique_ptr<NativeLexicon> NativeLexiconOrFail(const TempDir& dir, std::string_view actors,
                                                          std::string_view modes, std::string_view events) {
  Result<std::unique_ptr<NativeLexicon>> lex = LoadNativeLexicon(dir, actors, modes, events);
  EXPECT_TRUE(lex.ok()) << lex.status().message();
  return lex.ok() ? std::move(*lex) : nullptr;
}

}  // namespace dyad::testing
