// DocumentStream: walks the inputs, picks a reader per file, and does what all readers share:
// unique ids and the counts in ReadStats.
#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "faultline/reader.h"
#include "text/directory_walker.h"
#include "text/format_reader.h"
#include "text/format_sniffer.h"
#include "text/input_file.h"
#include "text/unique_ids.h"

namespace faultline {
namespace {

std::string base_name(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool named_xml(std::string_view path) {
  auto ends = [&](std::string_view s) { return path.size() >= s.size() && path.substr(path.size() - s.size()) == s; };
  return ends(".xml") || ends(".xml.gz") || ends(".XML") || ends(".XML.GZ");
}

}  // namespace

struct DocumentStream::Impl {
  Impl(std::vector<std::string> in, ReaderOptions opt)
      : inputs(std::move(in)), options(opt), issues(stats) {}

  bool next(Document& doc) {
    for (;;) {
      if (reader) {
        if (reader->next(doc)) {
          finish(doc);
          return true;
        }
        reader.reset();
      }
      if (!open_next()) return false;
    }
  }

  // Opens the next file of the inputs; false when there is none left.
  bool open_next() {
    for (;;) {
      if (walker) {
        std::string path, relative;
        if (walker->next(path, relative)) {
          open_file(path, std::move(relative));
          return true;
        }
        walker.reset();
      }
      if (next_input >= inputs.size()) return false;
      const std::string& input = inputs[next_input++];
      if (input == "-") {
        open_file(input, "stdin");
        return true;
      }
      struct stat st {};
      if (::stat(input.c_str(), &st) != 0) {
        int err = errno;
        ++stats.files;
        issues.skip(input, err == ENOENT ? "not found" : "unreadable", std::strerror(err));
        continue;
      }
      if (S_ISDIR(st.st_mode)) {
        walker = std::make_unique<DirectoryWalker>(input, options.follow_symlinks, issues);
        continue;
      }
      open_file(input, base_name(input));
      return true;
    }
  }

  void open_file(const std::string& path, std::string id_base) {
    ++stats.files;
    std::string shown = path == "-" ? "<stdin>" : path;
    auto file = InputFile::open(path);
    if (!file.ok()) {
      issues.skip(shown, file.status());
      return;
    }
    auto input = std::make_unique<BufferedInput>(std::move(*file));
    InputFormat format = options.format;
    if (format == InputFormat::kAuto && path != "-") format = format_from_name(path);
    if (format == InputFormat::kAuto) {
      if (Status s = input->fill_to(kSniffBytes); !s.ok()) {
        issues.skip(shown, s);
        return;
      }
      std::optional<InputFormat> sniffed = sniff_format(input->data());
      if (!sniffed && named_xml(path)) {
        issues.skip(shown, "unknown format",
                    "XML that is neither PETRARCH (<Sentences>) nor an RSS or Atom feed");
        return;
      }
      format = sniffed.value_or(InputFormat::kHtml);
    }
    ReaderInput in{std::move(input), InputName{std::move(shown), std::move(id_base)}, &options, &issues};
    switch (format) {
      case InputFormat::kAuto:
      case InputFormat::kText: reader = make_plain_text_reader(std::move(in)); break;
      case InputFormat::kJsonl: reader = make_jsonl_reader(std::move(in)); break;
      case InputFormat::kHtml: reader = make_html_reader(std::move(in)); break;
      case InputFormat::kPetrarchXml: reader = make_petrarch_xml_reader(std::move(in)); break;
      case InputFormat::kFeed: reader = make_feed_reader(std::move(in)); break;
    }
  }

  void finish(Document& doc) {
    std::string id = ids.claim(doc.id);
    if (id != doc.id) {
      issues.warn(doc.origin, "duplicate id", "\"" + doc.id + "\" was used before; renamed \"" + id + "\"");
      doc.id = std::move(id);
    }
    ++stats.documents_read;
    stats.bytes_read += doc.text.size();
  }

  std::vector<std::string> inputs;
  size_t next_input = 0;
  ReaderOptions options;
  ReadStats stats;
  IssueReporter issues;
  std::unique_ptr<DirectoryWalker> walker;
  std::unique_ptr<FormatReader> reader;
  UniqueIds ids;
};

DocumentStream::DocumentStream(std::vector<std::string> inputs, ReaderOptions options)
    : impl_(std::make_unique<Impl>(std::move(inputs), options)) {}

DocumentStream::~DocumentStream() = default;

void DocumentStream::set_issue_handler(std::function<void(const ReadIssue&)> handler) {
  impl_->issues.set_handler(std::move(handler));
}

bool DocumentStream::next(Document& doc) { return impl_->next(doc); }

const ReadStats& DocumentStream::stats() const { return impl_->stats; }

}  // namespace faultline
