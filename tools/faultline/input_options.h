// Command-line options shared by every subcommand that reads documents and analyses them.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "faultline/pipeline.h"
#include "faultline/reader.h"

namespace faultline::cli {

struct InputOptions {
  std::vector<std::string> inputs;
  std::string format = "auto";
  size_t max_document_mb = 64;
  int threads = 1;
  std::string data_dir;
  std::string wordnet_dir;
  bool quiet = false;   // no progress line, no per-document warnings (the summary still prints)
  bool strict = false;  // exit status 1 when any document was skipped

  void add_to(CLI::App& app, bool with_inputs = true);

  // Opens the inputs; warnings go to stderr as they happen.
  Result<std::unique_ptr<DocumentStream>> open() const;
  Result<std::unique_ptr<Analyzer>> load_analyzer(const AnalyzerOptions& base = {}) const;
};

// Prints the stream's summary to stderr and returns the exit status the run deserves.
int finish_reading(const DocumentStream& stream, const InputOptions& options);

// Writes `data` to stdout (or the already-open file), failing loudly on a closed pipe or full disk.
bool write_out(std::FILE* out, const std::string& data);

}  // namespace faultline::cli
