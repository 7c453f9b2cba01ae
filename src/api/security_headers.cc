#include "api/security_headers.h"

namespace dyad {

const httplib::Headers& SecurityHeaders() {
  static const httplib::Headers headers = {
      {"Content-Security-Policy", kContentSecurityPolicy},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},  // for browsers that predate frame-ancestors
      {"Referrer-Policy", "no-referrer"},
  };
  return headers;
}

const std::string& SecurityHeaderLines() {
  static const std::string lines = [] {
    std::string out;
    for (const auto& [name, value] : SecurityHeaders()) out += name + ": " + value + "\r\n";
    return out;
  }();
  return lines;
}

}  // namespace dyad
