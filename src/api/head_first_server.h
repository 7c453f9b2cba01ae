// An httplib::Server that gives a connection a worker thread only once a
// whole request (head and body) has arrived, and takes it back as soon as
// the answer is written. cpp-httplib on its own hands every accepted socket (and every
// kept-alive one) to a pool thread that then blocks in recv() with a
// per-read timeout, so a few hundred clients trickling a header line every
// couple of seconds ("slowloris") hold every worker indefinitely and nobody
// else is answered. Here those clients sit in a WaitingRoom (one epoll
// thread, a total deadline for the request, per-address and overall caps)
// and the workers only ever parse requests that are already in memory; the
// same holds for a body trickled a byte at a time.
//
// Thread safety: configure before ListenAfterBind; stop() from any thread or
// a signal handler, as with httplib::Server.
#pragma once

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "api/client_connection.h"
#include "api/waiting_room.h"
#include "dyad/status.h"

namespace dyad {

struct HeadFirstOptions {
  WaitingRoomLimits waiting;  // request_timeout is also the kept-alive idle time
  unsigned workers = 16;
  size_t keep_alive_max_count = 1000;  // requests per connection
  std::chrono::milliseconds write_timeout{10000};  // per write of an answer
};

class HeadFirstServer : public httplib::Server {
 public:
  explicit HeadFirstServer(HeadFirstOptions options);
  ~HeadFirstServer() override;

  // Call after bind_to_port/bind_to_any_port: serves until stop().
  Status ListenAfterBind();

 private:
  // Called by httplib's accept loop for each accepted socket (on that thread,
  // as the task queue runs tasks inline): admits it to the waiting room.
  bool process_and_close_socket(socket_t sock) override;

  void Enqueue(std::unique_ptr<ClientConnection> connection);
  void Work();
  void Answer(std::unique_ptr<ClientConnection> connection);
  void StopWorkers();

  HeadFirstOptions options_;
  std::unique_ptr<WaitingRoom> waiting_room_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;  // guards ready_ and stopping_
  std::condition_variable ready_cv_;
  std::deque<std::unique_ptr<ClientConnection>> ready_;
  bool stopping_ = false;
};

}  // namespace dyad
