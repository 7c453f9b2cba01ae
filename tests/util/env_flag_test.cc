#include "util/env_flag.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace dyad {
namespace {

TEST(EnvFlagTest, OnlyAValueOtherThanEmptyOrZeroTurnsItOn) {
  const char* name = "DYAD_TEST_ENV_FLAG";
  unsetenv(name);
  EXPECT_FALSE(EnvFlag(name)) << "unset";
  setenv(name, "", 1);
  EXPECT_FALSE(EnvFlag(name)) << "empty";
  setenv(name, "0", 1);
  EXPECT_FALSE(EnvFlag(name)) << "zero";
  setenv(name, "1", 1);
  EXPECT_TRUE(EnvFlag(name));
  setenv(name, "yes", 1);
  EXPECT_TRUE(EnvFlag(name));
  unsetenv(name);
}

}  // namespace
}  // namespace dyad
