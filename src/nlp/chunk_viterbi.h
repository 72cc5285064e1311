// First-order Viterbi decoding of IOB2 chunk labels.
//
// A greedy left-to-right chunker commits to each label before seeing how the next tokens fit; the
// chunker instead scores whole label sequences (per-token emission scores plus label-transition
// scores) and takes the best sequence that is well-formed IOB2. Transition scores depend on the
// previous label and the current token's POS tag, so they are precomputed as one small matrix per
// tag.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "faultline/tags.h"
#include "nlp/tagger_features.h"

namespace faultline {

inline constexpr int kChunkStartRow = kChunkLabelCount;  // row of the sentence start
// Scores of moving from a previous label (row; kChunkStartRow = sentence start) to a label (column).
using TransitionMatrix = std::array<int32_t, (kChunkLabelCount + 1) * kChunkLabelCount>;

// The transitions into a token with POS tag `tag`, from weights: `add_scores(key, scores)` adds the
// weights of feature `key` to scores[0 .. kChunkLabelCount).
template <class AddScores>
void build_transition_matrix(int tag, const AddScores& add_scores, TransitionMatrix& out) {
  out.fill(0);
  for (int prev = 0; prev <= kChunkStartRow; ++prev) {
    const int prev_class = prev == kChunkStartRow ? kStartClass : prev;
    int32_t* row = out.data() + prev * kChunkLabelCount;
    add_scores(chunk_transition_feature(prev_class), row);
    add_scores(chunk_transition_tag_feature(prev_class, tag), row);
  }
}

struct ViterbiScratch {
  std::vector<int64_t> best;  // best score of a sequence ending in each label, per token
  std::vector<uint8_t> back;  // the previous label on that sequence
};

// The best well-formed IOB2 sequence for `n` tokens. emissions: n rows of kChunkLabelCount scores;
// transitions[i]: the matrix for token i.
void viterbi_chunks(int n, const int32_t* emissions, const TransitionMatrix* const* transitions,
                    ViterbiScratch& scratch, ChunkLabel* out);

}  // namespace faultline
