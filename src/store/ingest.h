// Ingest: documents -> analysis -> events with dates and places -> the store.
//
// Contract
// - For each document the Ingester checks the content hash first (a stored document is skipped
//   before any analysis), then analyses, codes, dates (faultline/temporal.h), places
//   (faultline/gazetteer.h) and derives the CAMEO classes of each event, and hands the document to
//   the StoreWriter (batched transactions; see store/store.h).
// - run() with threads > 1 analyses and codes on worker threads, each with a DocumentCoder of its
//   own, while the calling thread reads and writes the store in input order: the store ends up
//   exactly as with one thread (same rows, ids, merges and near-duplicate links), because every
//   decision that depends on earlier documents is taken by the writer, in order.
// - finish() commits the last batch; without it the last batch is rolled back (as after a crash).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "coding/coder.h"
#include "faultline/gazetteer.h"
#include "faultline/pipeline.h"
#include "faultline/reader.h"
#include "store/store.h"

namespace faultline {

struct IngestProgress {
  size_t documents_read = 0;
  size_t events = 0;  // mentions written
  uint64_t bytes_read = 0;
  double seconds = 0;
};

// The per-document work of an ingest that needs no store: analysis, coding, dates, places. One
// per thread; the analyzer, knowledge and gazetteer it reads are shared and immutable.
class DocumentCoder {
 public:
  // `gazetteer` may be null: events then have no location.
  DocumentCoder(const Analyzer& analyzer, std::shared_ptr<const Knowledge> knowledge, const Gazetteer* gazetteer);

  // Analyses `doc`, then code_document().
  void analyze_and_code(Document& doc, std::vector<Event>& events);
  // Codes one analysed document into events with derived classes, dates and places.
  void code_document(const Document& doc, std::vector<Event>& events);

 private:
  const Analyzer& analyzer_;
  Coder coder_;
  const Gazetteer* gazetteer_;
  std::vector<bool> sentence_read_;  // code_document: sentences whose dates are found
};

struct IngestRunOptions {
  int threads = 1;                 // 1: everything on the calling thread
  size_t batch_bytes = 64u << 10;  // documents go to worker threads in batches of about this much text
  // Called on the calling thread after each document is stored or skipped.
  std::function<void(const IngestProgress&)> on_progress;
};

class Ingester {
 public:
  // `gazetteer` may be null: events then have no location.
  Ingester(const Analyzer& analyzer, std::shared_ptr<const Knowledge> knowledge, const Gazetteer* gazetteer,
           std::unique_ptr<StoreWriter> writer);

  Status add(Document& doc);
  // Adds every document of `input` in order, as add() would. Stops at the first store error and
  // returns it, naming the document (the documents before it stay in the open batch).
  Status run(DocumentStream& input, const IngestRunOptions& options);
  Status finish();

  const StoreCounts& counts() const { return writer_->counts(); }
  StoreWriter& writer() { return *writer_; }

  // Codes one analysed document into events with derived classes, dates and places (no store).
  void code_document(const Document& doc, std::vector<Event>& events) { coder_.code_document(doc, events); }

 private:
  Status run_in_threads(DocumentStream& input, const IngestRunOptions& options);
  // Stores `doc` unless its hash is stored already (then counts it as such).
  Status store(const Document& doc, const std::string& hash, const std::vector<Event>& events);

  const Analyzer& analyzer_;
  std::shared_ptr<const Knowledge> knowledge_;
  const Gazetteer* gazetteer_;
  DocumentCoder coder_;
  std::unique_ptr<StoreWriter> writer_;
  std::vector<Event> events_;
};

// StoreOptions::is_city backed by a gazetteer.
std::function<bool(std::string_view, std::string_view)> gazetteer_city_test(const Gazetteer& gazetteer);

}  // namespace faultline
