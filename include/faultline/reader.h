// Reading news into Documents: plain text, directories, JSON Lines, HTML, PETRARCH XML, RSS/Atom,
// gzip-compressed versions of each, and standard input.
//
// Contract:
//  * Streaming: DocumentStream yields one document at a time; memory is bounded by the largest
//    single document (at most ReaderOptions::max_document_bytes) plus a fixed buffer, whatever the
//    size or number of inputs.
//  * Nothing is silently lost. A document that cannot be read (invalid UTF-8, NUL bytes, too large,
//    truncated gzip/JSON/XML, an HTML page without a body, an unreadable file, ...) is skipped with a
//    ReadIssue naming the file and the line or byte offset and the reason; reading goes on with the
//    next document. ReadStats counts documents read and skipped, by reason.
//  * Every document gets a non-empty id, unique within one stream: the input's own id when it has
//    one, else one derived from the file name (and line or item number).
//  * Document::text is valid UTF-8 without NUL bytes; a UTF-8 byte-order mark is dropped and CRLF
//    line ends are kept as they are (offsets stay true to the file).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "faultline/document.h"
#include "faultline/status.h"

namespace faultline {

enum class InputFormat {
  kAuto,         // decide per file from its extension, then from its first bytes
  kText,         // one document per file
  kJsonl,        // one JSON object per line: {"id","date","source","url","title","text", ...}
  kHtml,         // one article page per file; the article text, without menus, scripts and styles
  kPetrarchXml,  // <Sentences><Sentence id= date= source=><Text>...</Text></Sentence>...
  kFeed,         // RSS 2.0 <item> or Atom <entry>: one document per item
};

const char* input_format_name(InputFormat f);
Result<InputFormat> parse_input_format(std::string_view name);  // "auto", "text", "jsonl", "html", "xml", "feed"

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  // A document (or a JSON line, or a decompressed file) larger than this is skipped as too large.
  size_t max_document_bytes = 64u << 20;
  // Follow symbolic links when walking directories.
  bool follow_symlinks = false;
};

// One problem met while reading: where (file:line, file@byte or file#item) and why.
struct ReadIssue {
  std::string where;
  std::string reason;    // short, stable category: "invalid UTF-8", "too large", ...
  std::string detail;    // human explanation
  std::string message() const { return where + ": " + reason + (detail.empty() ? "" : ": " + detail); }
};

struct ReadStats {
  size_t files = 0;               // files opened (or attempted)
  size_t documents_read = 0;      // documents yielded
  size_t documents_skipped = 0;   // documents (or whole files) that could not be read
  uint64_t bytes_read = 0;        // text bytes of yielded documents
  std::map<std::string, size_t> skipped_by_reason;
  // Summary line such as "read 12 documents, skipped 2 (1 invalid UTF-8, 1 too large)".
  std::string summary() const;
};

class DocumentStream {
 public:
  // inputs: files, directories (walked recursively, sorted by name) or "-" for standard input.
  DocumentStream(std::vector<std::string> inputs, ReaderOptions options = {});
  ~DocumentStream();
  DocumentStream(const DocumentStream&) = delete;
  DocumentStream& operator=(const DocumentStream&) = delete;

  // Called for every issue as it happens (default: none; the CLI prints them to stderr).
  void set_issue_handler(std::function<void(const ReadIssue&)> handler);

  // Fills `doc` with the next document and returns true, or returns false when all inputs are done.
  // Skipped documents are reported to the issue handler and counted; they are never returned.
  bool next(Document& doc);

  const ReadStats& stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace faultline
