// Shared by the HTML reader's tests: a page around a head and a body, and a
// read that must succeed.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "ingest/html_reader.h"

namespace dyad::testing {

inline std::string Page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

inline Document MustRead(const std::string& html) {
  Result<Document> doc = ReadHtml(html, "pages/story.html");
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? *doc : Document();
}

}  // namespace dyad::testing
