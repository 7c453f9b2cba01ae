// Which `Host` headers `dyad serve` answers, against DNS rebinding: a page on
// an attacker's domain whose name is re-pointed at 127.0.0.1 can make the
// browser send requests to this server as "same origin" and read the
// answers. Such a request always carries the attacker's name as its Host,
// never an IP literal (a literal cannot be re-pointed), so a Host that is an
// IPv4 or bracketed IPv6 literal, or `localhost`, is safe; any other name is
// answered only when the operator allowed it (`dyad serve --allow-host`).
//
// Thread safety: immutable after construction; share freely.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

class HostAllowList {
 public:
  // `names` as given to --allow-host: host names without a port, compared
  // case-insensitively; "*" allows every Host. A name with a port, a slash
  // or a space is refused (a likely mistake: the port is never compared).
  static Result<HostAllowList> FromNames(const std::vector<std::string>& names);

  // `host_header` is the Host field's value, with or without a port.
  bool Allows(std::string_view host_header) const;

 private:
  HostAllowList() = default;
  bool any_ = false;
  std::vector<std::string> names_;  // lower case
};

// The host part of a Host field, lower-cased, without its port and, for IPv6,
// with its brackets; nullopt when the field is not a valid host[:port].
std::optional<std::string> HostOfHostHeader(std::string_view host_header);

}  // namespace dyad
