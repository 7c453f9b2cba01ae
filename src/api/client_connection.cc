#include "api/client_connection.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <string_view>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace dyad {
namespace {

void AddressOf(const sockaddr_storage& addr, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = "";
  if (addr.ss_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(&addr);
    inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
    port = ntohs(in->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&addr);
    inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
    port = ntohs(in6->sin6_port);
  }
  ip = text;
}

// Waits for `events` on `fd` for up to `timeout_ms`, retrying on signals.
bool PollFor(int fd, short events, int timeout_ms) {
  pollfd p{fd, events, 0};
  for (;;) {
    int n = ::poll(&p, 1, timeout_ms);
    if (n >= 0) return n > 0;
    if (errno != EINTR) return false;
  }
}

bool NameIs(std::string_view name, std::string_view lower) {
  if (name.size() != lower.size()) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(name[i])) != lower[i]) return false;
  }
  return true;
}

}  // namespace

ClientConnection::ClientConnection(int socket_fd) : fd(socket_fd) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) AddressOf(addr, peer_ip, peer_port);
}

ClientConnection::~ClientConnection() {
  ::shutdown(fd, SHUT_RDWR);
  ::close(fd);
}

ClientConnection::Completeness ClientConnection::RequestCompleteness(size_t max_body_bytes,
                                                                    size_t* request_bytes) const {
  size_t head_end = received.find("\r\n\r\n");
  if (head_end == std::string::npos) return Completeness::kNeedMore;
  std::string_view head(received.data(), head_end + 2);  // every line with its CRLF
  std::optional<size_t> length;
  for (size_t line = head.find("\r\n") + 2; line < head.size();) {
    size_t eol = head.find("\r\n", line);
    std::string_view field = head.substr(line, eol - line);
    line = eol + 2;
    size_t colon = field.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view name = field.substr(0, colon), value = field.substr(colon + 1);
    if (NameIs(name, "transfer-encoding")) return Completeness::kLengthRequired;
    if (!NameIs(name, "content-length")) continue;
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
    size_t n = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
    // Two lengths, or one that is not a number, is how requests get smuggled.
    if (length || error != std::errc() || end != value.data() + value.size() || value.empty()) {
      return Completeness::kBadLength;
    }
    length = n;
  }
  // Without a Content-Length (or Transfer-Encoding) a request has no body,
  // whatever its method (RFC 9112, 6.3); the stream then ends at the head,
  // so httplib cannot wait on the socket for one.
  if (length && *length > max_body_bytes) return Completeness::kBodyTooLarge;
  size_t size = head_end + 4 + length.value_or(0);
  if (received.size() < size) return Completeness::kNeedMore;
  if (request_bytes != nullptr) *request_bytes = size;
  return Completeness::kComplete;
}

ClientConnectionStream::ClientConnectionStream(ClientConnection& connection, std::chrono::milliseconds write_timeout)
    : connection_(connection), write_timeout_ms_(static_cast<int>(write_timeout.count())) {
  // The waiting room hands over only complete requests, so the length is
  // known; the limit on bodies was applied there.
  if (connection_.RequestCompleteness(SIZE_MAX, &request_bytes_) != ClientConnection::Completeness::kComplete) {
    request_bytes_ = 0;  // cannot happen; the request then reads as empty
  }
}

ClientConnectionStream::~ClientConnectionStream() {
  connection_.received.erase(0, std::min(connection_.received.size(), std::max(consumed_, request_bytes_)));
}

bool ClientConnectionStream::is_readable() const { return consumed_ < request_bytes_; }

bool ClientConnectionStream::is_writable() const { return PollFor(connection_.fd, POLLOUT, write_timeout_ms_); }

ssize_t ClientConnectionStream::read(char* ptr, size_t size) {
  // httplib reads the head a byte at a time: all of it is served from memory.
  // Past the request the stream ends: a pipelined next request is read by
  // the next stream, and nothing is ever waited for on the socket.
  size_t n = std::min(size, request_bytes_ - std::min(consumed_, request_bytes_));
  std::memcpy(ptr, connection_.received.data() + consumed_, n);
  consumed_ += n;
  return static_cast<ssize_t>(n);
}

ssize_t ClientConnectionStream::write(const char* ptr, size_t size) {
  for (;;) {
    if (!PollFor(connection_.fd, POLLOUT, write_timeout_ms_)) return -1;
    ssize_t n = ::send(connection_.fd, ptr, size, MSG_DONTWAIT | MSG_NOSIGNAL);
    if (n >= 0) return n;
    if (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK) return -1;
  }
}

void ClientConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  ip = connection_.peer_ip;
  port = connection_.peer_port;
}

void ClientConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  port = 0;
  ip.clear();
  if (getsockname(connection_.fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) AddressOf(addr, ip, port);
}

}  // namespace dyad
