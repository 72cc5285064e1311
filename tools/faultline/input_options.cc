#include "tools/faultline/input_options.h"

#include <thread>

namespace faultline::cli {

void InputOptions::add_to(CLI::App& app, bool with_inputs) {
  if (with_inputs) {
    app.add_option("inputs", inputs, "Files, directories (walked recursively) or - for standard input")
        ->required();
  }
  app.add_option("--input-format", format, "auto, text, jsonl, html, xml (PETRARCH), feed (RSS/Atom)")
      ->capture_default_str();
  app.add_option("--max-document-mb", max_document_mb, "Skip documents larger than this")->capture_default_str();
  app.add_option("-j,--threads", threads, "Analysis threads (0 = one per core)")->capture_default_str();
  app.add_option("--data-dir", data_dir, "Directory of Faultline's models (default: the build's data/)");
  app.add_option("--wordnet-dir", wordnet_dir, "WordNet dictionary directory (default: /usr/share/wordnet)");
  app.add_flag("-q,--quiet", quiet, "No progress line and no per-document warnings");
  app.add_flag("--strict", strict, "Exit with status 1 when any document was skipped");
}

Result<std::unique_ptr<DocumentStream>> InputOptions::open() const {
  auto fmt = parse_input_format(format);
  if (!fmt.ok()) return fmt.status();
  ReaderOptions ro;
  ro.format = *fmt;
  ro.max_document_bytes = max_document_mb << 20;
  auto stream = std::make_unique<DocumentStream>(inputs, ro);
  if (!quiet) {
    stream->set_issue_handler([](const ReadIssue& issue) {
      std::fprintf(stderr, "\r\033[Kfaultline: skipped %s\n", issue.message().c_str());
    });
  }
  return stream;
}

Result<std::unique_ptr<Analyzer>> InputOptions::load_analyzer(const AnalyzerOptions& base) const {
  AnalyzerOptions ao = base;
  if (!data_dir.empty()) ao.data_dir = data_dir;
  if (!wordnet_dir.empty()) ao.wordnet_dir = wordnet_dir;
  return Analyzer::load(ao);
}

int finish_reading(const DocumentStream& stream, const InputOptions& options) {
  const ReadStats& stats = stream.stats();
  std::fprintf(stderr, "faultline: %s\n", stats.summary().c_str());
  if (stats.documents_read == 0 && stats.documents_skipped > 0) return 1;
  if (options.strict && stats.documents_skipped > 0) return 1;
  return 0;
}

bool write_out(std::FILE* out, const std::string& data) {
  if (data.empty()) return true;
  return std::fwrite(data.data(), 1, data.size(), out) == data.size();
}

}  // namespace faultline::cli
