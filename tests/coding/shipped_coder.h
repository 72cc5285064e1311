// The coder over the shipped knowledge (data/knowledge/*.fl of the source tree) and the default
// analyzer, loaded once per test binary, for tests that code real English.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "coding/coder.h"
#include "knowledge/shipped_knowledge.h"
#include "support/analysed_text.h"
#include "support/shared_data.h"

namespace faultline::testing {

inline std::shared_ptr<const Knowledge> shipped_knowledge() {
  static const std::shared_ptr<const Knowledge> knowledge = [] {
    Diagnostics diagnostics;
    auto loaded = load_shipped_knowledge(diagnostics, (source_dir() / "data").string());
    return loaded.ok() ? *loaded : nullptr;
  }();
  return knowledge;
}

// Every event of the text (negated and hypothetical ones included, flagged), coded as one document.
inline std::vector<Event> code_with_shipped_knowledge(std::string text, std::string date = "2024-03-01",
                                                      CodingOptions options = {}) {
  std::vector<Event> events;
  auto knowledge = shipped_knowledge();
  if (!knowledge) {
    ADD_FAILURE() << "the shipped knowledge did not load";
    return events;
  }
  Document doc = analysed(std::move(text), std::move(date));
  Coder coder(knowledge, options);
  coder.code(doc, events);
  return events;
}

// The events `faultline code` writes by default (neither negated nor hypothetical).
inline std::vector<Event> reported_with_shipped_knowledge(std::string text, std::string date = "2023-06-15") {
  auto events = code_with_shipped_knowledge(std::move(text), std::move(date));
  std::erase_if(events, [](const Event& e) { return e.negated || e.hypothetical; });
  return events;
}

inline std::string describe(const std::vector<Event>& events) {
  std::string s;
  for (const Event& e : events) {
    s += "  s" + std::to_string(e.sentence) + " " + (e.source.empty() ? "---" : e.source) + " -> " +
         (e.target.empty() ? "---" : e.target) + " " + e.code + (e.negated ? " negated" : "") +
         (e.hypothetical ? " hypothetical" : "") + " [" + e.source_text + " | " + e.target_text + "]\n";
  }
  return s;
}

}  // namespace faultline::testing
