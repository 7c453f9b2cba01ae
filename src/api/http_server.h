// `dyad serve`: the JSON API and the dashboard's static files over HTTP,
// bound to loopback unless told otherwise.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct ServeOptions {
  std::string db_path;
  std::string data_dir;  // dictionaries (country names, offices)
  std::string web_dir;   // built dashboard; "" serves the API alone
  std::string bind = "127.0.0.1";
  int port = 8080;
  int threads = 0;       // workers; 0: four per core, at least 16
  // Host names answered besides IP literals and localhost ("*": any); see
  // host_allow_list.h.
  std::vector<std::string> allowed_hosts;
};

// Blocks until the server stops (SIGINT/SIGTERM). `on_listening` is called
// with the bound port once the socket accepts connections.
Status Serve(const ServeOptions& options, const std::function<void(int port)>& on_listening);

}  // namespace dyad
