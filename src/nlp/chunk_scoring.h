// Evaluation figures in the CoNLL-2000 manner: chunk precision, recall and F1 as the conlleval
// script computes them (a chunk counts as correct when its first token, last token and type all
// match), per chunk type and overall, and part-of-speech accuracy.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>

#include "faultline/tags.h"

namespace faultline {

struct ChunkCounts {
  size_t correct = 0;
  size_t gold = 0;
  size_t predicted = 0;
  double precision() const { return predicted ? 100.0 * correct / predicted : 0.0; }
  double recall() const { return gold ? 100.0 * correct / gold : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

class ChunkScorer {
 public:
  // One sentence: gold and predicted labels of the same tokens (sizes must match).
  void add_sentence(std::span<const ChunkLabel> gold, std::span<const ChunkLabel> predicted);

  const ChunkCounts& overall() const { return overall_; }
  const ChunkCounts& of_type(ChunkType t) const { return by_type_[static_cast<size_t>(t)]; }
  size_t tokens() const { return tokens_; }
  double label_accuracy() const { return tokens_ ? 100.0 * correct_labels_ / tokens_ : 0.0; }

  // A conlleval-like report: totals, then one line per chunk type present.
  std::string report() const;

 private:
  ChunkCounts overall_;
  std::array<ChunkCounts, kChunkTypeCount> by_type_{};
  size_t tokens_ = 0;
  size_t correct_labels_ = 0;
};

class TagAccuracy {
 public:
  void add_sentence(std::span<const PosTag> gold, std::span<const PosTag> predicted);
  size_t tokens() const { return tokens_; }
  size_t correct() const { return correct_; }
  double percent() const { return tokens_ ? 100.0 * correct_ / tokens_ : 0.0; }

 private:
  size_t tokens_ = 0;
  size_t correct_ = 0;
};

}  // namespace faultline
