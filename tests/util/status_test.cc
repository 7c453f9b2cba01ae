#include "dyad/status.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace dyad {
namespace {

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kOk);
  EXPECT_EQ(s.ToString(), "OK");
  EXPECT_TRUE(Status::Ok().ok());
}

TEST(StatusTest, FactoriesSetCodeAndMessage) {
  struct Case {
    Status status;
    Status::Code code;
  };
  const Case cases[] = {
      {Status::InvalidArgument("bad dyad"), Status::Code::kInvalidArgument},
      {Status::NotFound("no such actor"), Status::Code::kNotFound},
      {Status::IoError("disk full"), Status::Code::kIoError},
      {Status::Corrupt("schema too new"), Status::Code::kCorrupt},
      {Status::Internal("unexpected"), Status::Code::kInternal},
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(c.status.ok());
    EXPECT_EQ(c.status.code(), c.code);
    EXPECT_FALSE(c.status.message().empty());
    EXPECT_EQ(c.status.ToString(), c.status.message());
  }
}

TEST(ResultTest, HoldsValue) {
  Result<std::string> r(std::string("Manila"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "Manila");
  EXPECT_EQ(r->size(), 6u);
  EXPECT_EQ(r.value(), "Manila");
}

TEST(ResultTest, HoldsStatus) {
  Result<int> r(Status::NotFound("no dateline"));
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(r.status().message(), "no dateline");
}

TEST(ResultTest, MovesOutMoveOnlyValues) {
  Result<std::unique_ptr<int>> r(std::make_unique<int>(7));
  ASSERT_TRUE(r.ok());
  std::unique_ptr<int> p = std::move(r).value();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(*p, 7);
}

Status FailIfNegative(int x) { return x < 0 ? Status::InvalidArgument("negative") : Status::Ok(); }

Status Twice(int a, int b) {
  DYAD_RETURN_IF_ERROR(FailIfNegative(a));
  DYAD_RETURN_IF_ERROR(FailIfNegative(b));
  return Status::Ok();
}

TEST(StatusTest, ReturnIfErrorPropagatesTheFirstFailure) {
  EXPECT_TRUE(Twice(1, 2).ok());
  Status s = Twice(1, -2);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), "negative");
}

}  // namespace
}  // namespace dyad
