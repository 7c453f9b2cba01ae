#include "api/http_server.h"

#include <httplib.h>

#include <csignal>
#include <filesystem>
#include <memory>
#include <thread>

#include "api/api_service.h"
#include "api/head_first_server.h"
#include "store/document_store.h"

namespace dyad {
namespace {

httplib::Server* g_server = nullptr;

void StopOnSignal(int) {
  if (g_server != nullptr) g_server->stop();
}

}  // namespace

Status Serve(const ServeOptions& options, const std::function<void(int port)>& on_listening) {
  // Fail early on a missing or unreadable store rather than on the first request.
  {
    Result<std::unique_ptr<DocumentStore>> probe = DocumentStore::Open(options.db_path, false, true);
    if (!probe.ok()) return probe.status();
  }
  Result<std::unique_ptr<ActorDictionary>> dict = ActorDictionary::Load(options.data_dir + "/actors");
  if (!dict.ok()) return dict.status();
  auto service = std::make_shared<ApiService>(options.db_path, std::shared_ptr<const ActorDictionary>(std::move(dict).value()));

  HeadFirstOptions head_first;
  // Workers only ever handle requests whose head has arrived in full (slow
  // and idle clients wait in the WaitingRoom), so they are few: enough to
  // overlap SQLite reads with writes to clients that read slowly.
  head_first.workers = options.threads > 0 ? static_cast<unsigned>(options.threads)
                                           : std::max(16u, 4 * std::thread::hardware_concurrency());
  constexpr size_t kMaxRequestBody = 64 * 1024;
  head_first.waiting.max_body_bytes = kMaxRequestBody;
  HeadFirstServer server(head_first);
  server.set_payload_max_length(kMaxRequestBody);
  // Small JSON answers would otherwise wait for the client's delayed ACK
  // (Nagle): 40 ms for a 3 KB timeline.
  server.set_tcp_nodelay(true);

  server.Get(R"(/api/.*)", [service](const httplib::Request& req, httplib::Response& res) {
    QueryParams params(req.params.begin(), req.params.end());
    ApiResponse r = service->Handle(req.path, params);
    res.status = r.status;
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_content(r.body, r.content_type.c_str());
  });
  server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    (void)req;
    if (res.body.empty()) {
      std::string msg = res.status == 404 ? "not found" : "request failed";
      res.set_content("{\"error\":\"" + msg + "\"}", "application/json");
    }
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content("{\"error\":\"internal error\"}", "application/json");
  });
  if (!options.web_dir.empty()) {
    if (!std::filesystem::is_directory(options.web_dir)) {
      return Status::NotFound("dashboard directory " + options.web_dir + " does not exist (build it with web/build.sh)");
    }
    server.set_mount_point("/", options.web_dir);
  }

  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.bind.c_str());
    if (port < 0) return Status::IoError("cannot bind " + options.bind);
  } else if (!server.bind_to_port(options.bind.c_str(), port)) {
    return Status::IoError("cannot bind " + options.bind + ":" + std::to_string(port) + " (in use?)");
  }
  g_server = &server;
  std::signal(SIGINT, StopOnSignal);
  std::signal(SIGTERM, StopOnSignal);
  if (on_listening) on_listening(port);
  Status served = server.ListenAfterBind();
  g_server = nullptr;
  return served;
}

}  // namespace dyad
