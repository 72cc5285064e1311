#include "nlp/chunk_scoring.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "nlp/iob.h"

namespace faultline {

void ChunkScorer::add_sentence(std::span<const ChunkLabel> gold, std::span<const ChunkLabel> predicted) {
  const size_t n = std::min(gold.size(), predicted.size());
  for (size_t i = 0; i < n; ++i) correct_labels_ += gold[i] == predicted[i];
  tokens_ += n;

  std::vector<Chunk> g, p;
  append_chunks(gold.first(n), 0, g);
  append_chunks(predicted.first(n), 0, p);
  for (const Chunk& c : g) {
    ++overall_.gold;
    ++by_type_[static_cast<size_t>(c.type)].gold;
  }
  for (const Chunk& c : p) {
    ++overall_.predicted;
    ++by_type_[static_cast<size_t>(c.type)].predicted;
  }
  // Both lists are in token order: a merge finds the identical chunks.
  size_t i = 0, j = 0;
  while (i < g.size() && j < p.size()) {
    if (g[i].first_token < p[j].first_token) {
      ++i;
    } else if (p[j].first_token < g[i].first_token) {
      ++j;
    } else {
      if (g[i].token_count == p[j].token_count && g[i].type == p[j].type) {
        ++overall_.correct;
        ++by_type_[static_cast<size_t>(g[i].type)].correct;
      }
      ++i;
      ++j;
    }
  }
}

std::string ChunkScorer::report() const {
  std::string out = fmt::format("processed {} tokens with {} phrases; found: {} phrases; correct: {}.\n", tokens_,
                                overall_.gold, overall_.predicted, overall_.correct);
  out += fmt::format("accuracy: {:6.2f}%; precision: {:6.2f}%; recall: {:6.2f}%; FB1: {:6.2f}\n", label_accuracy(),
                     overall_.precision(), overall_.recall(), overall_.f1());
  for (int t = 1; t < kChunkTypeCount; ++t) {
    const ChunkCounts& c = by_type_[static_cast<size_t>(t)];
    if (c.gold == 0 && c.predicted == 0) continue;
    out += fmt::format("{:>17}: precision: {:6.2f}%; recall: {:6.2f}%; FB1: {:6.2f}  {}\n",
                       chunk_type_name(static_cast<ChunkType>(t)), c.precision(), c.recall(), c.f1(), c.predicted);
  }
  return out;
}

void TagAccuracy::add_sentence(std::span<const PosTag> gold, std::span<const PosTag> predicted) {
  const size_t n = std::min(gold.size(), predicted.size());
  for (size_t i = 0; i < n; ++i) correct_ += gold[i] == predicted[i];
  tokens_ += n;
}

}  // namespace faultline
