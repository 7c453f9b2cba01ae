#include "api/host_allow_list.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>

namespace dyad {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool AllDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// RFC 3986 reg-name as browsers send it: letters, digits, '-', '.', '_'.
bool IsHostName(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '.' || c == '_';
  });
}

bool IsIpLiteral(const std::string& host) {
  unsigned char addr[16];
  return inet_pton(AF_INET, host.c_str(), addr) == 1 || inet_pton(AF_INET6, host.c_str(), addr) == 1;
}

}  // namespace

std::optional<std::string> HostOfHostHeader(std::string_view host_header) {
  std::string_view host = host_header, port;
  if (!host.empty() && host.front() == '[') {
    size_t close = host.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    port = host.substr(close + 1);
    host = host.substr(1, close - 1);
    if (!port.empty() && port.front() != ':') return std::nullopt;
    unsigned char addr[16];
    if (inet_pton(AF_INET6, std::string(host).c_str(), addr) != 1) return std::nullopt;
  } else {
    size_t colon = host.find(':');
    if (colon != std::string_view::npos) {
      port = host.substr(colon);
      host = host.substr(0, colon);
    }
    if (!IsHostName(host)) return std::nullopt;
  }
  if (!port.empty() && !AllDigits(port.substr(1))) return std::nullopt;
  return Lower(host);
}

Result<HostAllowList> HostAllowList::FromNames(const std::vector<std::string>& names) {
  HostAllowList list;
  for (const std::string& name : names) {
    if (name == "*") {
      list.any_ = true;
      continue;
    }
    if (!IsHostName(name)) {
      return Status::InvalidArgument("--allow-host " + name +
                                     ": expected a host name without a port (or '*' for any)");
    }
    list.names_.push_back(Lower(name));
  }
  return list;
}

bool HostAllowList::Allows(std::string_view host_header) const {
  if (any_) return true;
  std::optional<std::string> host = HostOfHostHeader(host_header);
  if (!host) return false;
  if (*host == "localhost" || IsIpLiteral(*host)) return true;
  return std::find(names_.begin(), names_.end(), *host) != names_.end();
}

}  // namespace dyad
