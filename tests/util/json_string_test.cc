#include "util/json_string.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace dyad {
namespace {

TEST(JsonStringTest, EscapesQuotesBackslashesAndControlCharacters) {
  std::string out;
  AppendJsonString("He said \"no\" \\ then\nleft\t\x01.", &out);
  EXPECT_EQ(out, R"("He said \"no\" \\ then\nleft\t\u0001.")");
}

TEST(JsonStringTest, KeepsUtf8AsIs) {
  std::string out;
  AppendJsonString("Hà Nội – Đà Nẵng", &out);
  EXPECT_EQ(out, "\"Hà Nội – Đà Nẵng\"");
}

TEST(JsonStringTest, EmptyIsNullOnlyWhenAsked) {
  std::string out;
  AppendJsonStringOrNull("", &out);
  out += ',';
  AppendJsonString("", &out);
  out += ',';
  AppendJsonStringOrNull("x", &out);
  EXPECT_EQ(out, R"(null,"","x")");
}

TEST(JsonStringTest, IntegersAndTuples) {
  std::string out;
  AppendJsonIntegers({0, 12, 4294967295LL, -3}, &out);
  out += ' ';
  AppendJsonIntegers({}, &out);
  out += ' ';
  AppendJsonInteger(-9007199254740993LL, &out);
  EXPECT_EQ(out, "[0,12,4294967295,-3] [] -9007199254740993");
}

TEST(JsonStringTest, WriteMatchesAppend) {
  // The record writer's form must be byte for byte the appending one.
  for (std::string_view s : {std::string_view(""), std::string_view("plain ascii, longer than eight bytes"),
                             std::string_view("He said \"no\" \\ then\nleft\t\x01.\x1f\r"),
                             std::string_view("Hà Nội – \"Đà Nẵng\"\x7f")}) {
    std::string appended;
    AppendJsonString(s, &appended);
    std::string written(JsonStringBound(s.size()), '\0');
    written.resize(static_cast<size_t>(WriteJsonString(s, written.data()) - written.data()));
    EXPECT_EQ(written, appended);
  }
  // Every byte to escape at every place of a long text, among multi-byte
  // UTF-8 ("ộ" is E1 BB 99), in and across blocks of sixteen bytes.
  for (char special : {'"', '\\', '\n', '\x01', '\x1f'}) {
    std::string text;
    for (int k = 0; k < 16; ++k) text += k % 3 == 0 ? "\xe1\xbb\x99" : "a ";
    for (size_t at = 0; at <= text.size(); ++at) {
      std::string s = text;
      s.insert(at, 1, special);
      std::string appended;
      AppendJsonString(s, &appended);
      std::string written(JsonStringBound(s.size()), '\0');
      written.resize(static_cast<size_t>(WriteJsonString(s, written.data()) - written.data()));
      EXPECT_EQ(written, appended) << at;
    }
  }
}

}  // namespace
}  // namespace dyad
