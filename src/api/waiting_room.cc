#include "api/waiting_room.h"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "api/security_headers.h"

namespace dyad {
namespace {

// Best effort: the client is being dropped anyway, so a full send buffer or
// a reset does not matter.
void SendAndForget(int fd, const char* response) { (void)::send(fd, response, std::strlen(response), MSG_DONTWAIT | MSG_NOSIGNAL); }

// The answers that end a connection, written without httplib, so the
// security headers every answer of `dyad serve` carries are added here.
struct CannedAnswers {
  std::string timeout, head_too_large, length_required, body_too_large, bad_request;
};

const CannedAnswers& Canned() {
  static const CannedAnswers answers = [] {
    auto closing = [](const char* status) {
      return "HTTP/1.1 " + std::string(status) + "\r\nConnection: close\r\nContent-Length: 0\r\n" +
             SecurityHeaderLines() + "\r\n";
    };
    return CannedAnswers{closing("408 Request Timeout"), closing("431 Request Header Fields Too Large"),
                         closing("411 Length Required"), closing("413 Payload Too Large"),
                         closing("400 Bad Request")};
  }();
  return answers;
}

// The answer that ends a connection whose request can never be served; null
// while it may still be.
const char* RefusalFor(ClientConnection::Completeness completeness) {
  switch (completeness) {
    case ClientConnection::Completeness::kLengthRequired: return Canned().length_required.c_str();
    case ClientConnection::Completeness::kBodyTooLarge: return Canned().body_too_large.c_str();
    case ClientConnection::Completeness::kBadLength: return Canned().bad_request.c_str();
    default: return nullptr;
  }
}

}  // namespace

WaitingRoom::WaitingRoom(WaitingRoomLimits limits, ReadyCallback on_ready)
    : limits_(limits), on_ready_(std::move(on_ready)) {}

WaitingRoom::~WaitingRoom() {
  Stop();
  if (epoll_fd_ >= 0) ::close(epoll_fd_);
  if (wake_fd_ >= 0) ::close(wake_fd_);
}

Status WaitingRoom::Start() {
  epoll_fd_ = epoll_create1(EPOLL_CLOEXEC);
  wake_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (epoll_fd_ < 0 || wake_fd_ < 0) return Status::IoError(std::string("cannot create epoll: ") + std::strerror(errno));
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.fd = wake_fd_;
  if (epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, wake_fd_, &ev) != 0) {
    return Status::IoError(std::string("cannot watch the wake-up descriptor: ") + std::strerror(errno));
  }
  thread_ = std::thread([this] { Run(); });
  return Status::Ok();
}

void WaitingRoom::Stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  if (wake_fd_ >= 0) {
    uint64_t one = 1;
    (void)::write(wake_fd_, &one, sizeof one);
  }
  if (thread_.joinable()) thread_.join();
}

void WaitingRoom::Admit(std::unique_ptr<ClientConnection> connection) {
  connection->request_deadline = SteadyClock::now() + limits_.request_timeout;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) return;  // `connection` closes here
    admitted_.push_back(std::move(connection));
  }
  uint64_t one = 1;
  (void)::write(wake_fd_, &one, sizeof one);
}

void WaitingRoom::Run() {
  constexpr int kMaxEvents = 256;
  constexpr auto kSweepEvery = std::chrono::milliseconds(100);
  epoll_event events[kMaxEvents];
  SteadyClock::time_point last_sweep = SteadyClock::now();
  for (;;) {
    int n = epoll_wait(epoll_fd_, events, kMaxEvents, static_cast<int>(kSweepEvery.count()));
    for (int i = 0; i < n; ++i) {
      if (events[i].data.fd == wake_fd_) {
        uint64_t count;
        (void)::read(wake_fd_, &count, sizeof count);
        TakeAdmitted();
      } else {
        OnReadable(events[i].data.fd);
      }
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (stopping_) break;
    }
    if (SteadyClock::now() - last_sweep >= kSweepEvery) {
      CloseExpired();
      last_sweep = SteadyClock::now();
    }
  }
  std::lock_guard<std::mutex> lock(mutex_);
  admitted_.clear();
  waiting_.clear();
  waiting_per_address_.clear();
}

void WaitingRoom::TakeAdmitted() {
  std::vector<std::unique_ptr<ClientConnection>> admitted;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    admitted.swap(admitted_);
  }
  for (auto& connection : admitted) Wait(std::move(connection));
}

void WaitingRoom::Wait(std::unique_ptr<ClientConnection> connection) {
  // A pipelined request may already be here in full, or be refused.
  ClientConnection::Completeness completeness = connection->RequestCompleteness(limits_.max_body_bytes);
  if (completeness == ClientConnection::Completeness::kComplete) {
    on_ready_(std::move(connection));
    return;
  }
  if (const char* refusal = RefusalFor(completeness)) {
    SendAndForget(connection->fd, refusal);
    return;  // closes it
  }
  // Make room by dropping the longest waiter: a newcomer may be a real user,
  // and whoever has waited longest is the likeliest to be trickling.
  if (waiting_.size() >= limits_.max_waiting) Evict(nullptr);
  const std::string& ip = connection->peer_ip;
  auto same = waiting_per_address_.find(ip);
  if (same != waiting_per_address_.end() && same->second >= limits_.max_waiting_per_address) Evict(&ip);

  epoll_event ev{};
  ev.events = EPOLLIN | EPOLLRDHUP;
  ev.data.fd = connection->fd;
  if (epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, connection->fd, &ev) != 0) return;  // closes it
  connection->admitted_seq = next_seq_++;
  ++waiting_per_address_[ip];
  int fd = connection->fd;
  waiting_[fd] = std::move(connection);
}

void WaitingRoom::OnReadable(int fd) {
  auto it = waiting_.find(fd);
  if (it == waiting_.end()) return;
  ClientConnection& c = *it->second;
  char buf[4096];
  for (;;) {
    ssize_t n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;  // wait for more
    if (n <= 0) {
      Remove(fd);  // closed by the client, or reset
      return;
    }
    c.received.append(buf, static_cast<size_t>(n));
    ClientConnection::Completeness completeness = c.RequestCompleteness(limits_.max_body_bytes);
    if (completeness == ClientConnection::Completeness::kComplete) {
      on_ready_(Take(fd));
      return;
    }
    const char* refusal = RefusalFor(completeness);
    if (refusal == nullptr && completeness == ClientConnection::Completeness::kNeedMore &&
        c.received.find("\r\n\r\n") == std::string::npos && c.received.size() > limits_.max_head_bytes) {
      refusal = Canned().head_too_large.c_str();
    }
    if (refusal != nullptr) {
      SendAndForget(fd, refusal);
      Remove(fd);
      return;
    }
  }
}

void WaitingRoom::CloseExpired() {
  SteadyClock::time_point now = SteadyClock::now();
  std::vector<int> expired;
  for (const auto& [fd, connection] : waiting_) {
    if (connection->request_deadline <= now) expired.push_back(fd);
  }
  for (int fd : expired) {
    // An idle kept-alive connection just closes; a half-sent head learns why.
    if (!waiting_[fd]->received.empty()) SendAndForget(fd, Canned().timeout.c_str());
    Remove(fd);
  }
}

void WaitingRoom::Evict(const std::string* same_address) {
  int oldest_fd = -1;
  uint64_t oldest_seq = UINT64_MAX;
  for (const auto& [fd, connection] : waiting_) {
    if (same_address != nullptr && connection->peer_ip != *same_address) continue;
    if (connection->admitted_seq < oldest_seq) {
      oldest_seq = connection->admitted_seq;
      oldest_fd = fd;
    }
  }
  if (oldest_fd >= 0) Remove(oldest_fd);
}

std::unique_ptr<ClientConnection> WaitingRoom::Take(int fd) {
  auto it = waiting_.find(fd);
  if (it == waiting_.end()) return nullptr;
  (void)epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, fd, nullptr);
  std::unique_ptr<ClientConnection> connection = std::move(it->second);
  waiting_.erase(it);
  auto count = waiting_per_address_.find(connection->peer_ip);
  if (count != waiting_per_address_.end() && --count->second == 0) waiting_per_address_.erase(count);
  return connection;
}

void WaitingRoom::Remove(int fd) { Take(fd); }  // the connection closes here

}  // namespace dyad
