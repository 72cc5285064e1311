// The plain-text report `faultline eval` prints: the headline figures, then tables (per root code,
// per PentaClass, per role), then optionally the records that were not exactly right.
#pragma once

#include <cstddef>
#include <string>

#include "eval/evaluate.h"

namespace faultline {

struct ReportOptions {
  size_t max_mismatches = 0;  // how many wrong records to list (0: none)
};

std::string format_eval_report(const EvalResult& result, const ReportOptions& options = {});

}  // namespace faultline
