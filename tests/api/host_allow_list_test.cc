// Which Host fields `dyad serve` answers (DNS rebinding): IP literals and
// localhost always, other names only when allowed, "*" everything.
#include "api/host_allow_list.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

HostAllowList Allowing(const std::vector<std::string>& names) {
  Result<HostAllowList> list = HostAllowList::FromNames(names);
  EXPECT_TRUE(list.ok()) << list.status().message();
  return std::move(list).value();
}

TEST(HostAllowListTest, TheHostIsTakenWithoutPortOrBrackets) {
  EXPECT_EQ(HostOfHostHeader("Example.COM:8080"), "example.com");
  EXPECT_EQ(HostOfHostHeader("127.0.0.1"), "127.0.0.1");
  EXPECT_EQ(HostOfHostHeader("[::1]:80"), "::1");
  EXPECT_EQ(HostOfHostHeader("[::1]"), "::1");
  EXPECT_EQ(HostOfHostHeader("host:"), "host");  // an empty port is allowed by RFC 3986
  for (const char* bad : {"", ":80", "[::1", "[::1]x", "[nothost]", "a b", "a/b", "host:8x", "::1", "é.example"}) {
    EXPECT_EQ(HostOfHostHeader(bad), std::nullopt) << bad;
  }
}

TEST(HostAllowListTest, IpLiteralsAndLocalhostAreAlwaysAllowed) {
  HostAllowList none = Allowing({});
  for (const char* ok : {"127.0.0.1:8080", "10.1.2.3", "[::1]:8080", "[2001:db8::1]", "localhost", "LOCALHOST:1"}) {
    EXPECT_TRUE(none.Allows(ok)) << ok;
  }
  for (const char* refused : {"evil.example", "127.0.0.1.evil.example", "localhost.evil.example", "127.1", "",
                              "[::1", "::1", "local host"}) {
    EXPECT_FALSE(none.Allows(refused)) << refused;
  }
}

TEST(HostAllowListTest, NamedHostsAndStar) {
  HostAllowList named = Allowing({"Dyad.Test", "box.lan"});
  EXPECT_TRUE(named.Allows("dyad.test:8080"));
  EXPECT_TRUE(named.Allows("BOX.LAN"));
  EXPECT_FALSE(named.Allows("evil.example"));
  EXPECT_FALSE(named.Allows("sub.dyad.test"));
  HostAllowList any = Allowing({"*"});
  EXPECT_TRUE(any.Allows("evil.example"));
  EXPECT_TRUE(any.Allows(""));
}

TEST(HostAllowListTest, ANameWithAPortOrPathIsRefused) {
  for (const char* bad : {"dyad.test:8080", "http://dyad.test", "", "a b"}) {
    Result<HostAllowList> list = HostAllowList::FromNames({bad});
    EXPECT_FALSE(list.ok()) << bad;
  }
}

}  // namespace
}  // namespace dyad
