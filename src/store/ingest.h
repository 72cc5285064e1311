// Ingest: documents -> analysis -> events with dates and places -> the store.
//
// Contract
// - One Ingester runs on one thread: for each document it checks the content hash first (a stored
//   document is skipped before any analysis), then analyses, codes, dates (faultline/temporal.h),
//   places (faultline/gazetteer.h) and derives the CAMEO classes of each event, and hands the
//   document to the StoreWriter (batched transactions; see store/store.h).
// - finish() commits the last batch; without it the last batch is rolled back (as after a crash).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "coding/coder.h"
#include "faultline/gazetteer.h"
#include "faultline/pipeline.h"
#include "store/store.h"

namespace faultline {

struct IngestProgress {
  size_t documents_read = 0;
  size_t events = 0;  // mentions written
  uint64_t bytes_read = 0;
  double seconds = 0;
};

class Ingester {
 public:
  // `gazetteer` may be null: events then have no location.
  Ingester(const Analyzer& analyzer, std::shared_ptr<const Knowledge> knowledge, const Gazetteer* gazetteer,
           std::unique_ptr<StoreWriter> writer);

  Status add(Document& doc);
  Status finish();

  const StoreCounts& counts() const { return writer_->counts(); }
  StoreWriter& writer() { return *writer_; }

  // Codes one analysed document into events with derived classes, dates and places (no store).
  void code_document(const Document& doc, std::vector<Event>& events);

 private:
  const Analyzer& analyzer_;
  Coder coder_;
  const Gazetteer* gazetteer_;
  std::unique_ptr<StoreWriter> writer_;
  std::vector<Event> events_;
  std::vector<bool> sentence_read_;  // code_document: sentences whose dates are found
};

// StoreOptions::is_city backed by a gazetteer.
std::function<bool(std::string_view, std::string_view)> gazetteer_city_test(const Gazetteer& gazetteer);

}  // namespace faultline
