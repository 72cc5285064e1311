#include <cstdlib>
#include <filesystem>

#include "faultline/pipeline.h"
#include "nlp/chunker.h"
#include "nlp/lemmatizer.h"
#include "nlp/pos_tagger.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace faultline {

std::string default_data_dir() {
  if (const char* env = std::getenv("FAULTLINE_DATA_DIR"); env && *env) return env;
  return FAULTLINE_DEFAULT_DATA_DIR;
}

std::string default_wordnet_dir() {
  if (const char* env = std::getenv("FAULTLINE_WORDNET_DIR"); env && *env) return env;
  return FAULTLINE_DEFAULT_WORDNET_DIR;
}

struct Analyzer::Impl {
  AnalyzerOptions options;
  Segmenter segmenter;
  std::unique_ptr<PosTagger> tagger;
  std::unique_ptr<Chunker> chunker;
  std::unique_ptr<Lemmatizer> lemmatizer;

  void annotate(Document& doc) const {
    if (tagger && chunker) {
      tag_and_chunk(doc);
    } else if (tagger) {
      tagger->apply(doc);
    }
    if (lemmatizer) lemmatizer->apply(doc);
  }

  // The same as tagger->apply(doc) then chunker->apply(doc) (a sentence's tags and chunks depend on
  // that sentence only), sentence by sentence so that each word is described once for both.
  void tag_and_chunk(Document& doc) const {
    doc.chunks.clear();
    std::vector<WordFeatures> window;
    Chunker::Scratch scratch;
    auto range = [&](uint32_t first, uint32_t count) {
      describe_sentence(doc, first, count, window);
      tagger->tag_sentence(doc, first, count, window);
      chunker->chunk_sentence(doc, first, count, window, scratch);
    };
    if (doc.sentences.empty()) {
      if (!doc.tokens.empty()) range(0, static_cast<uint32_t>(doc.tokens.size()));
      return;
    }
    for (const Sentence& s : doc.sentences) range(s.first_token, s.token_count);
  }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;

const AnalyzerOptions& Analyzer::options() const { return impl_->options; }

Result<std::unique_ptr<Analyzer>> Analyzer::load(const AnalyzerOptions& options) {
  std::unique_ptr<Analyzer> analyzer(new Analyzer());
  Impl& impl = *analyzer->impl_;
  impl.options = options;
  if (impl.options.data_dir.empty()) impl.options.data_dir = default_data_dir();
  if (impl.options.wordnet_dir.empty()) impl.options.wordnet_dir = default_wordnet_dir();
  // Chunking and lemmatizing read the part-of-speech tags, so they imply tagging.
  if (impl.options.chunk || impl.options.lemmatize) impl.options.tag = true;

  const std::filesystem::path models = std::filesystem::path(impl.options.data_dir) / "models";
  if (impl.options.tag) {
    auto tagger = PosTagger::load((models / "pos.model").string());
    if (!tagger.ok()) return tagger.status();
    impl.tagger = std::move(tagger).value();
  }
  if (impl.options.chunk) {
    auto chunker = Chunker::load((models / "chunk.model").string());
    if (!chunker.ok()) return chunker.status();
    impl.chunker = std::move(chunker).value();
  }
  if (impl.options.lemmatize) {
    auto lemmatizer = Lemmatizer::load(impl.options.wordnet_dir);
    if (!lemmatizer.ok()) return lemmatizer.status();
    impl.lemmatizer = std::move(lemmatizer).value();
  }
  return analyzer;
}

void Analyzer::analyze(Document& doc) const {
  impl_->segmenter.apply(doc);
  impl_->annotate(doc);
}

void Analyzer::analyze_pretokenized(Document& doc,
                                    const std::vector<std::vector<std::string>>& sentences) const {
  doc.clear_analysis();
  doc.text.clear();
  std::string scratch;
  for (const auto& sentence : sentences) {
    Sentence s;
    s.first_token = static_cast<uint32_t>(doc.tokens.size());
    for (const auto& word : sentence) {
      if (!doc.text.empty()) doc.text.push_back(doc.tokens.size() == s.first_token ? '\n' : ' ');
      Token t;
      t.span.begin = static_cast<uint32_t>(doc.text.size());
      doc.text.append(word);
      t.span.end = static_cast<uint32_t>(doc.text.size());
      const std::string_view form = treebank_form(word, scratch);
      t.form = form.data() == word.data() ? TextRef{t.span.begin, t.span.size(), false} : doc.intern(form);
      t.space_before = doc.tokens.size() != s.first_token;
      doc.tokens.push_back(t);
    }
    s.token_count = static_cast<uint32_t>(doc.tokens.size()) - s.first_token;
    if (s.token_count == 0) continue;
    s.span = {doc.tokens[s.first_token].span.begin, doc.tokens.back().span.end};
    doc.sentences.push_back(s);
  }
  impl_->annotate(doc);
}

}  // namespace faultline
