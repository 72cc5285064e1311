// FormatReader: turns one input (a file, or standard input) of one format into Documents.
//
// DocumentStream picks the reader for each input and does what is common to all of them (unique
// ids, counting). A reader yields its documents one by one, reports each one it cannot read to the
// IssueReporter and carries on with the next.
#pragma once

#include <memory>
#include <string>

#include "faultline/document.h"
#include "faultline/reader.h"
#include "text/buffered_input.h"
#include "text/issue_reporter.h"

namespace faultline {

// How an input is named.
struct InputName {
  std::string path;     // as the user gave or we found it: issues and Document::origin use it
  std::string id_base;  // path below the input directory, or the file name: derived ids use it
};

class FormatReader {
 public:
  virtual ~FormatReader() = default;
  // Fills doc (which the caller reuses: reset_document first) and returns true, or returns false
  // when the input holds no further document.
  virtual bool next(Document& doc) = 0;
};

// What every reader is made of.
struct ReaderInput {
  std::unique_ptr<BufferedInput> input;
  InputName name;
  const ReaderOptions* options = nullptr;
  IssueReporter* issues = nullptr;
};

std::unique_ptr<FormatReader> make_plain_text_reader(ReaderInput in);
std::unique_ptr<FormatReader> make_jsonl_reader(ReaderInput in);
std::unique_ptr<FormatReader> make_html_reader(ReaderInput in);
std::unique_ptr<FormatReader> make_petrarch_xml_reader(ReaderInput in);
std::unique_ptr<FormatReader> make_feed_reader(ReaderInput in);

// Empties every field of doc, keeping the capacity of its strings and vectors for the next one.
inline void reset_document(Document& doc) {
  doc.id.clear();
  doc.date.clear();
  doc.source.clear();
  doc.url.clear();
  doc.title.clear();
  doc.origin.clear();
  doc.extra_fields.clear();
  doc.text.clear();
  doc.clear_analysis();
}

}  // namespace faultline
