// Part-of-speech tagging: Penn Treebank tags by a greedy left-to-right averaged perceptron
// (features in tagger_features.h, model trained by `faultline-train pos`); words of the tag
// dictionary (tag_dictionary.h) take their tag without scoring.
//
// Contract: immutable after load; apply() may run on many threads at once (each call keeps its
// scratch space on its own stack frame). apply() tags every token from doc.form(token), sentence by
// sentence (the whole token list as one sentence when the document has no sentences); the tag
// decided for a token depends only on its sentence.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "faultline/document.h"
#include "faultline/status.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"
#include "nlp/pos_history_table.h"
#include "nlp/tagger_features.h"

namespace faultline {

class PosTagger {
 public:
  static Result<std::unique_ptr<PosTagger>> load(const std::string& model_path);
  // A tagger over a model already in memory (used by training to evaluate before saving).
  static std::unique_ptr<PosTagger> from_model(TrainedModel model);

  void apply(Document& doc) const;
  // apply() for one sentence, tokens [first, first + count), whose window describe_sentence()
  // built: a caller that also chunks describes each word once (Analyzer).
  void tag_sentence(Document& doc, uint32_t first, uint32_t count, const std::vector<WordFeatures>& window) const;

  // What a model file of this tagger must declare (kind, feature version, tag names in class order).
  static const ModelInfo& model_info();
  // Tag <-> perceptron class: classes are the tags without kNone.
  static int class_of(PosTag tag) { return static_cast<int>(tag) - 1; }
  static PosTag tag_of(int cls) { return static_cast<PosTag>(cls + 1); }
  static constexpr int kClasses = kPosTagCount - 1;

  const WeightTable& weights() const { return model_.weights; }
  const TagDictionary& dictionary() const { return model_.dictionary; }

 private:
  explicit PosTagger(TrainedModel model) : model_(std::move(model)), history_(model_.weights) {}
  TrainedModel model_;
  PosHistoryTable history_;  // the history features of model_.weights, summed
};

}  // namespace faultline
