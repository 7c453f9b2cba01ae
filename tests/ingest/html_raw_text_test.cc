#include "ingest/html_raw_text.h"

#include <gtest/gtest.h>

#include <string_view>

namespace dyad::html {
namespace {

TEST(HtmlRawTextTest, TagAtNeedsTheWholeNameInAnyCase) {
  std::string_view s = "<DIV class=x></Script><divx>";
  EXPECT_TRUE(TagAt(s, 0, "div", false));
  EXPECT_TRUE(TagAt(s, 13, "script", true));
  EXPECT_FALSE(TagAt(s, 13, "script", false));
  EXPECT_FALSE(TagAt(s, 22, "div", false));  // "divx" is another name
  EXPECT_FALSE(TagAt("<div", 0, "div", false));  // no character ends the name
}

TEST(HtmlRawTextTest, RawTextEndsAtItsOwnEndTag) {
  std::string_view s = "a </b> </style> c";
  EXPECT_EQ(RawTextEnd(s, 0, "style"), 7u);
  EXPECT_EQ(RawTextEnd("no end here", 0, "title"), std::string_view::npos);
}

TEST(HtmlRawTextTest, ScriptEndTagInsideAnEscapedScriptDoesNotEndIt) {
  // The tokenizer's double-escaped state: "<!--<script>...</script>-->" is
  // all script text, the real end comes after.
  std::string_view s = "x<!--<script>y</script>z--></script>";
  EXPECT_EQ(RawTextEnd(s, 0, "script"), s.size() - 9);
  // A plain comment does not hide the end tag.
  EXPECT_EQ(RawTextEnd("<!-- a --></script>", 0, "script"), 10u);
  // "<!-->" closes at once.
  EXPECT_EQ(RawTextEnd("<!--></script>", 0, "script"), 5u);
}

TEST(HtmlRawTextTest, EqualsLowerFoldsOnlyTheFirstArgument) {
  EXPECT_TRUE(EqualsLower("Text/HTML", "text/html"));
  EXPECT_FALSE(EqualsLower("text/htm", "text/html"));
}

}  // namespace
}  // namespace dyad::html
