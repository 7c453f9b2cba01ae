// One accepted HTTP connection and the httplib::Stream that serves a request
// from it: the bytes the waiting room already received (the whole request,
// perhaps the start of a pipelined next one) first, then the socket itself.
//
// Thread safety: a connection belongs to one thread at a time (the waiting
// room or one worker); it is handed over whole, as a unique_ptr.
#pragma once

#include <httplib.h>

#include <chrono>
#include <string>

namespace dyad {

using SteadyClock = std::chrono::steady_clock;

struct ClientConnection {
  explicit ClientConnection(int socket_fd);
  ~ClientConnection();  // closes the socket
  ClientConnection(const ClientConnection&) = delete;
  ClientConnection& operator=(const ClientConnection&) = delete;

  // Whether `received` holds a whole request: its head (up to the blank
  // line) and the body its Content-Length announces (none without one). A
  // chunked body cannot be measured here, and would tie a worker to the
  // client's pace, so it is refused.
  enum class Completeness { kNeedMore, kComplete, kLengthRequired, kBodyTooLarge, kBadLength };
  // When complete, `request_bytes` (if given) is the request's length in
  // `received`: head, blank line and body.
  Completeness RequestCompleteness(size_t max_body_bytes, size_t* request_bytes = nullptr) const;

  int fd;
  std::string peer_ip;  // "" when unknown
  int peer_port = 0;
  std::string received;  // bytes read from the socket and not yet parsed
  SteadyClock::time_point request_deadline;
  uint64_t admitted_seq = 0;  // order of arrival in the waiting room
  size_t requests_served = 0;
};

// Reads the request from `received` and ends there: the whole request is
// already in memory, so a worker never waits for the client to send.
// Writes wait at most the given timeout each (a client that will not read
// its answer).
class ClientConnectionStream : public httplib::Stream {
 public:
  // REQUIRES: `connection.received` starts with a complete request.
  ClientConnectionStream(ClientConnection& connection, std::chrono::milliseconds write_timeout);
  // Drops the request from `received`, keeping pipelined bytes: all of it,
  // even the body of a request refused without reading it (or the head of
  // one httplib could not parse), which would otherwise be taken for the
  // next request on a kept-alive connection.
  ~ClientConnectionStream() override;

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return connection_.fd; }

 private:
  ClientConnection& connection_;
  size_t consumed_ = 0;  // of connection_.received
  size_t request_bytes_ = 0;  // of connection_.received: head and body
  int write_timeout_ms_;
};

}  // namespace dyad
