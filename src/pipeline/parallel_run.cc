// run_analysis: documents analysed on the calling thread, or in batches by worker threads and
// delivered in input order (pipeline/ordered_pipeline.h).
#include <chrono>

#include "faultline/pipeline.h"
#include "faultline/reader.h"
#include "pipeline/ordered_pipeline.h"

namespace faultline {
namespace {

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

// Fills `docs` with documents up to about `batch_bytes` of text; false when the input is exhausted
// and nothing was read.
bool read_batch(DocumentStream& input, size_t batch_bytes, std::vector<Document>& docs) {
  docs.clear();
  size_t bytes = 0;
  while (bytes < batch_bytes) {
    Document doc;
    if (!input.next(doc)) break;
    bytes += doc.text.size() + 1;
    docs.push_back(std::move(doc));
  }
  return !docs.empty();
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
  Clock clock;
  RunCounts counts;
  run_in_order<std::vector<Document>>(
      options.threads, [&](std::vector<Document>& docs) { return read_batch(input, options.batch_bytes, docs); },
      [&analyzer] {
        return [&analyzer](std::vector<Document>& docs) {
          for (Document& doc : docs) analyzer.analyze(doc);
        };
      },
      [&](std::vector<Document>& docs) {
        for (Document& doc : docs) {
          count(counts, doc);
          sink(doc);
        }
        if (options.on_progress) {
          counts.seconds = clock.seconds();
          options.on_progress(counts);
        }
        return true;
      });
  counts.seconds = clock.seconds();
  return counts;
}

}  // namespace faultline
