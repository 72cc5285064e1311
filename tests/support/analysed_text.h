// Analysed documents for tests of the layers above the analysis pipeline (dates, places).
//
// The analyzer is loaded once per test binary with the default data directory
// ($FAULTLINE_DATA_DIR, else the build's data/); a load failure fails the calling test.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "faultline/pipeline.h"

namespace faultline::testing {

inline const Analyzer* shared_analyzer() {
  static const std::unique_ptr<Analyzer> analyzer = [] {
    auto loaded = Analyzer::load();
    return loaded.ok() ? std::move(*loaded) : nullptr;
  }();
  return analyzer.get();
}

inline Document analysed(std::string text, std::string publication_date = "") {
  Document doc;
  doc.id = "test";
  doc.text = std::move(text);
  doc.date = std::move(publication_date);
  const Analyzer* analyzer = shared_analyzer();
  if (!analyzer) {
    ADD_FAILURE() << "the analyzer did not load (set FAULTLINE_DATA_DIR to a directory with models/)";
    return doc;
  }
  analyzer->analyze(doc);
  return doc;
}

}  // namespace faultline::testing
