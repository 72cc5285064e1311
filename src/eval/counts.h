// True/false positive and false negative counts, and the precision, recall and F1 they give.
#pragma once

#include <cstddef>

namespace faultline {

struct Counts {
  size_t tp = 0;
  size_t fp = 0;
  size_t fn = 0;

  // 0 when undefined (nothing predicted, nothing expected).
  double precision() const { return tp + fp == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fp); }
  double recall() const { return tp + fn == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fn); }
  double f1() const {
    return 2 * tp + fp + fn == 0 ? 0.0 : 2.0 * static_cast<double>(tp) / static_cast<double>(2 * tp + fp + fn);
  }
  size_t gold() const { return tp + fn; }
  size_t predicted() const { return tp + fp; }

  Counts& operator+=(const Counts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    return *this;
  }
};

}  // namespace faultline
