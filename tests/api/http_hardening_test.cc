// `dyad serve` answers only what a read-only dashboard server should: GET and
// HEAD (other methods get 405 with Allow), never a source map, only for Host
// names that cannot be DNS-rebound (421 otherwise, unless --allow-host), and
// every answer carries the browser security headers.
#include <gtest/gtest.h>

#include <cstdlib>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/served_store.h"

namespace dyad {
namespace {

using Json = nlohmann::json;

// Sends `bytes` on a fresh loopback connection and returns all the server
// sends back until it closes (or `wait` passes).
std::string RawExchange(int port, const std::string& bytes, std::chrono::milliseconds wait = std::chrono::seconds(5)) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return "";
  }
  (void)::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
  std::string got;
  auto end = std::chrono::steady_clock::now() + wait;
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
    pollfd p{fd, POLLIN, 0};
    if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
    char buf[4096];
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    got.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return got;
}

// Serves the sample store and a stand-in dashboard directory that still
// holds a source map from an old build.
class HardeningTest : public ::testing::Test {
 protected:
  static void StartServer(const std::vector<std::string>& extra_args) {
    served_ = new testing::ServedStore();
    std::string web = served_->dir() + "/web";
    std::filesystem::create_directories(web);
    for (const auto& [name, text] : std::vector<std::pair<std::string, std::string>>{
             {"index.html", "<!doctype html><title>t</title>"},
             {"app.js", "console.log(1);\n//# sourceMappingURL=app.js.map\n"},
             {"app.js.map", "{\"version\":3,\"sources\":[\"secret.js\"]}"},
             {"app.css", "body{}"}}) {
      std::ofstream(web + "/" + name) << text;
    }
    // The build's compressed bundle beside the script (web/build.sh).
    EXPECT_EQ(std::system(("gzip -9 -n -k -f " + web + "/app.js").c_str()), 0);
    served_->Start(web, extra_args);
  }
  static void SetUpTestSuite() { StartServer({}); }
  static void TearDownTestSuite() { delete served_; }

  static httplib::Client Client() {
    httplib::Client client("127.0.0.1", served_->port());
    client.set_read_timeout(10, 0);
    return client;
  }
  static httplib::Result GetWithHost(const std::string& path, const std::string& host) {
    return Client().Get(path.c_str(), httplib::Headers{{"Host", host}});
  }
  static std::string ErrorOf(const httplib::Result& res) {
    Json body = Json::parse(res->body, nullptr, false);
    return body.is_object() && body["error"].is_string() ? body["error"].get<std::string>() : "(no JSON error)";
  }

  static testing::ServedStore* served_;
};

testing::ServedStore* HardeningTest::served_ = nullptr;

const char* const kPaths[] = {"/api/dyads", "/api/nothing", "/", "/app.js", "/no-such-file"};

TEST_F(HardeningTest, MethodsOtherThanGetAndHeadGet405WithAllowEverywhere) {
  httplib::Client client = Client();
  for (const char* path : kPaths) {
    std::vector<std::pair<std::string, httplib::Result>> answers;
    answers.emplace_back("POST", client.Post(path, "x=1", "application/x-www-form-urlencoded"));
    answers.emplace_back("PUT", client.Put(path, "{}", "application/json"));
    answers.emplace_back("PATCH", client.Patch(path, "{}", "application/json"));
    answers.emplace_back("DELETE", client.Delete(path));
    answers.emplace_back("OPTIONS", client.Options(path));
    for (const auto& [method, res] : answers) {
      ASSERT_TRUE(res) << method << " " << path;
      EXPECT_EQ(res->status, 405) << method << " " << path;
      EXPECT_EQ(res->get_header_value("Allow"), "GET, HEAD") << method << " " << path;
      EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << method << " " << path;
      EXPECT_NE(ErrorOf(res).find(method), std::string::npos) << method << " " << path << ": " << res->body;
    }
  }
}

TEST_F(HardeningTest, MethodsHttplibDoesNotKnowGet405Too) {
  for (const char* method : {"PROPFIND", "FOO", "TRACE", "CONNECT"}) {
    // httplib stops at a request line it cannot parse, so it never sees
    // "Connection: close" and keeps the connection: read for a second only.
    std::string answer = RawExchange(
        served_->port(), std::string(method) + " /api/dyads HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
        std::chrono::seconds(1));
    EXPECT_EQ(answer.rfind("HTTP/1.1 405", 0), 0u) << method << ": " << answer;
    EXPECT_NE(answer.find("\r\nAllow: GET, HEAD\r\n"), std::string::npos) << method << ": " << answer;
  }
}

TEST_F(HardeningTest, ARefusedRequestsBodyIsNotTakenForTheNextRequest) {
  // The 405 is decided before the body is read; the body must still be
  // skipped, or "hello" would start the next request on this connection.
  std::string answer = RawExchange(served_->port(),
                                   "POST /api/dyads HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello"
                                   "GET /api/dyads HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 405", 0), 0u) << answer;
  EXPECT_NE(answer.find("HTTP/1.1 200"), std::string::npos) << answer;
}

TEST_F(HardeningTest, HeadAnswersWhereGetDoes) {
  httplib::Client client = Client();
  for (const char* path : {"/api/dyads", "/", "/app.js", "/app.css"}) {
    auto get = client.Get(path);
    auto head = client.Head(path);
    ASSERT_TRUE(get && head) << path;
    EXPECT_EQ(get->status, 200) << path;
    EXPECT_EQ(head->status, 200) << path;
    EXPECT_TRUE(head->body.empty()) << path;
    EXPECT_EQ(head->get_header_value("Content-Type"), get->get_header_value("Content-Type")) << path;
  }
}

TEST_F(HardeningTest, EveryAnswerCarriesTheSecurityHeaders) {
  httplib::Client client = Client();
  std::vector<std::pair<std::string, httplib::Result>> answers;
  for (const char* path : kPaths) answers.emplace_back(std::string("GET ") + path, client.Get(path));
  answers.emplace_back("GET bad parameter", client.Get("/api/events?limit=-5"));
  answers.emplace_back("GET source map", client.Get("/app.js.map"));
  answers.emplace_back("HEAD /", client.Head("/"));
  answers.emplace_back("POST /", client.Post("/", "", "text/plain"));
  answers.emplace_back("GET evil host", GetWithHost("/", "evil.example"));
  answers.emplace_back("DELETE without a body", client.Delete("/api/dyads"));
  for (const auto& [what, res] : answers) {
    ASSERT_TRUE(res) << what;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << what;
    EXPECT_EQ(res->get_header_value("X-Frame-Options"), "DENY") << what;
    EXPECT_EQ(res->get_header_value("Referrer-Policy"), "no-referrer") << what;
    EXPECT_EQ(res->get_header_value_count("Content-Security-Policy"), 1u) << what;
    std::string csp = res->get_header_value("Content-Security-Policy");
    for (const char* directive : {"default-src 'none'", "script-src 'self'", "connect-src 'self'",
                                  "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'",
                                  "form-action 'none'"}) {
      EXPECT_NE(csp.find(directive), std::string::npos) << what << ": " << csp;
    }
  }
}

TEST_F(HardeningTest, TheWaitingRoomsOwnRefusalsCarryThemToo) {
  // A chunked body is refused (411) before httplib sees the request.
  std::string answer = RawExchange(
      served_->port(), "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 411", 0), 0u) << answer;
  for (const char* header : {"\r\nX-Content-Type-Options: nosniff\r\n", "\r\nX-Frame-Options: DENY\r\n",
                             "\r\nReferrer-Policy: no-referrer\r\n", "\r\nContent-Security-Policy: default-src"}) {
    EXPECT_NE(answer.find(header), std::string::npos) << header << " in " << answer;
  }
}

TEST_F(HardeningTest, SourceMapsAreNeverServed) {
  httplib::Client client = Client();
  for (const char* path : {"/app.js.map", "/APP.JS.MAP", "/app.js%2emap"}) {
    auto res = client.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_EQ(res->body.find("secret.js"), std::string::npos) << path;
  }
  auto script = client.Get("/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
}

TEST_F(HardeningTest, DashboardFilesArePrecompressedAndRevalidated) {
  httplib::Client client = Client();
  client.set_decompress(false);
  auto packed = client.Get("/app.js", httplib::Headers{{"Accept-Encoding", "gzip, deflate, br"}});
  ASSERT_TRUE(packed);
  EXPECT_EQ(packed->status, 200);
  EXPECT_EQ(packed->get_header_value_count("Content-Encoding"), 1u) << "sent as built, not compressed again";
  EXPECT_EQ(packed->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(packed->body, testing::SlurpFile(served_->dir() + "/web/app.js.gz"));
  EXPECT_EQ(packed->get_header_value("Cache-Control"), "no-cache");
  std::string etag = packed->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  auto plain = client.Get("/app.js");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->get_header_value_count("Content-Encoding"), 0u);
  EXPECT_EQ(plain->body, testing::SlurpFile(served_->dir() + "/web/app.js"));
  EXPECT_EQ(plain->get_header_value("ETag"), etag) << "one file, one tag";
  auto again = client.Get("/app.js", httplib::Headers{{"If-None-Match", etag}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304);
  EXPECT_TRUE(again->body.empty());
  auto index = client.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->body, "<!doctype html><title>t</title>");
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  auto missing = client.Get("/nothing.js");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST_F(HardeningTest, AnOtherHostNameIsMisdirected) {
  std::string port = std::to_string(served_->port());
  std::vector<std::string> hosts = {"evil.example", "evil.example:" + port, "127.0.0.1.evil.example"};
  for (const std::string& host : hosts) {
    for (const char* path : {"/api/dyads", "/"}) {
      auto res = GetWithHost(path, host);
      ASSERT_TRUE(res) << host;
      EXPECT_EQ(res->status, 421) << host << " " << path;
      std::string error = ErrorOf(res);
      std::string name = host.substr(0, host.find(':'));
      EXPECT_NE(error.find("host " + name), std::string::npos) << error;
      EXPECT_NE(error.find("--allow-host " + name), std::string::npos) << error;
    }
  }
  std::string no_host = RawExchange(served_->port(), "GET /api/dyads HTTP/1.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(no_host.rfind("HTTP/1.1 421", 0), 0u) << no_host;
  std::string two_hosts = RawExchange(
      served_->port(), "GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(two_hosts.rfind("HTTP/1.1 421", 0), 0u) << two_hosts;
}

TEST_F(HardeningTest, AGarbledRequestLineIsStill400) {
  std::string answer = RawExchange(served_->port(), "hello\r\nHost: localhost\r\n\r\n", std::chrono::seconds(1));
  EXPECT_EQ(answer.rfind("HTTP/1.1 400", 0), 0u) << answer;
  EXPECT_NE(answer.find("X-Content-Type-Options: nosniff"), std::string::npos) << answer;
}

TEST_F(HardeningTest, IpLiteralsAndLocalhostAreAnswered) {
  std::string port = std::to_string(served_->port());
  for (const std::string& host : std::vector<std::string>{"127.0.0.1:" + port, "127.0.0.1", "localhost:" + port,
                                                         "LocalHost", "[::1]:" + port, "[::1]", "192.168.1.20:8080"}) {
    auto res = GetWithHost("/api/dyads", host);
    ASSERT_TRUE(res) << host;
    EXPECT_EQ(res->status, 200) << host << ": " << res->body;
  }
}

class AllowHostTest : public HardeningTest {
 protected:
  static void SetUpTestSuite() { StartServer({"--allow-host", "dyad.test", "--allow-host", "Box.LAN"}); }
};

TEST_F(AllowHostTest, AllowedNamesAreAnsweredAndOthersStillMisdirected) {
  std::string port = std::to_string(served_->port());
  for (const std::string& host : std::vector<std::string>{"dyad.test:" + port, "DYAD.test", "box.lan", "localhost"}) {
    auto res = GetWithHost("/api/dyads", host);
    ASSERT_TRUE(res) << host;
    EXPECT_EQ(res->status, 200) << host << ": " << res->body;
  }
  auto other = GetWithHost("/api/dyads", "evil.example");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 421);
}

class AllowAnyHostTest : public HardeningTest {
 protected:
  static void SetUpTestSuite() { StartServer({"--allow-host", "*"}); }
};

TEST_F(AllowAnyHostTest, StarAnswersAnyHost) {
  for (const char* host : {"evil.example", "anything.test:1234"}) {
    auto res = GetWithHost("/api/dyads", host);
    ASSERT_TRUE(res) << host;
    EXPECT_EQ(res->status, 200) << host << ": " << res->body;
  }
}

TEST_F(HardeningTest, AllowHostIsDocumentedAndAPortInItIsRefused) {
  testing::TempDir scratch;
  auto help = testing::Run({DYAD_BINARY, "serve", "--help"}, {}, scratch.path());
  EXPECT_NE((help.out + help.err).find("--allow-host"), std::string::npos);
  auto bad = testing::Run({DYAD_BINARY, "serve", "--db", served_->db(), "--port", "0", "--web", "", "--allow-host",
                           "dyad.test:8080"},
                          {}, scratch.path());
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("--allow-host dyad.test:8080"), std::string::npos) << bad.err;
}

// A second server on a port in use used to start anyway (cpp-httplib sets
// SO_REUSEPORT) and the two stores answered in turn; now it refuses at once.
TEST_F(HardeningTest, ASecondServerOnAPortInUseRefusesToStart) {
  std::string port = std::to_string(served_->port());
  // Under timeout(1): a regression fails the test (124) instead of serving on.
  testing::ProcessResult second = testing::Run(
      {"/usr/bin/timeout", "10", DYAD_BINARY, "serve", "--db", served_->db(), "--port", port, "--web", ""}, {},
      served_->dir());
  EXPECT_EQ(second.exit_code, 1) << second.err;
  EXPECT_NE(second.err.find("cannot listen on 127.0.0.1:" + port + ": the port is in use"), std::string::npos)
      << second.err;
  auto res = Client().Get("/api/dyads");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

}  // namespace
}  // namespace dyad
