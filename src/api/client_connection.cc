#include "api/client_connection.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
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

bool ClientConnection::HasRequestHead() const { return received.find("\r\n\r\n") != std::string::npos; }

ClientConnectionStream::ClientConnectionStream(ClientConnection& connection, std::chrono::milliseconds read_timeout,
                                               std::chrono::milliseconds write_timeout)
    : connection_(connection),
      read_timeout_ms_(static_cast<int>(read_timeout.count())),
      write_timeout_ms_(static_cast<int>(write_timeout.count())) {}

ClientConnectionStream::~ClientConnectionStream() { connection_.received.erase(0, consumed_); }

bool ClientConnectionStream::is_readable() const {
  return consumed_ < connection_.received.size() || PollFor(connection_.fd, POLLIN, read_timeout_ms_);
}

bool ClientConnectionStream::is_writable() const { return PollFor(connection_.fd, POLLOUT, write_timeout_ms_); }

ssize_t ClientConnectionStream::read(char* ptr, size_t size) {
  if (consumed_ < connection_.received.size()) {
    // httplib reads the head a byte at a time: serve it from memory.
    size_t n = std::min(size, connection_.received.size() - consumed_);
    std::memcpy(ptr, connection_.received.data() + consumed_, n);
    consumed_ += n;
    return static_cast<ssize_t>(n);
  }
  for (;;) {
    if (!PollFor(connection_.fd, POLLIN, read_timeout_ms_)) return -1;
    ssize_t n = ::recv(connection_.fd, ptr, size, MSG_DONTWAIT);
    if (n >= 0) return n;
    if (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK) return -1;
  }
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
