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

// Decoding positions. IOB2 lets only B-X and I-X precede I-X, and a forbidden transition never
// wins a max (it is kForbiddenTransition below an allowed one; see viterbi_chunks), so an I-X label
// is reached from its two allowed predecessors alone, and only the "open" labels — O and every B-X,
// which any label may precede — need the max over all 23. Decoding numbers the labels so that each
// kind is contiguous: O at 0, B of type t at t, I of type t at kChunkTypes + t (ChunkLabel codes
// interleave them: O is 0, B of type t is 2t - 1, I of type t is 2t). The chunker's model is
// renumbered so at load, and its emission scores come out in this order.
inline constexpr int kChunkTypes = kChunkTypeCount - 1;  // X of B-X and I-X
static_assert(kChunkLabelCount == 1 + 2 * kChunkTypes);
constexpr int decoding_position(int code) { return code % 2 == 1 || code == 0 ? (code + 1) / 2 : kChunkTypes + code / 2; }
inline constexpr int kOpenLanes = (1 + kChunkTypes + 7) & ~7;   // O and B-*, padded to vectors
inline constexpr int kInsideLanes = (kChunkTypes + 7) & ~7;     // I-*, padded
// A row of emission scores: kChunkLabelCount by decoding position, then padding (ignored).
inline constexpr int kEmissionStride = 32;
static_assert(kEmissionStride >= 1 + kChunkTypes + kInsideLanes);
// Emission scores by label code into a row by decoding position (for scores not computed by the
// renumbered model, e.g. in training).
void to_decoding_order(const int32_t* by_code, int32_t* row);

// The transitions of one matrix in the order decoding reads them.
struct alignas(64) DecodingTransitions {
  // to_open[p][k]: from label p (ChunkLabel code; kChunkStartRow = sentence start) to the label at
  // decoding position k < 1 + kChunkTypes (O or a B-X; the other lanes are padding).
  std::array<std::array<int32_t, kOpenLanes>, kChunkLabelCount + 1> to_open{};
  // Lane t - 1 of each: into I of type t from B of type t, from I of type t, from the sentence start.
  std::array<int32_t, kInsideLanes> begin_to_inside{};
  std::array<int32_t, kInsideLanes> inside_to_inside{};
  std::array<int32_t, kInsideLanes> start_to_inside{};
  // from_to_open[k][q] = to_open[p][k] for the label p at decoding position q (0 at padding), for
  // finding a token's back-pointer with whole-row operations.
  std::array<std::array<int32_t, kEmissionStride>, 1 + kChunkTypes> from_to_open{};
};
DecodingTransitions decoding_transitions(const TransitionMatrix& m);

struct ViterbiScratch {
  std::vector<int32_t> best;  // per token and decoding position: the best score of a sequence ending there
};

// The best well-formed IOB2 sequence for `n` tokens. emissions: n rows of kEmissionStride scores by
// decoding position; transitions[i]: the transitions into token i. The same labels as the full
// max-plus recurrence over all label pairs, ties included (the earlier label code wins), as long as
// one token's label scores and one matrix's allowed transitions each span less than 2^26: a model
// of 16-bit weights (at most kMaxTokenFeatures features per token, two per transition) spans a few
// million.
void viterbi_chunks(int n, const int32_t* emissions, const DecodingTransitions* const* transitions,
                    ViterbiScratch& scratch, ChunkLabel* out);

}  // namespace faultline
