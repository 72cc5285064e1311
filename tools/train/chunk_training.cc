#include <fmt/format.h>

#include <numeric>

#include "nlp/chunk_scoring.h"
#include "nlp/chunk_viterbi.h"
#include "nlp/chunker.h"
#include "nlp/tagger_features.h"
#include "training.h"

namespace faultline::train {
namespace {

constexpr int L = Chunker::kClasses;

// A sentence's label-independent features, extracted once: they do not change between passes.
struct SentenceInput {
  std::vector<uint64_t> features;  // kMaxTokenFeatures per token
  std::vector<int> counts;         // features used per token
  std::vector<int> tags;           // the POS tag of each token
};

SentenceInput describe(const TaggedSentence& s) {
  const size_t n = s.words.size();
  std::vector<WordFeatures> words(n + 4);
  std::vector<int> tags(n + 4);
  words[0] = boundary_word(-2);
  words[1] = boundary_word(-1);
  tags[0] = tags[1] = kStartClass;
  for (size_t i = 0; i < n; ++i) {
    describe_word(s.words[i], words[i + 2]);
    tags[i + 2] = static_cast<int>(s.tags[i]);
  }
  words[n + 2] = boundary_word(1);
  words[n + 3] = boundary_word(2);
  tags[n + 2] = tags[n + 3] = kEndClass;

  SentenceInput in;
  in.features.resize(n * kMaxTokenFeatures);
  in.counts.resize(n);
  in.tags.assign(tags.begin() + 2, tags.end() - 2);
  for (size_t i = 0; i < n; ++i) {
    in.counts[i] = chunk_features(&words[i + 2], &tags[i + 2], in.features.data() + i * kMaxTokenFeatures);
  }
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

// Collins' structured perceptron: decode each sentence with the current weights and, where the
// best sequence differs from the gold one, move the emission weights of the differing tokens and the
// transition weights of the differing label pairs towards gold.
WeightTable train_chunk(const std::vector<TaggedSentence>& sentences, const PerceptronOptions& options,
                        const std::vector<TaggedSentence>& dev) {
  std::vector<SentenceInput> inputs;
  inputs.reserve(sentences.size());
  for (const auto& s : sentences) inputs.push_back(describe(s));
  PerceptronTrainer trainer(L);
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), size_t{0});
  uint64_t rng = options.seed;

  std::vector<int32_t> emissions;
  int32_t by_code[L];
  TransitionMatrix matrix;
  std::vector<DecodingTransitions> decoding;
  std::vector<const DecodingTransitions*> transitions;
  std::vector<ChunkLabel> guess;
  ViterbiScratch scratch;
  auto add = [&trainer](uint64_t key, int32_t* scores) { trainer.add_scores(key, scores); };

  for (int it = 1; it <= options.iterations; ++it) {
    shuffle_order(order, rng);
    size_t tokens = 0, correct = 0;
    for (size_t s : order) {
      const SentenceInput& in = inputs[s];
      const auto& gold = sentences[s].chunks;
      const size_t n = gold.size();
      emissions.resize(n * kEmissionStride);
      decoding.resize(n);
      transitions.resize(n);
      guess.resize(n);
      for (size_t i = 0; i < n; ++i) {
        std::span<const uint64_t> fs(in.features.data() + i * kMaxTokenFeatures, static_cast<size_t>(in.counts[i]));
        trainer.score(fs, by_code);
        to_decoding_order(by_code, emissions.data() + i * kEmissionStride);
        build_transition_matrix(in.tags[i], add, matrix);
        decoding[i] = decoding_transitions(matrix);
        transitions[i] = &decoding[i];
      }
      viterbi_chunks(static_cast<int>(n), emissions.data(), transitions.data(), scratch, guess.data());

      for (size_t i = 0; i < n; ++i) {
        const int truth = gold[i].code, predicted = guess[i].code;
        const int prev_truth = i == 0 ? kStartClass : gold[i - 1].code;
        const int prev_predicted = i == 0 ? kStartClass : guess[i - 1].code;
        if (truth != predicted) {
          std::span<const uint64_t> fs(in.features.data() + i * kMaxTokenFeatures, static_cast<size_t>(in.counts[i]));
          trainer.update(fs, truth, predicted);
        }
        if (truth != predicted || prev_truth != prev_predicted) {
          const uint64_t good[] = {chunk_transition_feature(prev_truth), chunk_transition_tag_feature(prev_truth, in.tags[i])};
          const uint64_t bad[] = {chunk_transition_feature(prev_predicted),
                                  chunk_transition_tag_feature(prev_predicted, in.tags[i])};
          trainer.add(good, truth, 1);
          trainer.add(bad, predicted, -1);
        }
        trainer.tick();
        correct += truth == predicted;
        ++tokens;
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
