// run_analysis: the streaming, order-preserving multi-threaded driver.
//
// The calling thread reads documents and writes results; worker threads only analyse. Batches carry
// a sequence number so results can be delivered in input order, and the number of batches in flight
// is capped so memory does not grow with the input.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

#include "faultline/pipeline.h"
#include "faultline/reader.h"

namespace faultline {
namespace {

struct Batch {
  uint64_t seq = 0;
  std::vector<Document> docs;
};

class Clock {
 public:
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

void count(RunCounts& c, const Document& doc) {
  c.documents += 1;
  c.sentences += doc.sentences.size();
  c.tokens += doc.tokens.size();
  c.bytes += doc.text.size();
}

// Fills `batch` with documents up to about `batch_bytes` of text; false when the input is exhausted
// and nothing was read.
bool read_batch(DocumentStream& input, size_t batch_bytes, Batch& batch) {
  batch.docs.clear();
  size_t bytes = 0;
  while (bytes < batch_bytes) {
    Document doc;
    if (!input.next(doc)) break;
    bytes += doc.text.size() + 1;
    batch.docs.push_back(std::move(doc));
  }
  return !batch.docs.empty();
}

RunCounts run_single_threaded(DocumentStream& input, const Analyzer& analyzer, const RunOptions& options,
                              const std::function<void(Document&)>& sink) {
  Clock clock;
  RunCounts counts;
  Document doc;
  uint64_t since_progress = 0;
  while (input.next(doc)) {
    analyzer.analyze(doc);
    count(counts, doc);
    since_progress += doc.text.size();
    sink(doc);
    if (options.on_progress && since_progress >= options.batch_bytes) {
      since_progress = 0;
      counts.seconds = clock.seconds();
      options.on_progress(counts);
    }
  }
  counts.seconds = clock.seconds();
  if (options.on_progress) options.on_progress(counts);
  return counts;
}

}  // namespace

RunCounts run_analysis(DocumentStream& input, const Analyzer& analyzer, const RunOptions& options,
                       const std::function<void(Document&)>& sink) {
  if (options.threads <= 1) return run_single_threaded(input, analyzer, options, sink);

  const size_t max_in_flight = static_cast<size_t>(options.threads) * 2 + 2;
  std::mutex mu;
  std::condition_variable work_ready;  // workers wait for batches
  std::condition_variable done_ready;  // the calling thread waits for results
  std::deque<Batch> pending;           // read, not yet analysed
  std::map<uint64_t, Batch> finished;  // analysed, waiting for their turn to be delivered
  bool input_done = false;

  std::vector<std::thread> workers;
  workers.reserve(static_cast<size_t>(options.threads));
  for (int i = 0; i < options.threads; ++i) {
    workers.emplace_back([&] {
      for (;;) {
        Batch batch;
        {
          std::unique_lock lock(mu);
          work_ready.wait(lock, [&] { return !pending.empty() || input_done; });
          if (pending.empty()) return;
          batch = std::move(pending.front());
          pending.pop_front();
        }
        for (Document& doc : batch.docs) analyzer.analyze(doc);
        {
          std::lock_guard lock(mu);
          finished.emplace(batch.seq, std::move(batch));
        }
        done_ready.notify_one();
      }
    });
  }

  Clock clock;
  RunCounts counts;
  uint64_t next_read = 0;
  uint64_t next_deliver = 0;

  // Delivers finished batches in order. With `wait`, blocks until at least one is delivered.
  auto deliver = [&](bool wait) {
    for (;;) {
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
      for (Document& doc : batch.docs) {
        count(counts, doc);
        sink(doc);
      }
      if (options.on_progress) {
        counts.seconds = clock.seconds();
        options.on_progress(counts);
      }
    }
  };

  for (;;) {
    while (next_read - next_deliver >= max_in_flight) deliver(true);
    Batch batch;
    batch.seq = next_read;
    if (!read_batch(input, options.batch_bytes, batch)) break;
    ++next_read;
    {
      std::lock_guard lock(mu);
      pending.push_back(std::move(batch));
    }
    work_ready.notify_one();
    deliver(false);
  }
  {
    std::lock_guard lock(mu);
    input_done = true;
  }
  work_ready.notify_all();
  while (next_deliver < next_read) deliver(true);
  for (auto& w : workers) w.join();
  counts.seconds = clock.seconds();
  return counts;
}

}  // namespace faultline
