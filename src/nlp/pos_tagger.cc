#include "nlp/pos_tagger.h"

#include <cctype>
#include <span>
#include <vector>

#include "core/vector_clones.h"
#include "nlp/score_features.h"
#include "nlp/tagger_features.h"
#include "text/capitals.h"

namespace faultline {
namespace {

int best_class(const int32_t* scores, int n) {
  int best = 0;
  for (int c = 1; c < n; ++c) {
    if (scores[c] > scores[best]) best = c;
  }
  return best;
}

// Tags `count` tokens greedily, left to right (window[0] describes tokens[0], with two words of
// padding on either side). The features of the previous two classes come from `history`, the
// others from the weight table. Scoring adds rows of weights into 32-bit scores, which the vector
// clones do 8 or 16 at a time.
FAULTLINE_VECTOR_CLONES
void tag_tokens(const TrainedModel& model, const PosHistoryTable& history, const WordFeatures* window, uint32_t count,
                Token* tokens, const int8_t* forced) {
  constexpr int kClasses = PosTagger::kClasses;
  int prev1 = kStartClass, prev2 = kStartClass;
  uint64_t features[kMaxTokenFeatures];
  constexpr int kStride = static_cast<int>(WeightTable::lane_stride(kClasses));
  static_assert(kStride == PosHistoryTable::kLanes);
  int32_t scores[kStride];
  const WeightTable& weights = model.weights;
  for (uint32_t i = 0; i < count; ++i) {
    int cls = forced ? forced[i] : -1;
    if (cls < 0) cls = model.dictionary.find(window[i].word);
    if (cls < 0) {
      const int n = pos_word_features(&window[i], prev1, features);
      for (int f = 0; f < n; ++f) weights.prefetch(features[f]);
      std::fill(scores, scores + kStride, 0);
      history.add(PosHistoryTable::index_of(prev1), PosHistoryTable::index_of(prev2), scores);
      add_feature_weights<kStride>(weights, features, n, scores);
      cls = best_class(scores, kClasses);
    }
    tokens[i].tag = PosTagger::tag_of(cls);
    prev2 = prev1;
    prev1 = cls;
  }
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

namespace {

// The token is one apostrophe (' or ’) and nothing else.
bool lone_apostrophe(const Document& doc, const Token& t) {
  const std::string_view b = doc.view(t.span);
  return b == "'" || b == "\xE2\x80\x99";
}

}  // namespace

void PosTagger::tag_sentence(Document& doc, uint32_t first, uint32_t count,
                             const std::vector<WordFeatures>& window) const {
  Token* tokens = doc.tokens.data() + first;
  // "the US diplomat", "called on US to lift": in a sentence of ordinary case, "US" in capitals is
  // the country (the pronoun would be "us"), and is fixed before tagging so that the words after
  // it are not read around a pronoun ("a top US diplomat" is no verb "diplomat").
  thread_local std::vector<int8_t> forced;
  bool any_forced = false;
  for (uint32_t i = 0; i < count; ++i) {
    const ByteSpan b = tokens[i].span;
    if (b.size() != 2 || doc.text[b.begin] != 'U' || doc.text[b.begin + 1] != 'S') continue;
    if (!any_forced) {
      if (written_in_capitals(doc, std::span<const Token>(tokens, count))) break;
      forced.assign(count, -1);
      any_forced = true;
    }
    forced[i] = static_cast<int8_t>(class_of(PosTag::NNP));
  }
  tag_tokens(model_, history_, window.data() + 2, count, tokens, any_forced ? forced.data() : nullptr);
  // Feeds that lose the apostrophe ("Russia s FSB security service", "Moscow s Lefortovo prison")
  // leave a lone "s" after a name: it is the possessive, not a pronoun or a verb.
  for (uint32_t i = 1; i + 1 < count; ++i) {
    if (tokens[i].span.size() == 1 && doc.text[tokens[i].span.begin] == 's' &&
        (tokens[i - 1].tag == PosTag::NNP || tokens[i - 1].tag == PosTag::NNPS)) {
      tokens[i].tag = PosTag::POS;
    }
    // Tokenized text that split the possessive writes "Theresa May ’ s offer": the apostrophe and
    // the "s" standing apart after a noun are the possessive together, not a quote and a pronoun.
    if (i >= 2 && tokens[i].span.size() == 1 && (doc.text[tokens[i].span.begin] | 0x20) == 's' &&
        tokens[i].space_before && tokens[i - 1].space_before && lone_apostrophe(doc, tokens[i - 1]) &&
        (tokens[i - 2].tag == PosTag::NN || tokens[i - 2].tag == PosTag::NNS || tokens[i - 2].tag == PosTag::NNP ||
         tokens[i - 2].tag == PosTag::NNPS)) {
      tokens[i - 1].tag = PosTag::POS;
      tokens[i].tag = PosTag::POS;
    }
    // Tokenized text writes "$ 3 . 5 million", "Mr . Sisi", "U . S": a period apart from its word
    // inside a sentence (the segmenter found that it ends none) belongs to that word, as the glued
    // one would, and must not cut the clause there.
    if (tokens[i].span.size() == 1 && doc.text[tokens[i].span.begin] == '.' && tokens[i].space_before &&
        std::isalnum(static_cast<unsigned char>(doc.text[tokens[i + 1].span.begin]))) {
      const PosTag before = tokens[i - 1].tag;
      if (before == PosTag::CD || before == PosTag::NNP || before == PosTag::NN) tokens[i].tag = before;
    }
  }
}

void PosTagger::apply(Document& doc) const {
  std::vector<WordFeatures> window;
  auto tag_range = [&](uint32_t first, uint32_t count) {
    describe_sentence(doc, first, count, window);
    tag_sentence(doc, first, count, window);
  };
  if (doc.sentences.empty()) {
    if (!doc.tokens.empty()) tag_range(0, static_cast<uint32_t>(doc.tokens.size()));
    return;
  }
  for (const Sentence& s : doc.sentences) tag_range(s.first_token, s.token_count);
}

}  // namespace faultline
