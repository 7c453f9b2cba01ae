// Where accepted connections wait, without a worker thread, until their whole
// request (head and the body its Content-Length announces) has arrived. One
// epoll thread reads what each client sends; a connection goes to `on_ready`
// once its request is complete, and is closed when its request deadline
// passes (408), when its head or body exceeds the limits (431, 413), when it
// sends a chunked body, which cannot be measured before it ends (411), or to
// make room (the longest waiter of the same address, or of all). A slow
// client therefore holds at most head + body bytes and a descriptor for a
// bounded time, never a worker.
//
// Thread safety: Admit may be called from any thread; on_ready runs on the
// waiting room's thread and must not block.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "api/client_connection.h"
#include "dyad/status.h"

namespace dyad {

struct WaitingRoomLimits {
  // From arrival (a new connection, or the end of the previous answer on a
  // kept-alive one) to the last byte of the request: total, not per read.
  std::chrono::milliseconds request_timeout{5000};
  size_t max_head_bytes = 16 * 1024;
  size_t max_body_bytes = 64 * 1024;  // the server's payload limit
  size_t max_waiting_per_address = 256;
  size_t max_waiting = 4096;
};

class WaitingRoom {
 public:
  using ReadyCallback = std::function<void(std::unique_ptr<ClientConnection>)>;

  WaitingRoom(WaitingRoomLimits limits, ReadyCallback on_ready);
  ~WaitingRoom();  // stops and closes every waiting connection
  WaitingRoom(const WaitingRoom&) = delete;
  WaitingRoom& operator=(const WaitingRoom&) = delete;

  Status Start();
  void Stop();

  // Takes the connection; its head deadline starts now. After Stop, closes it.
  void Admit(std::unique_ptr<ClientConnection> connection);

 private:
  void Run();
  void TakeAdmitted();
  void Wait(std::unique_ptr<ClientConnection> connection);
  void OnReadable(int fd);
  void CloseExpired();
  void Evict(const std::string* same_address);
  // Stops watching `fd` and hands its connection over; Remove closes it.
  std::unique_ptr<ClientConnection> Take(int fd);
  void Remove(int fd);

  const WaitingRoomLimits limits_;
  const ReadyCallback on_ready_;
  int epoll_fd_ = -1;
  int wake_fd_ = -1;  // eventfd: new admissions or Stop
  std::thread thread_;

  std::mutex mutex_;  // guards admitted_ and stopping_
  std::vector<std::unique_ptr<ClientConnection>> admitted_;
  bool stopping_ = false;

  // Owned by the waiting room's thread.
  std::unordered_map<int, std::unique_ptr<ClientConnection>> waiting_;
  std::unordered_map<std::string, size_t> waiting_per_address_;
  uint64_t next_seq_ = 0;
};

}  // namespace dyad
