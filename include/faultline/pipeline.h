// The English analysis pipeline: segment + tokenize -> tag -> chunk -> lemmatize.
//
// Contract:
//  * Analyzer::load reads the models once; the loaded Analyzer is immutable and analyze() may be
//    called from many threads at once on different Documents.
//  * analyze() replaces any earlier analysis of the document and never fails: every byte of text
//    is either inside a token or whitespace / control characters between tokens.
//  * Loading fails with a Status naming the missing or malformed file.
#pragma once

#include <memory>
#include <string>

#include "faultline/document.h"
#include "faultline/status.h"

namespace faultline {

struct AnalyzerOptions {
  std::string data_dir;     // shipped data (models/); empty = the build's default
  std::string wordnet_dir;  // WordNet dictionary files; empty = /usr/share/wordnet
  bool tag = true;          // part-of-speech tagging (needed by chunk and lemmatize)
  bool chunk = true;
  bool lemmatize = true;
};

// Default locations compiled into this build (overridable by FAULTLINE_DATA_DIR / FAULTLINE_WORDNET_DIR).
std::string default_data_dir();
std::string default_wordnet_dir();

class Analyzer {
 public:
  static Result<std::unique_ptr<Analyzer>> load(const AnalyzerOptions& options = {});
  ~Analyzer();

  void analyze(Document& doc) const;

  // Analysis of pre-tokenized text: tokens are given, sentence by sentence; the document text is
  // the tokens joined by single spaces. Used by `faultline tag --pretokenized` and evaluations.
  void analyze_pretokenized(Document& doc, const std::vector<std::vector<std::string>>& sentences) const;

  const AnalyzerOptions& options() const;

 private:
  Analyzer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace faultline

// Running the analyzer over a stream of documents, on one or more threads.
#include <cstdint>
#include <functional>

namespace faultline {

class DocumentStream;

struct RunCounts {
  size_t documents = 0;
  size_t sentences = 0;
  size_t tokens = 0;
  uint64_t bytes = 0;   // text bytes analysed
  double seconds = 0;   // wall time since the run started
};

struct RunOptions {
  int threads = 1;                   // analysis threads; 1 = everything on the calling thread
  size_t batch_bytes = 256u << 10;   // documents are handed to threads in batches of about this size
  // Called on the calling thread after each batch is delivered (for progress display).
  std::function<void(const RunCounts&)> on_progress;
};

// Reads every document of `input`, analyses it and hands it to `sink` — on the calling thread, in
// input order, one at a time. Memory stays bounded: at most about 2 * threads + 2 batches are in
// flight. Returns the totals.
RunCounts run_analysis(DocumentStream& input, const Analyzer& analyzer, const RunOptions& options,
                       const std::function<void(Document&)>& sink);

}  // namespace faultline
