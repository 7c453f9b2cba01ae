#include "api/request_refusals.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "util/json_string.h"

namespace dyad {
namespace {

bool EndsWithIgnoringCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                    [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

// An HTTP method token as RFC 9110 spells it (letters, digits and a few
// marks): only such a method is echoed, since httplib passes on anything.
bool IsMethodToken(std::string_view s) {
  return !s.empty() && s.size() <= 32 && std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::isalnum(c) || std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
  });
}

}  // namespace

void SetJsonError(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  std::string body = "{\"error\":";
  AppendJsonString(message, &body);
  body += "}";
  res.set_content(body, "application/json");
}

void RefuseMethod(const std::string& method, httplib::Response& res) {
  res.set_header("Allow", kAllowedMethods);
  std::string which = IsMethodToken(method) ? "method " + method : "this method";
  SetJsonError(res, 405, which + " is not allowed: this server is read-only (GET, HEAD)");
}

httplib::Server::HandlerResponse RefuseUnservable(const HostAllowList& hosts, const httplib::Request& req,
                                                  httplib::Response& res) {
  using HandlerResponse = httplib::Server::HandlerResponse;
  // Host first: a request meant for another site learns nothing about this one.
  size_t host_fields = req.get_header_value_count("Host");
  std::string host_field = req.get_header_value("Host");
  // A missing Host reads as "" (allowed by '*' alone); two are never allowed.
  if (host_fields > 1 || !hosts.Allows(host_field)) {
    std::optional<std::string> host = host_fields == 1 ? HostOfHostHeader(host_field) : std::nullopt;
    // Only a parsed host is echoed: it is plain ASCII, unlike the raw field.
    std::string message =
        host ? "this server does not answer for host " + *host + " (against DNS rebinding); start dyad serve with "
                   "--allow-host " + *host + " to allow it"
             : std::string(host_fields == 0 ? "a Host header is required" : "the Host header is invalid") +
                   " (against DNS rebinding); send one naming the host this server is reached at";
    SetJsonError(res, 421, message);
    return HandlerResponse::Handled;
  }
  if (req.method != "GET" && req.method != "HEAD") {
    RefuseMethod(req.method, res);
    return HandlerResponse::Handled;
  }
  if (req.path.rfind("/api/", 0) != 0 && EndsWithIgnoringCase(req.path, ".map")) {
    SetJsonError(res, 404, "not found");
    return HandlerResponse::Handled;
  }
  return HandlerResponse::Unhandled;
}

}  // namespace dyad
