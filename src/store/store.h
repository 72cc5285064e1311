// The Faultline store: opening a SQLite database at the current schema, and writing analysed,
// coded documents into it — idempotently, in batches, with near-duplicates linked and reports of
// one event merged (rules in docs/store.md).
//
// Contract
// - open_store() creates the file when missing, applies the missing migrations (each in one
//   transaction), sets WAL and synchronous=NORMAL, and refuses a database newer than this binary.
// - StoreWriter::add() writes one document inside the current batch transaction (begun on demand);
//   every `batch_documents` documents, and on commit(), the transaction commits. A process killed
//   at any moment leaves every document either complete (with its sentences, mentions and event
//   counts) or absent. The destructor rolls back an uncommitted batch: call commit().
// - A document whose content_hash() is stored (or pending in the batch) is not written again.
// - Events passed to add() carry their date, date_basis and location already; negated and
//   hypothetical events are stored with their flags and merge only with events of the same flags.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/document.h"
#include "faultline/event.h"
#include "faultline/status.h"
#include "store/near_duplicates.h"
#include "store/sqlite.h"

namespace faultline {

Result<std::unique_ptr<Database>> open_store(const std::string& path, bool read_only = false);

// 32 hex digits of XXH3-128 over outlet, publication date, title and text.
std::string content_hash(const Document& doc);

// Country-level actor: the first 3 letters, or 6 for IGO/NGO/IMG/MNC codes ("IGOEUREEC" -> "IGOEUR").
std::string_view actor_root(std::string_view code);

struct MergeOptions {
  bool by_root_code = false;    // merge on the CAMEO root ("17") instead of the full code ("173")
  int date_tolerance_days = 1;  // when one date is only the publication date
  bool check_places = true;     // different cities keep events apart
};

struct StoreOptions {
  size_t batch_documents = 256;
  DuplicateOptions duplicates;
  MergeOptions merge;
  // True when `name` (a location name) is a city in `country`; decides rule 5 of the merge. Empty:
  // no name is a city, so only countries are compared.
  std::function<bool(std::string_view name, std::string_view country)> is_city;
};

struct StoreCounts {
  size_t documents = 0;        // written
  size_t already_stored = 0;   // skipped by content hash
  size_t near_duplicates = 0;  // written and linked to an original
  size_t sentences = 0;
  size_t mentions = 0;
  size_t new_events = 0;
  size_t merged_mentions = 0;  // mentions that joined an existing event
  uint64_t bytes = 0;          // text bytes written
};

class StoreWriter {
 public:
  static Result<std::unique_ptr<StoreWriter>> open(const std::string& path, StoreOptions options = {});
  ~StoreWriter();

  bool contains(std::string_view hash);
  Status add(const Document& doc, std::string_view hash, const std::vector<Event>& events);
  Status commit();
  void note_already_stored() { ++counts_.already_stored; }

  const StoreCounts& counts() const { return counts_; }
  Database& db() { return *db_; }

 private:
  StoreWriter(std::unique_ptr<Database> db, StoreOptions options);
  Status prepare();
  Status begin();
  Result<int64_t> find_original(const Document& doc, const MinHash& signature, double& similarity_out);
  Status add_mention(int64_t doc_id, int64_t story_id, const Document& doc, const Event& e);

  std::unique_ptr<Database> db_;
  StoreOptions options_;
  StoreCounts counts_;
  bool in_transaction_ = false;
  size_t batch_size_ = 0;
  std::string now_;
  struct Statements;
  std::unique_ptr<Statements> st_;
};

}  // namespace faultline
