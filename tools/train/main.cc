// faultline-train: trains the part-of-speech tagger and chunker models and evaluates them.
//
//   faultline-train pos   --train FILE... --out pos.model   [--iterations N] [--seed S] [--prune P] [--dev FILE]
//   faultline-train chunk --train FILE... --out chunk.model [--jackknife K --pos-train FILE...] [--dev FILE --pos-model M]
//   faultline-train eval  --test FILE --pos-model M [--chunk-model M]
//
// Training is deterministic: the same files, options and seed give a byte-identical model.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <cstdio>

#include "nlp/chunk_scoring.h"
#include "nlp/chunker.h"
#include "nlp/model_file.h"
#include "nlp/pos_tagger.h"
#include "training.h"

namespace faultline::train {
namespace {

struct Args {
  std::vector<std::string> train;
  std::vector<std::string> pos_train;
  std::vector<std::string> dev;
  std::string out;
  std::string pos_model;
  std::string chunk_model;
  std::string test;
  int jackknife = 0;
  int pos_iterations = 10;
  PerceptronOptions perceptron;
};

int fail(const Status& s) {
  fmt::print(stderr, "faultline-train: {}\n", s.to_string());
  return 1;
}

Result<std::vector<TaggedSentence>> read_sentences(const std::vector<std::string>& paths, bool need_chunks) {
  if (paths.empty()) return std::vector<TaggedSentence>{};
  auto corpus = read_corpora(paths);
  if (!corpus.ok()) return corpus.status();
  if (need_chunks && !corpus->has_chunks) {
    return invalid_argument("chunk training and scoring need CoNLL-2000 files with chunk labels");
  }
  fmt::print("read {} sentences, {} tokens from {} file(s)\n", corpus->sentences.size(), corpus->token_count(),
             paths.size());
  return std::move(corpus->sentences);
}

Status save(const std::string& path, const ModelInfo& info, const TrainedModel& model) {
  Status s = write_model_file(path, info, model);
  if (s.ok()) {
    fmt::print("wrote {}: {} features, {} weights, {} tag dictionary words\n", path, model.weights.feature_count(),
               model.weights.weight_count(), model.dictionary.entries().size());
  }
  return s;
}

// Tags (with `pos_model`) a copy of `sentences`.
Result<std::vector<TaggedSentence>> retag(const std::vector<TaggedSentence>& sentences, const std::string& pos_model) {
  auto tagger = PosTagger::load(pos_model);
  if (!tagger.ok()) return tagger.status();
  Document doc = pretokenized_document(sentences);
  (*tagger)->apply(doc);
  std::vector<TaggedSentence> out = sentences;
  for (size_t s = 0; s < out.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    for (uint32_t i = 0; i < sent.token_count; ++i) out[s].tags[i] = doc.tokens[sent.first_token + i].tag;
  }
  return out;
}

int run_pos(const Args& a) {
  auto train = read_sentences(a.train, false);
  if (!train.ok()) return fail(train.status());
  auto dev = read_sentences(a.dev, false);
  if (!dev.ok()) return fail(dev.status());
  auto model = train_pos(*train, a.perceptron, *dev);
  Status s = save(a.out, PosTagger::model_info(), model);
  return s.ok() ? 0 : fail(s);
}

int run_chunk(const Args& a) {
  auto train = read_sentences(a.train, true);
  if (!train.ok()) return fail(train.status());
  if (a.jackknife > 1) {
    auto extra = read_sentences(a.pos_train, false);
    if (!extra.ok()) return fail(extra.status());
    PerceptronOptions pos = a.perceptron;
    pos.iterations = a.pos_iterations;
    jackknife_tags(*train, *extra, a.jackknife, pos);
  }
  std::vector<TaggedSentence> dev;
  if (!a.dev.empty()) {
    auto gold = read_sentences(a.dev, true);
    if (!gold.ok()) return fail(gold.status());
    if (a.pos_model.empty()) {
      dev = std::move(*gold);
    } else {
      auto tagged = retag(*gold, a.pos_model);
      if (!tagged.ok()) return fail(tagged.status());
      dev = std::move(*tagged);
    }
  }
  TrainedModel model{train_chunk(*train, a.perceptron, dev), {}};
  Status s = save(a.out, Chunker::model_info(), model);
  return s.ok() ? 0 : fail(s);
}

int run_eval(const Args& a) {
  auto test = read_sentences({a.test}, !a.chunk_model.empty());
  if (!test.ok()) return fail(test.status());
  auto tagger = PosTagger::load(a.pos_model);
  if (!tagger.ok()) return fail(tagger.status());
  Document doc = pretokenized_document(*test);
  auto start = std::chrono::steady_clock::now();
  (*tagger)->apply(doc);
  const double tag_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  TagAccuracy accuracy;
  std::vector<PosTag> tags;
  for (size_t s = 0; s < test->size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    tags.clear();
    for (uint32_t i = 0; i < sent.token_count; ++i) tags.push_back(doc.tokens[sent.first_token + i].tag);
    accuracy.add_sentence((*test)[s].tags, tags);
  }
  fmt::print("POS accuracy: {:.3f} % ({} of {} tokens), {:.0f} tokens/s\n", accuracy.percent(), accuracy.correct(),
             accuracy.tokens(), accuracy.tokens() / tag_seconds);
  if (a.chunk_model.empty()) return 0;

  auto chunker = Chunker::load(a.chunk_model);
  if (!chunker.ok()) return fail(chunker.status());
  auto score = [&](const char* what) {
    (*chunker)->apply(doc);
    ChunkScorer scorer;
    std::vector<ChunkLabel> labels;
    for (size_t s = 0; s < test->size(); ++s) {
      const Sentence& sent = doc.sentences[s];
      labels.clear();
      for (uint32_t i = 0; i < sent.token_count; ++i) labels.push_back(doc.tokens[sent.first_token + i].chunk);
      scorer.add_sentence((*test)[s].chunks, labels);
    }
    fmt::print("chunking on {}:\n{}", what, scorer.report());
  };
  score("predicted POS tags");
  for (size_t s = 0; s < test->size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    for (uint32_t i = 0; i < sent.token_count; ++i) doc.tokens[sent.first_token + i].tag = (*test)[s].tags[i];
  }
  score("the file's POS tags");
  return 0;
}

void add_perceptron_options(CLI::App* app, Args& a) {
  app->add_option("--iterations", a.perceptron.iterations, "passes over the training data")->capture_default_str();
  app->add_option("--seed", a.perceptron.seed, "seed of the shuffling between passes")->capture_default_str();
  app->add_option("--prune", a.perceptron.prune, "drop averaged weights of smaller magnitude")->capture_default_str();
}

}  // namespace
}  // namespace faultline::train

int main(int argc, char** argv) {
  using namespace faultline::train;
  CLI::App app{"faultline-train: trains Faultline's part-of-speech tagger and chunker"};
  app.require_subcommand(1);
  Args a;

  auto* pos = app.add_subcommand("pos", "train the part-of-speech tagger");
  pos->add_option("--train", a.train, "training corpora (CoNLL-2000, .dp or .conllu)")->required();
  pos->add_option("--out", a.out, "model file to write")->required();
  pos->add_option("--dev", a.dev, "corpora to report accuracy on after each pass");
  add_perceptron_options(pos, a);

  auto* chunk = app.add_subcommand("chunk", "train the chunker");
  chunk->add_option("--train", a.train, "CoNLL-2000 training files")->required();
  chunk->add_option("--out", a.out, "model file to write")->required();
  chunk->add_option("--jackknife", a.jackknife, "learn from POS tags predicted in K folds instead of the file's tags");
  chunk->add_option("--pos-train", a.pos_train, "extra POS training corpora for the jackknife taggers");
  chunk->add_option("--pos-iterations", a.pos_iterations, "passes of the jackknife taggers")->capture_default_str();
  chunk->add_option("--dev", a.dev, "CoNLL-2000 file to report F1 on after each pass");
  chunk->add_option("--pos-model", a.pos_model, "tag --dev with this model instead of using its tags");
  add_perceptron_options(chunk, a);

  auto* eval = app.add_subcommand("eval", "score models on a tagged corpus");
  eval->add_option("--test", a.test, "CoNLL-2000 (or .dp / .conllu for POS only) file")->required();
  eval->add_option("--pos-model", a.pos_model, "POS model")->required();
  eval->add_option("--chunk-model", a.chunk_model, "chunk model");

  CLI11_PARSE(app, argc, argv);
  if (pos->parsed()) return run_pos(a);
  if (chunk->parsed()) return run_chunk(a);
  return run_eval(a);
}
