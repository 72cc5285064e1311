#include "nlp/chunker.h"

#include <vector>

#include "nlp/iob.h"
#include "nlp/tagger_features.h"

namespace faultline {

const ModelInfo& Chunker::model_info() {
  static const ModelInfo info = [] {
    ModelInfo i{"chunk", kChunkFeatureVersion, {}};
    for (int c = 0; c < kClasses; ++c) i.classes.push_back(chunk_label_name(ChunkLabel{static_cast<uint8_t>(c)}));
    return i;
  }();
  return info;
}

Result<std::unique_ptr<Chunker>> Chunker::load(const std::string& model_path) {
  auto weights = read_model_file(model_path, model_info());
  if (!weights.ok()) return weights.status();
  return from_weights(std::move(weights).value());
}

std::unique_ptr<Chunker> Chunker::from_weights(WeightTable weights) {
  return std::unique_ptr<Chunker>(new Chunker(std::move(weights)));
}

int best_chunk_class(const int32_t* scores, int prev) {
  const ChunkLabel before = prev == kStartClass ? ChunkLabel::outside() : ChunkLabel{static_cast<uint8_t>(prev)};
  int best = 0;  // O is always allowed
  for (int c = 1; c < Chunker::kClasses; ++c) {
    if (scores[c] > scores[best] && iob2_allows(before, ChunkLabel{static_cast<uint8_t>(c)})) best = c;
  }
  return best;
}

void Chunker::apply(Document& doc) const {
  doc.chunks.clear();
  std::vector<WordFeatures> window;
  std::vector<int> tags;
  std::vector<ChunkLabel> labels;
  auto chunk_range = [&](uint32_t first, uint32_t count) {
    window.resize(count + 4);
    tags.resize(count + 4);
    labels.resize(count);
    window[0] = boundary_word(-2);
    window[1] = boundary_word(-1);
    tags[0] = tags[1] = kStartClass;
    for (uint32_t i = 0; i < count; ++i) {
      const Token& t = doc.tokens[first + i];
      describe_word(doc.form(t), window[i + 2]);
      tags[i + 2] = static_cast<int>(t.tag);
    }
    window[count + 2] = boundary_word(1);
    window[count + 3] = boundary_word(2);
    tags[count + 2] = tags[count + 3] = kEndClass;

    int prev1 = kStartClass, prev2 = kStartClass;
    uint64_t features[kMaxTokenFeatures];
    int32_t scores[kClasses];
    for (uint32_t i = 0; i < count; ++i) {
      const int n = chunk_features(&window[i + 2], &tags[i + 2], prev1, prev2, features);
      for (int f = 0; f < n; ++f) weights_.prefetch(features[f]);
      std::fill(scores, scores + kClasses, 0);
      for (int f = 0; f < n; ++f) weights_.add_scores(features[f], scores);
      const int cls = best_chunk_class(scores, prev1);
      labels[i] = ChunkLabel{static_cast<uint8_t>(cls)};
      doc.tokens[first + i].chunk = labels[i];
      prev2 = prev1;
      prev1 = cls;
    }
    append_chunks(labels, first, doc.chunks);
  };
  if (doc.sentences.empty()) {
    if (!doc.tokens.empty()) chunk_range(0, static_cast<uint32_t>(doc.tokens.size()));
    return;
  }
  for (const Sentence& s : doc.sentences) chunk_range(s.first_token, s.token_count);
}

}  // namespace faultline
