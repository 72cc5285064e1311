// The event coder: analysed sentences + compiled dictionaries -> CAMEO events with evidence.
//
// Contract
// - A Coder is built over a shared, immutable Knowledge and keeps scratch buffers between calls, so
//   one Coder serves one thread at a time; make one per thread (they are cheap).
// - code() appends the events of one analysed Document (sentences, tokens, tags, chunks, lemmas) to
//   `out`. Every span of every event cuts the exact trigger / actor text out of doc.text.
// - Every event's code fields are complete: root, QuadClass, PentaClass, Goldstein and PLOVER come
//   from the CAMEO table (src/cameo/); a code outside CAMEO (test dictionaries use some) keeps its
//   root (first two digits) and leaves the other derived fields empty.
// - Events that are negated or hypothetical are produced too, flagged; the caller decides whether
//   to print them (CodingOptions only changes how events are found, never filters flags).
// - With `explain` given, a human-readable account of every sentence is appended to it: the
//   analysis, the clause structure, every pattern tried and why each event was or was not produced.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "coding/clause_analysis.h"
#include "coding/coding_options.h"
#include "faultline/document.h"
#include "faultline/event.h"
#include "knowledge/knowledge.h"

namespace faultline {

class Coder {
 public:
  Coder(std::shared_ptr<const Knowledge> knowledge, CodingOptions options = {});
  ~Coder();
  Coder(Coder&&) noexcept;
  Coder& operator=(Coder&&) noexcept;

  void code(const Document& doc, std::vector<Event>& out, std::string* explain = nullptr);

  const Knowledge& knowledge() const;
  const CodingOptions& options() const;
  void set_options(const CodingOptions& options);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace faultline
