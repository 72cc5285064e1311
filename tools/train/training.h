// Training of the tagger and chunker models (the `faultline-train` tool).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "nlp/conll_corpus.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"

namespace faultline::train {

struct PerceptronOptions {
  int iterations = 10;
  uint64_t seed = 1;
  double prune = 0.0;  // drop averaged weights smaller than this
  bool quiet = false;  // no per-iteration lines (jackknife folds)
};

// Trains POS weights on `sentences` and builds the tag dictionary from them; after each iteration
// prints the training accuracy and, when `dev` is not empty, the accuracy of the model on it.
TrainedModel train_pos(const std::vector<TaggedSentence>& sentences, const PerceptronOptions& options,
                      const std::vector<TaggedSentence>& dev);

// Trains chunk weights on `sentences`, whose tags are the POS input the chunker learns from. When
// `dev` is not empty it is chunked after each iteration on its own tags (`dev` as given) and scored.
WeightTable train_chunk(const std::vector<TaggedSentence>& sentences, const PerceptronOptions& options,
                        const std::vector<TaggedSentence>& dev);

// Replaces the tags of `sentences` with those of a tagger trained without them: the sentences are
// split into `folds` parts and each part is tagged by a model trained on the other parts plus
// `extra` — the tags a chunker will meet at run time, errors included.
void jackknife_tags(std::vector<TaggedSentence>& sentences, const std::vector<TaggedSentence>& extra, int folds,
                    const PerceptronOptions& options);

// Deterministic shuffle (the standard distributions differ between library implementations).
void shuffle_order(std::vector<size_t>& order, uint64_t& state);

}  // namespace faultline::train
