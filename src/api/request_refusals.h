// What `dyad serve` refuses before routing a request, each with a small JSON
// error: a Host it does not answer for (421, against DNS rebinding; see
// host_allow_list.h), a method other than GET and HEAD (405 with Allow: the
// server is read-only), and a source map (404: an old dashboard build may
// still hold one, and it would publish the dashboard's sources).
//
// Thread safety: stateless functions.
#pragma once

#include <httplib.h>

#include <string>

#include "api/host_allow_list.h"

namespace dyad {

inline constexpr const char* kAllowedMethods = "GET, HEAD";

// Fills `res` and returns Handled for a refused request; Unhandled otherwise.
httplib::Server::HandlerResponse RefuseUnservable(const HostAllowList& hosts, const httplib::Request& req,
                                                  httplib::Response& res);

// Answers 405 with Allow and a JSON error: also for methods httplib itself
// does not know (it answers those 400 before any handler runs).
void RefuseMethod(const std::string& method, httplib::Response& res);

// `res` as a JSON error {"error": message} with `status`.
void SetJsonError(httplib::Response& res, int status, const std::string& message);

}  // namespace dyad
