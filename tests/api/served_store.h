// Test helper: `dyad serve` on a free loopback port over a store of the sample
// corpus, started once per test suite and stopped with SIGTERM.
//
// Thread safety: one owner; port() may be read from any thread once started.
#pragma once

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "testing/run_process.h"
#include "testing/store_location.h"
#include "testing/temp_dir.h"

namespace dyad::testing {

class ServedStore {
 public:
  // Ingests data/samples and starts the server, serving the dashboard from
  // `web_dir` ("": the API only) and given `extra_args`; port() stays 0 on
  // failure (the reason is in ServerErrors()).
  void Start(const std::string& web_dir = "", const std::vector<std::string>& extra_args = {}) {
    store_ = std::make_unique<StoreLocation>(dir_, "api.db");
    db_ = *store_;
    auto r = Run({DYAD_BINARY, "ingest", "--quiet", "--db", db_, std::string(DYAD_SOURCE_DIR) + "/data/samples"}, {},
                 dir_.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    err_path_ = dir_.path() + "/serve.err";
    std::vector<std::string> args = {DYAD_BINARY, "serve", "--db", db_, "--port", "0", "--web", web_dir};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    pid_ = Spawn(args, {}, dir_.path() + "/serve.out", err_path_);
    ASSERT_GT(pid_, 0);
    for (int i = 0; i < 100 && port_ == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      std::string text = SlurpFile(err_path_);
      size_t at = text.find("http://127.0.0.1:");
      if (at != std::string::npos) port_ = std::stoi(text.substr(at + 17));
    }
    ASSERT_NE(port_, 0) << ServerErrors();
  }
  ~ServedStore() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      waitpid(pid_, &status, 0);
    }
  }

  int port() const { return port_; }
  const std::string& db() const { return db_; }
  // A scratch directory that lives as long as the server.
  const std::string& dir() const { return dir_.path(); }
  std::string ServerErrors() const { return SlurpFile(err_path_); }

 private:
  TempDir dir_;
  std::unique_ptr<StoreLocation> store_;
  std::string db_;
  std::string err_path_;
  pid_t pid_ = 0;
  int port_ = 0;
};

}  // namespace dyad::testing
