// A bounded work queue whose results come out in the order items went in:
// one producer pushes, N workers transform, one consumer pops. Used so that
// parallel ingest writes exactly what a single thread would, in the same
// order.
//
// Thread safety: Push/Close from one producer thread, Pop and WaitReady from one consumer
// thread; `work` runs on the worker threads and must be thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dyad {

template <typename In, typename Out>
class OrderedPipeline {
 public:
  // At most `capacity` items are in flight (queued, being worked or waiting
  // to be popped), which bounds memory whatever the input size.
  OrderedPipeline(int workers, size_t capacity, std::function<Out(In&&)> work)
      : capacity_(capacity < 1 ? 1 : capacity), work_(std::move(work)) {
    for (int i = 0; i < (workers < 1 ? 1 : workers); ++i) threads_.emplace_back([this] { WorkLoop(); });
  }

  ~OrderedPipeline() {
    Close();
    for (std::thread& t : threads_) t.join();
  }

  // Blocks while `capacity` items are in flight.
  void Push(In item) {
    std::unique_lock<std::mutex> lock(mu_);
    space_.wait(lock, [this] { return in_flight_ < capacity_; });
    ++in_flight_;
    input_.emplace_back(next_in_++, std::move(item));
    work_ready_.notify_one();
  }

  // No more input; Pop returns false once everything pushed has been popped.
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    work_ready_.notify_all();
    output_ready_.notify_all();
  }

  // Waits up to `timeout` until Pop can return at once (a result is ready,
  // or the pipeline is closed and drained); false if it still cannot. Lets
  // a consumer do something else rather than wait longer.
  bool WaitReady(std::chrono::steady_clock::duration timeout) {
    std::unique_lock<std::mutex> lock(mu_);
    return output_ready_.wait_for(lock, timeout,
                                  [this] { return done_.count(next_out_) > 0 || (closed_ && next_out_ == next_in_); });
  }

  // The next result in input order; false when closed and drained.
  bool Pop(Out* out) {
    std::unique_lock<std::mutex> lock(mu_);
    output_ready_.wait(lock, [this] { return done_.count(next_out_) > 0 || (closed_ && next_out_ == next_in_); });
    auto it = done_.find(next_out_);
    if (it == done_.end()) return false;
    *out = std::move(it->second);
    done_.erase(it);
    ++next_out_;
    --in_flight_;
    space_.notify_one();
    return true;
  }

 private:
  void WorkLoop() {
    for (;;) {
      std::pair<uint64_t, In> item;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_ready_.wait(lock, [this] { return !input_.empty() || closed_; });
        if (input_.empty()) return;
        item = std::move(input_.front());
        input_.pop_front();
      }
      Out result = work_(std::move(item.second));
      std::lock_guard<std::mutex> lock(mu_);
      done_.emplace(item.first, std::move(result));
      if (item.first == next_out_) output_ready_.notify_one();
    }
  }

  const size_t capacity_;
  std::function<Out(In&&)> work_;
  std::mutex mu_;
  std::condition_variable work_ready_, output_ready_, space_;
  std::deque<std::pair<uint64_t, In>> input_;
  std::map<uint64_t, Out> done_;
  uint64_t next_in_ = 0, next_out_ = 0;
  size_t in_flight_ = 0;
  bool closed_ = false;
  std::vector<std::thread> threads_;
};

// Gathers items into runs of about `limit` bytes, so that threads hand
// over work a few hundred times a second, not once per item.
template <typename T>
class RunBatcher {
 public:
  explicit RunBatcher(size_t limit) : limit_(limit) {}

  // Adds an item of `bytes` bytes; a run that reached the limit comes back
  // to be pushed.
  std::optional<std::vector<T>> Add(T item, size_t bytes) {
    run_.push_back(std::move(item));
    bytes_ += bytes;
    if (bytes_ < limit_) return std::nullopt;
    return Take();
  }

  // What is left, if anything.
  std::optional<std::vector<T>> Flush() {
    if (run_.empty()) return std::nullopt;
    return Take();
  }

 private:
  std::vector<T> Take() {
    std::vector<T> out = std::move(run_);
    run_ = std::vector<T>();
    bytes_ = 0;
    return out;
  }
  const size_t limit_;
  std::vector<T> run_;
  size_t bytes_ = 0;
};

}  // namespace dyad
