#include "store/ingest.h"

#include <chrono>

#include "cameo/event_codes.h"
#include "faultline/temporal.h"
#include "pipeline/ordered_pipeline.h"

namespace faultline {

DocumentCoder::DocumentCoder(const Analyzer& analyzer, std::shared_ptr<const Knowledge> knowledge,
                             const Gazetteer* gazetteer)
    : analyzer_(analyzer), coder_(std::move(knowledge)), gazetteer_(gazetteer) {}

void DocumentCoder::analyze_and_code(Document& doc, std::vector<Event>& events) {
  analyzer_.analyze(doc);
  code_document(doc, events);
}

void DocumentCoder::code_document(const Document& doc, std::vector<Event>& events) {
  events.clear();
  coder_.code(doc, events);
  if (events.empty()) return;
  // date_event reads only the expressions of the event's own sentence, so only the sentences that
  // carry an event are read (a few percent of a document), not every sentence as
  // find_document_dates would: the same dates for a twentieth of the work.
  DocumentDates dates;
  dates.publication = parse_publication_date(doc.date);
  dates.by_sentence.resize(doc.sentences.size());
  sentence_read_.assign(doc.sentences.size(), false);
  DocumentPlaces places;
  if (gazetteer_) places = find_document_places(*gazetteer_, doc);
  for (Event& e : events) {
    fill_derived(e);
    const uint32_t sentence = e.sentence > 0 ? e.sentence - 1 : 0;
    if (sentence < sentence_read_.size() && !sentence_read_[sentence]) {
      dates.by_sentence[sentence] = find_temporal_expressions(doc, sentence, dates.publication);
      sentence_read_[sentence] = true;
    }
    EventDate date = date_event(dates, sentence, e.trigger);
    if (!date.date.empty()) {
      e.date = date.date;
      e.date_basis = date.basis;
    }
    if (gazetteer_) e.location = locate_event(*gazetteer_, doc, places, sentence, e.trigger);
  }
}

Ingester::Ingester(const Analyzer& analyzer, std::shared_ptr<const Knowledge> knowledge, const Gazetteer* gazetteer,
                   std::unique_ptr<StoreWriter> writer)
    : analyzer_(analyzer),
      knowledge_(knowledge),
      gazetteer_(gazetteer),
      coder_(analyzer, std::move(knowledge), gazetteer),
      writer_(std::move(writer)) {}

Status Ingester::add(Document& doc) {
  std::string hash = content_hash(doc);
  if (writer_->contains(hash)) {
    writer_->note_already_stored();
    return Status();
  }
  coder_.analyze_and_code(doc, events_);
  return writer_->add(doc, hash, events_);
}

Status Ingester::store(const Document& doc, const std::string& hash, const std::vector<Event>& events) {
  if (writer_->contains(hash)) {
    writer_->note_already_stored();
    return Status();
  }
  return writer_->add(doc, hash, events);
}

namespace {

Status naming(const Document& doc, const Status& s) {
  return s.ok() ? s : Status(s.code(), doc.origin + ": " + s.message());
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

Status Ingester::run(DocumentStream& input, const IngestRunOptions& options) {
  if (options.threads > 1) return run_in_threads(input, options);
  const auto start = std::chrono::steady_clock::now();
  IngestProgress progress;
  Document doc;
  while (input.next(doc)) {
    ++progress.documents_read;
    progress.bytes_read += doc.text.size();
    if (Status s = add(doc); !s.ok()) return naming(doc, s);
    if (options.on_progress) {
      progress.events = counts().mentions;
      progress.seconds = seconds_since(start);
      options.on_progress(progress);
    }
  }
  return Status();
}

Status Ingester::run_in_threads(DocumentStream& input, const IngestRunOptions& options) {
  // A document on its way through the workers: `stored` when its hash was in the store when it was
  // read, so that it is not analysed at all (re-ingesting a corpus costs a hash per document). A
  // copy of a document read while the first is still in flight is analysed, and skipped by the
  // writer's second look at the hash.
  struct Item {
    Document doc;
    std::string hash;
    bool stored = false;
    std::vector<Event> events;
  };
  using Batch = std::vector<Item>;
  const auto start = std::chrono::steady_clock::now();
  IngestProgress progress;
  Status failure;
  auto read = [&](Batch& batch) {
    batch.clear();
    size_t bytes = 0;
    while (bytes < options.batch_bytes) {
      Item item;
      if (!input.next(item.doc)) break;
      bytes += item.doc.text.size() + 1;
      item.hash = content_hash(item.doc);
      item.stored = writer_->contains(item.hash);
      batch.push_back(std::move(item));
    }
    return !batch.empty();
  };
  auto make_work = [this]() -> std::function<void(Batch&)> {
    auto coder = std::make_shared<DocumentCoder>(analyzer_, knowledge_, gazetteer_);
    return [coder](Batch& batch) {
      for (Item& item : batch) {
        if (!item.stored) coder->analyze_and_code(item.doc, item.events);
      }
    };
  };
  auto deliver = [&](Batch& batch) {
    for (const Item& item : batch) {
      ++progress.documents_read;
      progress.bytes_read += item.doc.text.size();
      Status s;
      if (item.stored) {
        writer_->note_already_stored();
      } else {
        s = store(item.doc, item.hash, item.events);
      }
      if (!s.ok()) {
        failure = naming(item.doc, s);
        return false;
      }
      if (options.on_progress) {
        progress.events = counts().mentions;
        progress.seconds = seconds_since(start);
        options.on_progress(progress);
      }
    }
    return true;
  };
  run_in_order<Batch>(options.threads, read, make_work, deliver);
  return failure;
}

Status Ingester::finish() { return writer_->commit(); }

std::function<bool(std::string_view, std::string_view)> gazetteer_city_test(const Gazetteer& gazetteer) {
  return [&gazetteer, ids = std::vector<uint32_t>()](std::string_view name, std::string_view country) mutable {
    gazetteer.lookup(name, ids);
    for (uint32_t id : ids) {
      const Place& p = gazetteer.place(id);
      if (p.kind == PlaceKind::kCity && p.country == country) return true;
    }
    return false;
  };
}

}  // namespace faultline
