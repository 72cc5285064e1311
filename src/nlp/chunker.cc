#include "nlp/chunker.h"

#include "core/vector_clones.h"
#include "nlp/iob.h"
#include "nlp/score_features.h"
#include "nlp/tagger_features.h"

namespace faultline {
namespace {

// The emission scores of `count` tokens, by decoding position (the classes of the renumbered model) (window[0] is the first token's, with two words of padding
// on either side; tags and tag_index likewise). The tag-only features come from `tag_tables`, the
// others from the weight table. Most of the work is adding rows of weights into 32-bit scores,
// which the vector clones do 8 or 16 at a time.
FAULTLINE_VECTOR_CLONES
void score_emissions(const WeightTable& weights, const ChunkTagTables& tag_tables, const WordFeatures* window,
                     const int* tags, const uint8_t* tag_index, uint32_t count, int32_t* emissions) {
  constexpr int L = Chunker::kClasses;
  constexpr int kStride = static_cast<int>(WeightTable::lane_stride(L));
  static_assert(kStride == kEmissionStride);
  uint64_t features[kMaxTokenFeatures];
  int32_t scores[kStride];
  for (uint32_t i = 0; i < count; ++i) {
    const int n = chunk_word_features(window + i, tags + i, features);
    for (int f = 0; f < n; ++f) weights.prefetch(features[f]);
    std::fill(scores, scores + kStride, 0);
    tag_tables.add(tag_index + i, scores);
    add_feature_weights<kStride>(weights, features, n, scores);
    std::copy(scores, scores + kStride, emissions + static_cast<size_t>(i) * kStride);
  }
}

}  // namespace

const ModelInfo& Chunker::model_info() {
  static const ModelInfo info = [] {
    ModelInfo i{"chunk", kChunkFeatureVersion, {}};
    for (int c = 0; c < kClasses; ++c) i.classes.push_back(chunk_label_name(ChunkLabel{static_cast<uint8_t>(c)}));
    return i;
  }();
  return info;
}

Result<std::unique_ptr<Chunker>> Chunker::load(const std::string& model_path) {
  auto model = read_model_file(model_path, model_info());
  if (!model.ok()) return model.status();
  return from_weights(std::move(model->weights));
}

std::unique_ptr<Chunker> Chunker::from_weights(WeightTable weights) {
  return std::unique_ptr<Chunker>(new Chunker(std::move(weights)));
}

namespace {

std::vector<uint8_t> decoding_positions() {
  std::vector<uint8_t> number(Chunker::kClasses);
  for (int c = 0; c < Chunker::kClasses; ++c) number[static_cast<size_t>(c)] = static_cast<uint8_t>(decoding_position(c));
  return number;
}

}  // namespace

Chunker::Chunker(WeightTable weights)
    : weights_(weights.with_classes_renumbered(decoding_positions())), tag_tables_(weights_), transitions_(kPosTagCount) {
  // Transition matrices by label code, as build_transition_matrix() folds IOB2 in.
  auto add = [&weights](uint64_t key, int32_t* scores) { weights.add_scores(key, scores); };
  TransitionMatrix matrix;
  for (int tag = 0; tag < kPosTagCount; ++tag) {
    build_transition_matrix(tag, add, matrix);
    transitions_[tag] = decoding_transitions(matrix);
  }
}

void Chunker::chunk_sentence(Document& doc, uint32_t first, uint32_t count, const std::vector<WordFeatures>& window,
                             Scratch& scratch) const {
  if (count == 0) return;
  std::vector<int>& tags = scratch.tags;
  tags.resize(count + 4);
  scratch.tag_index.resize(count + 4);
  scratch.emissions.resize(static_cast<size_t>(count) * kEmissionStride);
  scratch.transitions.resize(count);
  scratch.labels.resize(count);
  tags[0] = tags[1] = kStartClass;
  for (uint32_t i = 0; i < count; ++i) {
    const Token& t = doc.tokens[first + i];
    tags[i + 2] = static_cast<int>(t.tag);
    scratch.transitions[i] = &transitions_[static_cast<size_t>(t.tag)];
  }
  tags[count + 2] = tags[count + 3] = kEndClass;
  for (uint32_t i = 0; i < count + 4; ++i) scratch.tag_index[i] = ChunkTagTables::index_of(tags[i]);

  score_emissions(weights_, tag_tables_, &window[2], &tags[2], &scratch.tag_index[2], count,
                  scratch.emissions.data());
  viterbi_chunks(static_cast<int>(count), scratch.emissions.data(), scratch.transitions.data(), scratch.viterbi,
                 scratch.labels.data());
  for (uint32_t i = 0; i < count; ++i) doc.tokens[first + i].chunk = scratch.labels[i];
  append_chunks(scratch.labels, first, doc.chunks);
}

void Chunker::apply(Document& doc) const {
  doc.chunks.clear();
  std::vector<WordFeatures> window;
  Scratch scratch;
  auto chunk_range = [&](uint32_t first, uint32_t count) {
    if (count == 0) return;
    describe_sentence(doc, first, count, window);
    chunk_sentence(doc, first, count, window, scratch);
  };
  if (doc.sentences.empty()) {
    chunk_range(0, static_cast<uint32_t>(doc.tokens.size()));
    return;
  }
  for (const Sentence& s : doc.sentences) chunk_range(s.first_token, s.token_count);
}

}  // namespace faultline
