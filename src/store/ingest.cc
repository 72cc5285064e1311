#include "store/ingest.h"

#include "cameo/event_codes.h"
#include "faultline/temporal.h"

namespace faultline {

Ingester::Ingester(const Analyzer& analyzer, std::shared_ptr<const Knowledge> knowledge, const Gazetteer* gazetteer,
                   std::unique_ptr<StoreWriter> writer)
    : analyzer_(analyzer), coder_(std::move(knowledge)), gazetteer_(gazetteer), writer_(std::move(writer)) {}

void Ingester::code_document(const Document& doc, std::vector<Event>& events) {
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

Status Ingester::add(Document& doc) {
  std::string hash = content_hash(doc);
  if (writer_->contains(hash)) {
    writer_->note_already_stored();
    return Status();
  }
  analyzer_.analyze(doc);
  code_document(doc, events_);
  return writer_->add(doc, hash, events_);
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
