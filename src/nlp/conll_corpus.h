// Reading tagged training and evaluation corpora: CoNLL-2000 chunking files ("word POS chunk"),
// Penn dependency files (.dp: "word<TAB>POS<TAB>head") and Universal Dependencies CoNLL-U files
// (the Penn tag is the XPOS column; multiword-token and empty-node lines are skipped).
//
// Every problem is reported as "file:line: what is wrong"; a corpus is either read whole or not at all.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "faultline/document.h"
#include "faultline/status.h"
#include "faultline/tags.h"

namespace faultline {

enum class CorpusFormat {
  kAuto,      // from the file name: *.conllu -> CoNLL-U, *.dp -> dependency, else CoNLL-2000
  kConll2000,
  kDependency,
  kConllu,
};

struct TaggedSentence {
  std::vector<std::string> words;
  std::vector<PosTag> tags;
  std::vector<ChunkLabel> chunks;  // empty when the corpus has no chunk annotation
};

struct Corpus {
  std::vector<TaggedSentence> sentences;
  bool has_chunks = false;  // every sentence carries chunk labels
  size_t token_count() const;
};

Result<Corpus> read_corpus(const std::string& path, CorpusFormat format = CorpusFormat::kAuto);

// Reads several files into one corpus, in the order given.
Result<Corpus> read_corpora(const std::vector<std::string>& paths);

// A document of pre-tokenized sentences: text is the words joined by single spaces (sentences too),
// one sentence record per sentence and one token per word whose form is the word; no analysis.
Document pretokenized_document(std::span<const TaggedSentence> sentences);

}  // namespace faultline
