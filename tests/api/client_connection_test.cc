// When the waiting room may hand a connection to a worker: only once the
// whole request is in memory, and never for a body it cannot measure; and
// the worker's stream reads that request alone, never waiting on the socket.
#include "api/client_connection.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>

namespace dyad {
namespace {

using Completeness = ClientConnection::Completeness;

Completeness Check(const std::string& received, size_t max_body = 100) {
  int fds[2];
  EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
  ::close(fds[1]);
  ClientConnection connection(fds[0]);  // closes fds[0]
  connection.received = received;
  return connection.RequestCompleteness(max_body);
}

TEST(ClientConnectionTest, AHeadIsCompleteAtItsBlankLine) {
  EXPECT_EQ(Check("GET / HTTP/1.1\r\nHost: x\r\n"), Completeness::kNeedMore);
  EXPECT_EQ(Check("GET / HTTP/1.1\r\nHost: x\r\n\r"), Completeness::kNeedMore);
  EXPECT_EQ(Check("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), Completeness::kComplete);
  EXPECT_EQ(Check("GET / HTTP/1.1\r\n\r\nGET /next HTTP/1.1\r\n"), Completeness::kComplete);  // pipelined
}

TEST(ClientConnectionTest, ABodyIsWaitedForUpToItsContentLength) {
  std::string head = "POST /api/x HTTP/1.1\r\ncontent-LENGTH:  5 \r\n\r\n";
  EXPECT_EQ(Check(head), Completeness::kNeedMore);
  EXPECT_EQ(Check(head + "1234"), Completeness::kNeedMore);
  EXPECT_EQ(Check(head + "12345"), Completeness::kComplete);
  EXPECT_EQ(Check("GET / HTTP/1.1\r\nContent-Length: 3\r\n\r\nab"), Completeness::kNeedMore);
}

TEST(ClientConnectionTest, WithoutALengthARequestHasNoBodyWhateverItsMethod) {
  // RFC 9112, 6.3; such a request is answered (405), not refused with 411.
  EXPECT_EQ(Check("POST / HTTP/1.1\r\nHost: x\r\n\r\n"), Completeness::kComplete);
  EXPECT_EQ(Check("DELETE / HTTP/1.1\r\nHost: x\r\n\r\n"), Completeness::kComplete);
}

TEST(ClientConnectionTest, BodiesThatCannotBeMeasuredOrAreTooLargeAreRefused) {
  EXPECT_EQ(Check("PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), Completeness::kLengthRequired);
  EXPECT_EQ(Check("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), Completeness::kLengthRequired);
  EXPECT_EQ(Check("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n"), Completeness::kBodyTooLarge);
  EXPECT_EQ(Check("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n"), Completeness::kBadLength);
  EXPECT_EQ(Check("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"), Completeness::kBadLength);
  EXPECT_EQ(Check("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), Completeness::kBadLength);
  EXPECT_EQ(Check("POST / HTTP/1.1\r\nContent-Length:\r\n\r\n"), Completeness::kBadLength);
}

TEST(ClientConnectionTest, TheStreamEndsWithTheRequestAndDropsAllOfIt) {
  int fds[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
  ClientConnection connection(fds[0]);  // closes fds[0]; fds[1] stays open and silent
  const std::string first = "DELETE /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc";
  const std::string next = "GET /b HTTP/1.1\r\n";
  connection.received = first + next;
  {
    ClientConnectionStream stream(connection, std::chrono::milliseconds(100));
    char buf[8];
    ASSERT_EQ(stream.read(buf, 8), 8);  // "DELETE /"
    EXPECT_TRUE(stream.is_readable());
    // httplib refuses the request here, without reading the rest.
  }
  EXPECT_EQ(connection.received, next);
  const std::string bodiless = "POST /c HTTP/1.1\r\n\r\n";
  connection.received = bodiless;
  {
    ClientConnectionStream stream(connection, std::chrono::milliseconds(100));
    char buf[64];
    ASSERT_EQ(stream.read(buf, sizeof buf), static_cast<ssize_t>(bodiless.size()));
    // A reader looking for a body without a length sees the end at once,
    // not a wait on the (open, silent) socket.
    auto start = std::chrono::steady_clock::now();
    EXPECT_FALSE(stream.is_readable());
    EXPECT_EQ(stream.read(buf, sizeof buf), 0);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(50));
  }
  EXPECT_EQ(connection.received, "");
  ::close(fds[1]);
}

}  // namespace
}  // namespace dyad
