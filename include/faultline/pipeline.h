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
