#include "api/head_first_server.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

namespace dyad {
namespace {

// Runs each accepted socket's task on the accept thread: the task only
// admits the socket to the waiting room, so it never blocks.
class InlineTaskQueue : public httplib::TaskQueue {
 public:
  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override {}
};

// Raises the soft descriptor limit to the hard one, so that many waiting
// clients cannot make accept() fail with EMFILE (httplib then spins), and
// returns the limit in force.
size_t RaiseDescriptorLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1024;
  if (limit.rlim_cur < limit.rlim_max) {
    rlimit raised = limit;
    raised.rlim_cur = std::min<rlim_t>(limit.rlim_max, 1 << 20);
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
  }
  return static_cast<size_t>(limit.rlim_cur);
}

}  // namespace

HeadFirstServer::HeadFirstServer(HeadFirstOptions options) : options_(options) {
  new_task_queue = [] { return new InlineTaskQueue; };
}

HeadFirstServer::~HeadFirstServer() { StopWorkers(); }

Status HeadFirstServer::ListenAfterBind() {
  // Leave descriptors for the store, the dashboard's files and the workers.
  constexpr size_t kReservedDescriptors = 128;
  size_t descriptors = RaiseDescriptorLimit();
  WaitingRoomLimits limits = options_.waiting;
  if (descriptors > 2 * kReservedDescriptors) {
    limits.max_waiting = std::min(limits.max_waiting, descriptors - kReservedDescriptors);
  } else {
    limits.max_waiting = std::min(limits.max_waiting, descriptors / 2);
  }
  // httplib listens with a backlog of 5: a burst of connections would have
  // new clients' SYNs dropped and retried a second later. Linux lets a
  // listening socket's backlog be raised by calling listen() again.
  if (svr_sock_ != INVALID_SOCKET) (void)::listen(svr_sock_, SOMAXCONN);

  waiting_room_ = std::make_unique<WaitingRoom>(
      limits, [this](std::unique_ptr<ClientConnection> connection) { Enqueue(std::move(connection)); });
  Status started = waiting_room_->Start();
  if (!started.ok()) return started;
  for (unsigned i = 0; i < std::max(1u, options_.workers); ++i) workers_.emplace_back([this] { Work(); });

  bool ok = listen_after_bind();
  waiting_room_->Stop();
  StopWorkers();
  return ok ? Status::Ok() : Status::IoError("server stopped with an error");
}

bool HeadFirstServer::process_and_close_socket(socket_t sock) {
  if (!waiting_room_) {  // listen() called instead of ListenAfterBind()
    ::close(sock);
    return false;
  }
  // Small JSON answers would otherwise wait for the client's delayed ACK.
  int one = 1;
  (void)setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  waiting_room_->Admit(std::make_unique<ClientConnection>(sock));
  return true;
}

void HeadFirstServer::Enqueue(std::unique_ptr<ClientConnection> connection) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) return;  // closes it
    ready_.push_back(std::move(connection));
  }
  ready_cv_.notify_one();
}

void HeadFirstServer::Work() {
  for (;;) {
    std::unique_ptr<ClientConnection> connection;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      ready_cv_.wait(lock, [this] { return stopping_ || !ready_.empty(); });
      if (stopping_) return;
      connection = std::move(ready_.front());
      ready_.pop_front();
    }
    Answer(std::move(connection));
  }
}

void HeadFirstServer::Answer(std::unique_ptr<ClientConnection> connection) {
  bool last = ++connection->requests_served >= options_.keep_alive_max_count;
  bool client_closes = false;
  bool answered;
  {
    ClientConnectionStream stream(*connection, options_.write_timeout);
    answered = process_request(stream, last, client_closes, nullptr);
  }
  // Between requests a kept-alive connection waits in the waiting room too,
  // so an idle browser tab holds no worker.
  if (answered && !client_closes && !last) waiting_room_->Admit(std::move(connection));
}

void HeadFirstServer::StopWorkers() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
    ready_.clear();
  }
  ready_cv_.notify_all();
  for (std::thread& worker : workers_) worker.join();
  workers_.clear();
}

}  // namespace dyad
