#include "nlp/pos_tagger.h"

#include <vector>

#include "nlp/tagger_features.h"

namespace faultline {
namespace {

int best_class(const int32_t* scores, int n) {
  int best = 0;
  for (int c = 1; c < n; ++c) {
    if (scores[c] > scores[best]) best = c;
  }
  return best;
}

}  // namespace

const ModelInfo& PosTagger::model_info() {
  static const ModelInfo info = [] {
    ModelInfo i{"pos", kPosFeatureVersion, {}};
    for (int c = 0; c < kClasses; ++c) i.classes.emplace_back(pos_tag_name(tag_of(c)));
    return i;
  }();
  return info;
}

Result<std::unique_ptr<PosTagger>> PosTagger::load(const std::string& model_path) {
  auto model = read_model_file(model_path, model_info());
  if (!model.ok()) return model.status();
  return from_model(std::move(model).value());
}

std::unique_ptr<PosTagger> PosTagger::from_model(TrainedModel model) {
  return std::unique_ptr<PosTagger>(new PosTagger(std::move(model)));
}

void PosTagger::apply(Document& doc) const {
  std::vector<WordFeatures> window;
  auto tag_range = [&](uint32_t first, uint32_t count) {
    window.resize(count + 4);
    window[0] = boundary_word(-2);
    window[1] = boundary_word(-1);
    for (uint32_t i = 0; i < count; ++i) describe_word(doc.form(doc.tokens[first + i]), window[i + 2]);
    window[count + 2] = boundary_word(1);
    window[count + 3] = boundary_word(2);

    int prev1 = kStartClass, prev2 = kStartClass;
    uint64_t features[kMaxTokenFeatures];
    int32_t scores[kClasses];
    const WeightTable& weights = model_.weights;
    for (uint32_t i = 0; i < count; ++i) {
      int cls = model_.dictionary.find(window[i + 2].word);
      if (cls < 0) {
        const int n = pos_features(&window[i + 2], prev1, prev2, features);
        for (int f = 0; f < n; ++f) weights.prefetch(features[f]);
        std::fill(scores, scores + kClasses, 0);
        for (int f = 0; f < n; ++f) weights.add_scores(features[f], scores);
        cls = best_class(scores, kClasses);
      }
      doc.tokens[first + i].tag = tag_of(cls);
      prev2 = prev1;
      prev1 = cls;
    }
  };
  if (doc.sentences.empty()) {
    if (!doc.tokens.empty()) tag_range(0, static_cast<uint32_t>(doc.tokens.size()));
    return;
  }
  for (const Sentence& s : doc.sentences) tag_range(s.first_token, s.token_count);
}

}  // namespace faultline
