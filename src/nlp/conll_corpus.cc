#include "nlp/conll_corpus.h"

#include <fstream>
#include <string_view>

namespace faultline {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

CorpusFormat format_for(const std::string& path) {
  if (ends_with(path, ".conllu")) return CorpusFormat::kConllu;
  if (ends_with(path, ".dp")) return CorpusFormat::kDependency;
  return CorpusFormat::kConll2000;
}

// Splits on runs of `sep` (CoNLL-2000 separates by spaces) or on each single `sep` (tab formats keep
// empty columns).
std::vector<std::string_view> split(std::string_view line, char sep, bool collapse) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= line.size()) {
    size_t end = line.find(sep, start);
    if (end == std::string_view::npos) end = line.size();
    if (!collapse || end > start) out.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

size_t Corpus::token_count() const {
  size_t n = 0;
  for (const auto& s : sentences) n += s.words.size();
  return n;
}

Result<Corpus> read_corpus(const std::string& path, CorpusFormat format) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found(path + ": cannot open corpus file");
  if (format == CorpusFormat::kAuto) format = format_for(path);

  Corpus corpus;
  corpus.has_chunks = format == CorpusFormat::kConll2000;
  TaggedSentence current;
  auto finish_sentence = [&] {
    if (!current.words.empty()) corpus.sentences.push_back(std::move(current));
    current = TaggedSentence();
  };

  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto where = [&] { return path + ":" + std::to_string(line_number) + ": "; };
    std::string_view view(line);
    if (view.find_first_not_of(" \t") == std::string_view::npos) {
      finish_sentence();
      continue;
    }
    std::string_view word, tag, chunk;
    switch (format) {
      case CorpusFormat::kConll2000: {
        auto cols = split(view, ' ', true);
        if (cols.size() != 3) return corrupt(where() + "expected 3 space-separated columns (word POS chunk), found " + std::to_string(cols.size()));
        word = cols[0];
        tag = cols[1];
        chunk = cols[2];
        break;
      }
      case CorpusFormat::kDependency: {
        auto cols = split(view, '\t', false);
        if (cols.size() < 2) return corrupt(where() + "expected tab-separated columns word, POS, head");
        word = cols[0];
        tag = cols[1];
        break;
      }
      case CorpusFormat::kConllu: {
        if (view.front() == '#') continue;
        auto cols = split(view, '\t', false);
        if (cols.size() != 10) return corrupt(where() + "expected 10 tab-separated CoNLL-U columns, found " + std::to_string(cols.size()));
        if (cols[0].find_first_of("-.") != std::string_view::npos) continue;  // multiword token or empty node
        word = cols[1];
        tag = cols[4];
        break;
      }
      case CorpusFormat::kAuto: break;
    }
    if (word.empty()) return corrupt(where() + "empty word");
    auto pos = parse_pos_tag(tag);
    if (!pos) return corrupt(where() + "unknown part-of-speech tag '" + std::string(tag) + "'");
    current.words.emplace_back(word);
    current.tags.push_back(*pos);
    if (format == CorpusFormat::kConll2000) {
      auto label = parse_chunk_label(chunk);
      if (!label) return corrupt(where() + "unknown chunk label '" + std::string(chunk) + "'");
      current.chunks.push_back(*label);
    }
  }
  if (in.bad()) return io_error(path + ": read failed after line " + std::to_string(line_number));
  finish_sentence();
  if (corpus.sentences.empty()) return corrupt(path + ": no sentences");
  return corpus;
}

Result<Corpus> read_corpora(const std::vector<std::string>& paths) {
  Corpus all;
  all.has_chunks = !paths.empty();
  for (const auto& path : paths) {
    auto one = read_corpus(path);
    if (!one.ok()) return one.status();
    all.has_chunks = all.has_chunks && one->has_chunks;
    for (auto& s : one->sentences) all.sentences.push_back(std::move(s));
  }
  return all;
}

Document pretokenized_document(std::span<const TaggedSentence> sentences) {
  Document doc;
  size_t bytes = 0, tokens = 0;
  for (const auto& s : sentences) {
    tokens += s.words.size();
    for (const auto& w : s.words) bytes += w.size() + 1;
  }
  doc.text.reserve(bytes);
  doc.tokens.reserve(tokens);
  doc.sentences.reserve(sentences.size());
  for (const auto& s : sentences) {
    Sentence sentence;
    sentence.first_token = static_cast<uint32_t>(doc.tokens.size());
    for (const auto& w : s.words) {
      Token t;
      t.space_before = !doc.text.empty();
      if (t.space_before) doc.text.push_back(' ');
      t.span = {static_cast<uint32_t>(doc.text.size()), static_cast<uint32_t>(doc.text.size() + w.size())};
      t.form = {t.span.begin, t.span.size(), false};
      doc.text += w;
      doc.tokens.push_back(t);
    }
    sentence.token_count = static_cast<uint32_t>(s.words.size());
    if (sentence.token_count > 0) {
      sentence.span = {doc.tokens[sentence.first_token].span.begin, doc.tokens.back().span.end};
    }
    doc.sentences.push_back(sentence);
  }
  return doc;
}

}  // namespace faultline
