// First-order Viterbi decoding of IOB2 chunk labels.
//
// A greedy left-to-right chunker commits to each label before seeing how the next tokens fit; the
// chunker instead scores whole label sequences (per-token emission scores plus label-transition
// scores) and takes the best sequence that is well-formed IOB2. Transition scores depend on the
// previous label and the current token's POS tag, so they are precomputed as one small matrix per
// tag, with IOB2's constraints folded in as forbidding scores: decoding is then a plain dense
// max-plus recurrence that the compiler vectorizes across labels.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "faultline/tags.h"
#include "nlp/tagger_features.h"

namespace faultline {

inline constexpr int kChunkStartRow = kChunkLabelCount;  // row of the sentence start
// Rows are padded to whole vector registers (eight int32 lanes): the recurrence then runs over
// full vectors with no scalar remainder. The padding columns hold 0 and are never read as labels.
inline constexpr int kTransitionStride = (kChunkLabelCount + 7) & ~7;
// Scores of moving from a previous label (row; kChunkStartRow = sentence start) to a label
// (column); row r starts at r * kTransitionStride.
using TransitionMatrix = std::array<int32_t, (kChunkLabelCount + 1) * kTransitionStride>;

// Added to the transitions IOB2 forbids (into I-X from anything but B-X or I-X, and from the
// sentence start). Far beyond any real score difference between two labels at one token (decoding
// keeps each token's scores relative to its best label), yet far from int32 overflow.
inline constexpr int32_t kForbiddenTransition = -(1 << 28);

// The transitions into a token with POS tag `tag`, from weights: `add_scores(key, scores)` adds the
// weights of feature `key` to scores[0 .. kChunkLabelCount).
template <class AddScores>
void build_transition_matrix(int tag, const AddScores& add_scores, TransitionMatrix& out) {
  out.fill(0);
  for (int prev = 0; prev <= kChunkStartRow; ++prev) {
    const int prev_class = prev == kChunkStartRow ? kStartClass : prev;
    int32_t* row = out.data() + prev * kTransitionStride;
    add_scores(chunk_transition_feature(prev_class), row);
    add_scores(chunk_transition_tag_feature(prev_class, tag), row);
    for (int c = 0; c < kChunkLabelCount; ++c) {
      const bool inside = ChunkLabel{static_cast<uint8_t>(c)}.is_inside();
      if (inside && prev != c - 1 && prev != c) row[c] += kForbiddenTransition;
    }
  }
}

struct ViterbiScratch {
  std::vector<int32_t> best;  // best score of a sequence ending in each label, per token
  std::vector<uint8_t> back;  // the previous label on that sequence
};

// The best well-formed IOB2 sequence for `n` tokens. emissions: n rows of kChunkLabelCount scores;
// transitions[i]: the matrix for token i.
void viterbi_chunks(int n, const int32_t* emissions, const TransitionMatrix* const* transitions,
                    ViterbiScratch& scratch, ChunkLabel* out);

}  // namespace faultline
