#include "nlp/chunk_viterbi.h"

#include <algorithm>

#include "core/vector_clones.h"

namespace faultline {
namespace {

constexpr int L = kChunkLabelCount;
constexpr int W = kTransitionStride;
constexpr int D = kEmissionStride;
constexpr int kInsideStart = 1 + kChunkTypes;  // decoding position of I of type 1
constexpr bool is_inside(int code) { return code != 0 && code % 2 == 0; }

constexpr std::array<uint8_t, L> kPositionOf = [] {
  std::array<uint8_t, L> p{};
  for (int c = 0; c < L; ++c) p[static_cast<size_t>(c)] = static_cast<uint8_t>(decoding_position(c));
  return p;
}();
static_assert(decoding_position(1) == 1 && decoding_position(2) == kInsideStart && decoding_position(L - 1) == L - 1);

// Padding positions hold this (reset at every token), so that they never hold a token's best score
// and their sums never overflow.
constexpr int32_t kPadding = -(1 << 29);

}  // namespace

void to_decoding_order(const int32_t* by_code, int32_t* row) {
  std::fill(row, row + D, 0);
  for (int c = 0; c < L; ++c) row[kPositionOf[static_cast<size_t>(c)]] = by_code[c];
}

DecodingTransitions decoding_transitions(const TransitionMatrix& m) {
  DecodingTransitions d;
  for (int p = 0; p <= kChunkStartRow; ++p) {
    for (int c = 0; c < L; ++c) {
      const int32_t score = m[static_cast<size_t>(p * W + c)];
      if (!is_inside(c)) {
        d.to_open[static_cast<size_t>(p)][kPositionOf[static_cast<size_t>(c)]] = score;
        if (p < L) d.from_to_open[kPositionOf[static_cast<size_t>(c)]][kPositionOf[static_cast<size_t>(p)]] = score;
        continue;
      }
      const size_t lane = static_cast<size_t>(c / 2 - 1);
      if (p == c - 1) d.begin_to_inside[lane] = score;
      if (p == c) d.inside_to_inside[lane] = score;
      if (p == kChunkStartRow) d.start_to_inside[lane] = score;
    }
  }
  return d;
}

// Per token: the open labels take the max over all 23 predecessors (one row of kOpenLanes), the I
// labels a two-way max over their allowed predecessors (one more). Exact against the full
// recurrence: the candidates it skips all carry kForbiddenTransition (-2^28). After the first token
// every B-X scores within the span of one token's labels of the token's best (any label may
// precede B-X, scores are kept relative to the token's best), so the allowed candidate B-X -> I-X
// is above -2^27 while every forbidden one is below -2^28 + 2^26: it can neither win nor tie.
//
// The forward pass keeps maxima only; the back-pointer of the one label chosen at each token is
// found afterwards from the kept scores, by the same sums in the same order (label codes ascending,
// a strict comparison, so ties go to the earlier code as in the full recurrence). Tracking the
// argmax of every label at every step cost more than the max itself.
FAULTLINE_VECTOR_CLONES
void viterbi_chunks(int n, const int32_t* emissions, const DecodingTransitions* const* transitions,
                    ViterbiScratch& scratch, ChunkLabel* out) {
  // GCC's vector extension: plain loops here were vectorized across the wrong dimension. Selects
  // are written over eight lanes, one register in the AVX2 and AVX-512 clones (a wider select is
  // split into scalar code for AVX2); the forward maxima over the 16 open lanes (Wide below), one
  // AVX-512 register or two AVX2 ones.
  using Lanes = int32_t __attribute__((vector_size(8 * sizeof(int32_t))));
  static_assert(kOpenLanes == 16 && kInsideLanes == 16 && kInsideStart + kInsideLanes <= D);
  if (n <= 0) return;
  scratch.best.resize(static_cast<size_t>(n) * D);
  int32_t* best = scratch.best.data();
  alignas(64) int32_t top[D] = {};

  constexpr int kParts = D / 8;
  // By reference: a lambda returning a vector would change the default clone's ABI.
  auto load = [](Lanes& v, const int32_t* from) { __builtin_memcpy(&v, from, sizeof v); };
  auto store = [](int32_t* to, const Lanes& v) { __builtin_memcpy(to, &v, sizeof v); };
  auto max = [](Lanes& a, const Lanes& b) { a = a > b ? a : b; };
  auto min = [](Lanes& a, const Lanes& b) { a = a < b ? a : b; };
  // The largest lane of parts[0 .. kParts), in every lane of parts[0].
  auto spread_max = [&max](Lanes* parts) {
    for (int h = 1; h < kParts; ++h) max(parts[0], parts[h]);
    max(parts[0], __builtin_shuffle(parts[0], Lanes{4, 5, 6, 7, 0, 1, 2, 3}));
    max(parts[0], __builtin_shuffle(parts[0], Lanes{2, 3, 0, 1, 6, 7, 4, 5}));
    max(parts[0], __builtin_shuffle(parts[0], Lanes{1, 0, 3, 2, 5, 4, 7, 6}));
  };
  Lanes label[kParts], code[kParts];  // lane is a label (-1) or padding (0); the label's code
  for (int j = 0; j < D; ++j) {
    label[j / 8][j % 8] = j < L ? -1 : 0;
    code[j / 8][j % 8] = j < L ? 0 : L;
  }
  for (int c = 0; c < L; ++c) code[kPositionOf[static_cast<size_t>(c)] / 8][kPositionOf[static_cast<size_t>(c)] % 8] = c;
  // cur = top + emissions, padding reset; then relative to the token's best, so that scores fit
  // int32 whatever the sentence length.
  auto emit = [&](const int32_t* e, int32_t* cur) {
    Lanes v[kParts], high[kParts], row;
    for (int h = 0; h < kParts; ++h) {
      load(v[h], top + 8 * h);
      load(row, e + 8 * h);
      v[h] = label[h] ? v[h] + row : Lanes{} + kPadding;
      high[h] = v[h];
    }
    spread_max(high);
    for (int h = 0; h < kParts; ++h) store(cur + 8 * h, v[h] - high[0]);
  };
  {
    const DecodingTransitions& m = *transitions[0];
    std::copy(m.to_open[kChunkStartRow].begin(), m.to_open[kChunkStartRow].end(), top);
    std::copy(m.start_to_inside.begin(), m.start_to_inside.end(), top + kInsideStart);
    emit(emissions, best);
  }
  for (int i = 1; i < n; ++i) {
    const int32_t* prev = best + static_cast<size_t>(i - 1) * D;
    const DecodingTransitions& m = *transitions[i];
    // Four maxima, over predecessors p = a mod 4, joined at the end: a max does not depend on its
    // order, and four chains are a quarter of the latency of one.
    constexpr int kChains = 4;
    using Wide = int32_t __attribute__((vector_size(kOpenLanes * sizeof(int32_t))));
    Wide open[kChains], wide;
    Lanes row, other;
    for (int a = 0; a < kChains; ++a) {
      const int32_t from = prev[kPositionOf[static_cast<size_t>(a)]];
      __builtin_memcpy(&wide, m.to_open[static_cast<size_t>(a)].data(), sizeof wide);
      open[a] = wide + from;
    }
#pragma GCC unroll 32
    for (int p = kChains; p < L; ++p) {
      const int32_t from = prev[kPositionOf[static_cast<size_t>(p)]];
      __builtin_memcpy(&wide, m.to_open[static_cast<size_t>(p)].data(), sizeof wide);
      wide += from;
      open[p % kChains] = open[p % kChains] > wide ? open[p % kChains] : wide;
    }
    open[0] = open[0] > open[1] ? open[0] : open[1];
    open[2] = open[2] > open[3] ? open[2] : open[3];
    open[0] = open[0] > open[2] ? open[0] : open[2];
    __builtin_memcpy(top, &open[0], sizeof open[0]);
    // Lane k: I of type k + 1 at kInsideStart + k, its B at 1 + k. Stored after the open lanes,
    // whose last ones (past the B labels) it overwrites; its own last lanes are padding.
    for (int h = 0; h < 2; ++h) {
      load(row, prev + 1 + 8 * h);
      load(other, m.begin_to_inside.data() + 8 * h);
      Lanes inside = row + other;
      load(row, prev + kInsideStart + 8 * h);
      load(other, m.inside_to_inside.data() + 8 * h);
      max(inside, row + other);
      store(top + kInsideStart + 8 * h, inside);
    }
    emit(emissions + static_cast<size_t>(i) * D, best + static_cast<size_t>(i) * D);
  }

  const int32_t* last = best + static_cast<size_t>(n - 1) * D;
  int c = 0;
  for (int k = 1; k < L; ++k) {
    if (last[kPositionOf[static_cast<size_t>(k)]] > last[kPositionOf[static_cast<size_t>(c)]]) c = k;
  }
  for (int i = n - 1; i > 0; --i) {
    out[i] = ChunkLabel{static_cast<uint8_t>(c)};
    const int32_t* prev = best + static_cast<size_t>(i - 1) * D;
    const DecodingTransitions& m = *transitions[i];
    if (is_inside(c)) {
      const size_t lane = static_cast<size_t>(c / 2 - 1);
      const int32_t from_begin = prev[kPositionOf[static_cast<size_t>(c - 1)]] + m.begin_to_inside[lane];
      const int32_t from_inside = prev[kPositionOf[static_cast<size_t>(c)]] + m.inside_to_inside[lane];
      c = from_inside > from_begin ? c : c - 1;
      continue;
    }
    // The smallest code among the predecessors of the best score.
    const int32_t* into = m.from_to_open[kPositionOf[static_cast<size_t>(c)]].data();
    Lanes s[kParts], high[kParts], row;
    for (int h = 0; h < kParts; ++h) {
      load(s[h], prev + 8 * h);
      load(row, into + 8 * h);
      s[h] += row;
      high[h] = s[h];
    }
    spread_max(high);
    Lanes arg[kParts];
    for (int h = 0; h < kParts; ++h) arg[h] = s[h] == high[0] ? code[h] : Lanes{} + L;
    for (int h = 1; h < kParts; ++h) min(arg[0], arg[h]);
    int first = arg[0][0];
    for (int k = 1; k < 8; ++k) first = std::min(first, static_cast<int>(arg[0][k]));
    c = first;
  }
  out[0] = ChunkLabel{static_cast<uint8_t>(c)};
}

}  // namespace faultline
