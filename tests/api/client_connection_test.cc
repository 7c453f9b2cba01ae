// When the waiting room may hand a connection to a worker: only once the
// whole request is in memory, and never for a body it cannot measure.
#include "api/client_connection.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

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

TEST(ClientConnectionTest, BodiesThatCannotBeMeasuredOrAreTooLargeAreRefused) {
  EXPECT_EQ(Check("POST / HTTP/1.1\r\nHost: x\r\n\r\n"), Completeness::kLengthRequired);
  EXPECT_EQ(Check("PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), Completeness::kLengthRequired);
  EXPECT_EQ(Check("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), Completeness::kLengthRequired);
  EXPECT_EQ(Check("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n"), Completeness::kBodyTooLarge);
  EXPECT_EQ(Check("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n"), Completeness::kBadLength);
  EXPECT_EQ(Check("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"), Completeness::kBadLength);
  EXPECT_EQ(Check("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), Completeness::kBadLength);
  EXPECT_EQ(Check("POST / HTTP/1.1\r\nContent-Length:\r\n\r\n"), Completeness::kBadLength);
}

}  // namespace
}  // namespace dyad
