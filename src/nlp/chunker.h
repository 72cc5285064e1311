// Chunking (base phrases, CoNLL-2000 style): IOB2 labels by a greedy left-to-right averaged
// perceptron over words, the POS tag window and the previous chunk labels (features in
// tagger_features.h, model trained by `faultline-train chunk`). Decoding only allows well-formed
// IOB2 (I-X continues a chunk of type X), so every label sequence it writes is valid.
//
// Contract: immutable after load; apply() may run on many threads at once. apply() needs the POS
// tags set, writes Token::chunk of every token and replaces doc.chunks (in token order).
#pragma once

#include <memory>
#include <string>

#include "faultline/document.h"
#include "faultline/status.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"

namespace faultline {

class Chunker {
 public:
  static Result<std::unique_ptr<Chunker>> load(const std::string& model_path);
  static std::unique_ptr<Chunker> from_weights(WeightTable weights);

  void apply(Document& doc) const;

  static const ModelInfo& model_info();
  // Perceptron classes are the ChunkLabel codes.
  static constexpr int kClasses = kChunkLabelCount;

  const WeightTable& weights() const { return weights_; }

 private:
  explicit Chunker(WeightTable weights) : weights_(std::move(weights)) {}
  WeightTable weights_;
};

// The best class among those IOB2 allows after `prev` (a ChunkLabel code, or kStartClass).
int best_chunk_class(const int32_t* scores, int prev);

}  // namespace faultline
