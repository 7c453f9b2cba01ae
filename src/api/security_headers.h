// The headers on every answer of `dyad serve` (API JSON, dashboard files,
// errors, and the waiting room's canned refusals), so that a browser never
// sniffs a JSON body into HTML, never frames the dashboard, never leaks the
// URL as a referrer, and runs nothing the dashboard does not ship itself.
//
// Thread safety: constants; share freely.
#pragma once

#include <string>

#include <httplib.h>

namespace dyad {

// The Content-Security-Policy that web/src/ works under: its own script and
// stylesheet; inline styles (ECharts and Cytoscape set style attributes and
// add a <style> element); data: images (the empty favicon, ECharts'
// internal images); fetch() to /api only; no external origin at all; no
// framing, <base>, plugins or form submission (the forms are handled in
// script). web/src/index.html's <meta> policy must stay at least this loose.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

const httplib::Headers& SecurityHeaders();

// The same as "Name: value\r\n" lines, for answers written without httplib.
const std::string& SecurityHeaderLines();

}  // namespace dyad
