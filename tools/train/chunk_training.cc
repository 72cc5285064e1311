#include <fmt/format.h>

#include <numeric>

#include "nlp/chunk_scoring.h"
#include "nlp/chunker.h"
#include "nlp/tagger_features.h"
#include "training.h"

namespace faultline::train {
namespace {

struct SentenceInput {
  std::vector<WordFeatures> words;  // padded by two on each side
  std::vector<int> tags;            // padded likewise
};

SentenceInput describe(const TaggedSentence& s) {
  SentenceInput in;
  const size_t n = s.words.size();
  in.words.resize(n + 4);
  in.tags.resize(n + 4);
  in.words[0] = boundary_word(-2);
  in.words[1] = boundary_word(-1);
  in.tags[0] = in.tags[1] = kStartClass;
  for (size_t i = 0; i < n; ++i) {
    describe_word(s.words[i], in.words[i + 2]);
    in.tags[i + 2] = static_cast<int>(s.tags[i]);
  }
  in.words[n + 2] = boundary_word(1);
  in.words[n + 3] = boundary_word(2);
  in.tags[n + 2] = in.tags[n + 3] = kEndClass;
  return in;
}

ChunkScorer score_chunker(const Chunker& chunker, const std::vector<TaggedSentence>& sentences) {
  Document doc = pretokenized_document(sentences);
  for (size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    for (uint32_t i = 0; i < sent.token_count; ++i) doc.tokens[sent.first_token + i].tag = sentences[s].tags[i];
  }
  chunker.apply(doc);
  ChunkScorer scorer;
  std::vector<ChunkLabel> predicted;
  for (size_t s = 0; s < sentences.size(); ++s) {
    predicted.clear();
    const Sentence& sent = doc.sentences[s];
    for (uint32_t i = 0; i < sent.token_count; ++i) predicted.push_back(doc.tokens[sent.first_token + i].chunk);
    scorer.add_sentence(sentences[s].chunks, predicted);
  }
  return scorer;
}

}  // namespace

WeightTable train_chunk(const std::vector<TaggedSentence>& sentences, const PerceptronOptions& options,
                        const std::vector<TaggedSentence>& dev) {
  std::vector<SentenceInput> inputs;
  inputs.reserve(sentences.size());
  for (const auto& s : sentences) inputs.push_back(describe(s));
  PerceptronTrainer trainer(Chunker::kClasses);
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), size_t{0});
  uint64_t rng = options.seed;
  uint64_t features[kMaxTokenFeatures];
  int32_t scores[Chunker::kClasses];

  for (int it = 1; it <= options.iterations; ++it) {
    shuffle_order(order, rng);
    size_t tokens = 0, correct = 0;
    for (size_t s : order) {
      const SentenceInput& in = inputs[s];
      const auto& gold = sentences[s].chunks;
      int prev1 = kStartClass, prev2 = kStartClass;
      for (size_t i = 0; i < gold.size(); ++i) {
        const int n = chunk_features(&in.words[i + 2], &in.tags[i + 2], prev1, prev2, features);
        std::span<const uint64_t> fs(features, static_cast<size_t>(n));
        trainer.score(fs, scores);
        const int guess = best_chunk_class(scores, prev1);
        const int truth = gold[i].code;
        trainer.update(fs, truth, guess);
        trainer.tick();
        correct += guess == truth;
        ++tokens;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    std::string line = fmt::format("chunk iteration {:2}: train label accuracy {:6.3f} %, {} features", it,
                                   100.0 * correct / tokens, trainer.feature_count());
    if (!dev.empty()) {
      auto chunker = Chunker::from_weights(trainer.averaged(options.prune));
      line += fmt::format(", dev F1 {:6.2f}", score_chunker(*chunker, dev).overall().f1());
    }
    fmt::print("{}\n", line);
    std::fflush(stdout);
  }
  return trainer.averaged(options.prune);
}

}  // namespace faultline::train
