#include "api/http_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <csignal>
#include <filesystem>
#include <memory>
#include <thread>

#include "api/api_service.h"
#include "api/relation_endpoints.h"
#include "api/head_first_server.h"
#include "api/host_allow_list.h"
#include "api/request_refusals.h"
#include "api/security_headers.h"
#include "api/static_files.h"
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
  Result<HostAllowList> hosts = HostAllowList::FromNames(options.allowed_hosts);
  if (!hosts.ok()) return hosts.status();
  Result<std::shared_ptr<const RelationsData>> relations = RelationsData::Load(options.data_dir, **dict);
  if (!relations.ok()) return relations.status();
  auto service = std::make_shared<ApiService>(options.db_path, std::shared_ptr<const ActorDictionary>(std::move(dict).value()),
                                              std::move(relations).value());

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
  // cpp-httplib's default sets SO_REUSEPORT, with which a second `dyad serve`
  // on a port in use started anyway and the two stores answered in turn.
  // SO_REUSEADDR alone still allows a restart while old connections linger
  // in TIME_WAIT, but not two listeners.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  // Small JSON answers would otherwise wait for the client's delayed ACK
  // (Nagle): 40 ms for a 3 KB timeline.
  server.set_tcp_nodelay(true);

  // Every answer, including errors and dashboard files, starts with these.
  server.set_default_headers(SecurityHeaders());
  server.set_pre_routing_handler(
      [hosts = std::move(hosts).value()](const httplib::Request& req, httplib::Response& res) {
        return RefuseUnservable(hosts, req, res);
      });
  server.Get(R"(/api/.*)", [service](const httplib::Request& req, httplib::Response& res) {
    QueryParams params(req.params.begin(), req.params.end());
    ApiResponse r = service->Handle(req.path, params);
    res.status = r.status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(r.body, r.content_type.c_str());
  });
  server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    // httplib answers 400 to a method it does not know ("PROPFIND / HTTP/1.1")
    // before any handler runs, but it has split the request line by then:
    // a well-formed line with another method gets 405 like any other.
    bool well_formed_line = !req.target.empty() && (req.version == "HTTP/1.1" || req.version == "HTTP/1.0");
    if (res.status == 400 && well_formed_line && req.path.empty() && req.method != "GET" && req.method != "HEAD") {
      RefuseMethod(req.method, res);
      return;
    }
    SetJsonError(res, res.status, res.status == 404 ? "not found" : "request failed");
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    SetJsonError(res, 500, "internal error");
  });
  if (!options.web_dir.empty()) {
    if (!std::filesystem::is_directory(options.web_dir)) {
      return Status::NotFound("dashboard directory " + options.web_dir + " does not exist (build it with web/build.sh)");
    }
    Result<StaticFiles> loaded = StaticFiles::Load(options.web_dir);
    if (!loaded.ok()) return loaded.status();
    auto files = std::make_shared<const StaticFiles>(std::move(loaded).value());
    // Precompressed at build time and revalidated by ETag: a page load
    // costs a memory copy, a reload a 304.
    server.Get(R"(/[^/]*)", [files](const httplib::Request& req, httplib::Response& res) {
      const StaticFiles::File* f = files->Find(req.path);
      if (f == nullptr) {
        SetJsonError(res, 404, "not found");
        return;
      }
      res.set_header("ETag", f->etag);
      res.set_header("Cache-Control", "no-cache");
      res.set_header("Vary", "Accept-Encoding");
      if (req.get_header_value("If-None-Match") == f->etag) {
        res.status = 304;
        return;
      }
      const bool gzip = !f->gzip.empty() && req.get_header_value("Accept-Encoding").find("gzip") != std::string::npos;
      if (gzip) res.set_header("Content-Encoding", "gzip");
      // A sized provider, not set_content: cpp-httplib compresses a body set
      // whole (brotli for text, 25 ms a page) but sends a provider's bytes as
      // they are. `files` outlives the response.
      const std::string* bytes = gzip ? &f->gzip : &f->body;
      res.set_content_provider(bytes->size(), f->content_type.c_str(),
                               [files, bytes](size_t offset, size_t length, httplib::DataSink& sink) {
                                 return sink.write(bytes->data() + offset, length);
                               });
    });
  }

  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.bind.c_str());
    if (port < 0) return Status::IoError("cannot bind " + options.bind);
  } else if (!server.bind_to_port(options.bind.c_str(), port)) {
    return Status::IoError("cannot listen on " + options.bind + ":" + std::to_string(port) +
                           ": the port is in use (another dyad serve?) or not ours to take; choose another with --port");
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
