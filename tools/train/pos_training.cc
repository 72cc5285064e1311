#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <numeric>

#include "nlp/chunk_scoring.h"
#include "nlp/pos_tagger.h"
#include "nlp/tagger_features.h"
#include "training.h"

namespace faultline::train {

void shuffle_order(std::vector<size_t>& order, uint64_t& state) {
  // splitmix64: tiny, fixed, identical on every platform.
  auto next = [&state] {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  };
  for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[next() % i]);
}

namespace {

// Each sentence's word features, padded with two boundary words on each side.
std::vector<std::vector<WordFeatures>> describe_sentences(const std::vector<TaggedSentence>& sentences) {
  std::vector<std::vector<WordFeatures>> out(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    auto& w = out[s];
    w.resize(sentences[s].words.size() + 4);
    w[0] = boundary_word(-2);
    w[1] = boundary_word(-1);
    for (size_t i = 0; i < sentences[s].words.size(); ++i) describe_word(sentences[s].words[i], w[i + 2]);
    w[w.size() - 2] = boundary_word(1);
    w[w.size() - 1] = boundary_word(2);
  }
  return out;
}

double tag_accuracy(const PosTagger& tagger, const std::vector<TaggedSentence>& sentences) {
  Document doc = pretokenized_document(sentences);
  tagger.apply(doc);
  TagAccuracy acc;
  std::vector<PosTag> predicted;
  for (size_t s = 0; s < sentences.size(); ++s) {
    predicted.clear();
    const Sentence& sent = doc.sentences[s];
    for (uint32_t i = 0; i < sent.token_count; ++i) predicted.push_back(doc.tokens[sent.first_token + i].tag);
    acc.add_sentence(sentences[s].tags, predicted);
  }
  return acc.percent();
}

}  // namespace

namespace {

// Honnibal's thresholds: a word seen at least 20 times with one tag at least 97 % of the time.
constexpr int kDictionaryMinCount = 20;
constexpr double kDictionaryMinShare = 0.97;

TagDictionary build_tag_dictionary(const std::vector<TaggedSentence>& sentences,
                                   const std::vector<std::vector<WordFeatures>>& words) {
  std::map<uint64_t, std::array<int, PosTagger::kClasses>> counts;  // ordered: a deterministic file
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (size_t i = 0; i < sentences[s].words.size(); ++i) {
      auto [it, inserted] = counts.try_emplace(words[s][i + 2].word);
      if (inserted) it->second.fill(0);
      ++it->second[static_cast<size_t>(PosTagger::class_of(sentences[s].tags[i]))];
    }
  }
  std::vector<TagDictionary::Entry> entries;
  for (const auto& [word, by_class] : counts) {
    const int total = std::accumulate(by_class.begin(), by_class.end(), 0);
    const auto top = std::max_element(by_class.begin(), by_class.end());
    if (total >= kDictionaryMinCount && *top >= kDictionaryMinShare * total) {
      entries.push_back({word, static_cast<uint8_t>(top - by_class.begin())});
    }
  }
  return TagDictionary(std::move(entries));
}

}  // namespace

TrainedModel train_pos(const std::vector<TaggedSentence>& sentences, const PerceptronOptions& options,
                      const std::vector<TaggedSentence>& dev) {
  const auto words = describe_sentences(sentences);
  TagDictionary dictionary = build_tag_dictionary(sentences, words);
  PerceptronTrainer trainer(PosTagger::kClasses);
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), size_t{0});
  uint64_t rng = options.seed;
  uint64_t features[kMaxTokenFeatures];
  int32_t scores[PosTagger::kClasses];

  for (int it = 1; it <= options.iterations; ++it) {
    shuffle_order(order, rng);
    size_t tokens = 0, correct = 0;
    for (size_t s : order) {
      const TaggedSentence& sentence = sentences[s];
      int prev1 = kStartClass, prev2 = kStartClass;
      for (size_t i = 0; i < sentence.words.size(); ++i) {
        const int n = pos_features(&words[s][i + 2], prev1, prev2, features);
        std::span<const uint64_t> fs(features, static_cast<size_t>(n));
        trainer.score(fs, scores);
        int guess = 0;
        for (int c = 1; c < PosTagger::kClasses; ++c) {
          if (scores[c] > scores[guess]) guess = c;
        }
        const int truth = PosTagger::class_of(sentence.tags[i]);
        trainer.update(fs, truth, guess);
        trainer.tick();
        correct += guess == truth;
        ++tokens;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    if (options.quiet) continue;
    std::string line = fmt::format("pos iteration {:2}: train accuracy {:6.3f} %, {} features", it,
                                   100.0 * correct / tokens, trainer.feature_count());
    if (!dev.empty()) {
      auto tagger = PosTagger::from_model({trainer.averaged(options.prune), dictionary});
      line += fmt::format(", dev accuracy {:6.3f} %", tag_accuracy(*tagger, dev));
    }
    fmt::print("{}\n", line);
    std::fflush(stdout);
  }
  return {trainer.averaged(options.prune), std::move(dictionary)};
}

void jackknife_tags(std::vector<TaggedSentence>& sentences, const std::vector<TaggedSentence>& extra, int folds,
                    const PerceptronOptions& options) {
  PerceptronOptions quiet = options;
  quiet.quiet = true;
  for (int k = 0; k < folds; ++k) {
    std::vector<TaggedSentence> train = extra;
    std::vector<size_t> held_out;
    for (size_t s = 0; s < sentences.size(); ++s) {
      if (static_cast<int>(s % static_cast<size_t>(folds)) == k) {
        held_out.push_back(s);
      } else {
        train.push_back(sentences[s]);
      }
    }
    auto tagger = PosTagger::from_model(train_pos(train, quiet, {}));
    std::vector<TaggedSentence> part;
    for (size_t s : held_out) part.push_back(sentences[s]);
    Document doc = pretokenized_document(part);
    tagger->apply(doc);
    size_t tokens = 0, correct = 0;
    for (size_t j = 0; j < held_out.size(); ++j) {
      auto& tags = sentences[held_out[j]].tags;
      const Sentence& sent = doc.sentences[j];
      for (uint32_t i = 0; i < sent.token_count; ++i) {
        PosTag predicted = doc.tokens[sent.first_token + i].tag;
        correct += predicted == tags[i];
        ++tokens;
        tags[i] = predicted;
      }
    }
    fmt::print("jackknife fold {}/{}: {} sentences tagged, accuracy {:6.3f} %\n", k + 1, folds, held_out.size(),
               100.0 * correct / tokens);
    std::fflush(stdout);
  }
}

}  // namespace faultline::train
