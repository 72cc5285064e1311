// Chunking (base phrases, CoNLL-2000 style): IOB2 labels by an averaged perceptron over words and
// the POS tag window, decoded per sentence by first-order Viterbi over label transitions (features
// in tagger_features.h, decoding in chunk_viterbi.h, model trained by `faultline-train chunk`).
// Decoding only allows well-formed IOB2 (I-X continues a chunk of type X), so every label sequence
// it writes is valid.
//
// Contract: immutable after load; apply() may run on many threads at once. apply() needs the POS
// tags set, writes Token::chunk of every token and replaces doc.chunks (in token order), sentence
// by sentence (the whole token list as one sentence when the document has no sentences).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "faultline/document.h"
#include "faultline/status.h"
#include "nlp/chunk_tag_tables.h"
#include "nlp/chunk_viterbi.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"
#include "nlp/tagger_features.h"

namespace faultline {

class Chunker {
 public:
  static Result<std::unique_ptr<Chunker>> load(const std::string& model_path);
  static std::unique_ptr<Chunker> from_weights(WeightTable weights);

  void apply(Document& doc) const;

  // Per-call scratch space of chunk_sentence(): grows to the longest sentence, then no allocation.
  struct Scratch {
    std::vector<int> tags;
    std::vector<uint8_t> tag_index;  // ChunkTagTables::index_of(tags[i])
    std::vector<int32_t> emissions;
    std::vector<const DecodingTransitions*> transitions;
    std::vector<ChunkLabel> labels;
    ViterbiScratch viterbi;
  };
  // apply() for one tagged sentence, tokens [first, first + count), whose window
  // describe_sentence() built: appends its chunks to doc.chunks, so the caller clears them first
  // and goes through the sentences in order. A caller that also tags describes each word once.
  void chunk_sentence(Document& doc, uint32_t first, uint32_t count, const std::vector<WordFeatures>& window,
                      Scratch& scratch) const;

  static const ModelInfo& model_info();
  // Perceptron classes are the ChunkLabel codes.
  static constexpr int kClasses = kChunkLabelCount;

 private:
  explicit Chunker(WeightTable weights);
  WeightTable weights_;  // classes renumbered to decoding positions (chunk_viterbi.h)
  ChunkTagTables tag_tables_;  // the tag-only features of weights_, summed
  std::vector<DecodingTransitions> transitions_;  // by PosTag value
};

}  // namespace faultline
