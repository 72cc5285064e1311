// The streaming, order-preserving multi-threaded driver behind `analyze -j` and `ingest -j`.
//
// The calling thread reads batches and delivers the results; worker threads only transform them.
// Batches carry a sequence number so results are delivered in input order, and the number of
// batches in flight is capped so memory does not grow with the input.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace faultline {

// Runs `threads` workers (at least 1) over batches of type `Batch`:
// - `read(batch)`, on the calling thread, fills a batch; false when the input is exhausted (the
//   batch is then dropped).
// - `make_work()` is called once on each worker thread and returns that thread's transform, so a
//   worker can keep state of its own (a coder, scratch buffers) without locks.
// - `deliver(batch)`, on the calling thread, receives the transformed batches in read order; false
//   stops the run: nothing more is read, batches not yet started are dropped, and the run returns
//   once the workers have finished the ones they hold.
// At most 2 * threads + 2 batches are read and not yet delivered.
template <typename Batch>
void run_in_order(int threads, const std::function<bool(Batch&)>& read,
                  const std::function<std::function<void(Batch&)>()>& make_work,
                  const std::function<bool(Batch&)>& deliver) {
  struct Numbered {
    uint64_t seq = 0;
    Batch batch;
  };
  const int workers_wanted = threads < 1 ? 1 : threads;
  const uint64_t max_in_flight = static_cast<uint64_t>(workers_wanted) * 2 + 2;
  std::mutex mu;
  std::condition_variable work_ready;  // workers wait for batches
  std::condition_variable done_ready;  // the calling thread waits for results
  std::deque<Numbered> pending;        // read, not yet transformed
  std::map<uint64_t, Batch> finished;  // transformed, waiting for their turn to be delivered
  bool input_done = false;

  std::vector<std::thread> workers;
  workers.reserve(static_cast<size_t>(workers_wanted));
  for (int i = 0; i < workers_wanted; ++i) {
    workers.emplace_back([&] {
      const std::function<void(Batch&)> work = make_work();
      for (;;) {
        Numbered item;
        {
          std::unique_lock lock(mu);
          work_ready.wait(lock, [&] { return !pending.empty() || input_done; });
          if (pending.empty()) return;
          item = std::move(pending.front());
          pending.pop_front();
        }
        work(item.batch);
        {
          std::lock_guard lock(mu);
          finished.emplace(item.seq, std::move(item.batch));
        }
        done_ready.notify_one();
      }
    });
  }

  uint64_t next_read = 0;
  uint64_t next_deliver = 0;
  bool stopped = false;
  // Delivers finished batches in order. With `wait`, blocks until the next one is there.
  auto deliver_ready = [&](bool wait) {
    while (!stopped && next_deliver < next_read) {
      Batch batch;
      {
        std::unique_lock lock(mu);
        if (wait) done_ready.wait(lock, [&] { return finished.count(next_deliver) > 0; });
        auto it = finished.find(next_deliver);
        if (it == finished.end()) return;
        batch = std::move(it->second);
        finished.erase(it);
      }
      wait = false;
      ++next_deliver;
      if (!deliver(batch)) stopped = true;
    }
  };

  while (!stopped) {
    while (!stopped && next_read - next_deliver >= max_in_flight) deliver_ready(true);
    if (stopped) break;
    Numbered item;
    item.seq = next_read;
    if (!read(item.batch)) break;
    ++next_read;
    {
      std::lock_guard lock(mu);
      pending.push_back(std::move(item));
    }
    work_ready.notify_one();
    deliver_ready(false);
  }
  {
    std::lock_guard lock(mu);
    input_done = true;
    if (stopped) pending.clear();
  }
  work_ready.notify_all();
  while (!stopped && next_deliver < next_read) deliver_ready(true);
  for (auto& w : workers) w.join();
}

}  // namespace faultline
