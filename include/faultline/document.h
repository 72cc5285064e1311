// Document: one news report and every layer of analysis added to it.
//
// Shape (after spaCy's Doc): the document owns its text; sentences, tokens and chunks are small
// records holding byte offsets into that text, so any piece of analysis can point back at its exact
// evidence. Where a token's Penn Treebank form differs from its bytes (“ is written ``, the
// lemma of "detained" is "detain") the form is stored once in the document's string pool and the
// token refers to it by offset. Offsets, not pointers: a Document can be moved or copied freely.
//
// Stages fill the layers in order (segment+tokenize, tag, chunk, lemmatize); each reads what earlier
// stages wrote and never changes it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "faultline/tags.h"

namespace faultline {

// A byte range [begin, end) in Document::text.
struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  friend bool operator==(ByteSpan, ByteSpan) = default;
};

// A string that lives either in the document text or in the document's string pool.
struct TextRef {
  uint32_t offset = 0;
  uint32_t length = 0;
  bool in_pool = false;
};

struct Token {
  ByteSpan span;          // the token's exact bytes in Document::text
  TextRef form;           // the token as Penn Treebank writes it (usually the same bytes)
  TextRef lemma;          // dictionary form, lower case ("detained" -> "detain"); empty until lemmatized
  PosTag tag = PosTag::kNone;
  ChunkLabel chunk;       // IOB2 chunk label, set by the chunker
  bool space_before = false;  // whitespace separates this token from the previous one
};

enum class SentenceKind : uint8_t {
  kBody = 0,   // an ordinary sentence of running text
  kHeadline,   // a title or section heading (no final punctuation, stands on its own line)
  kDateline,   // "BRUSSELS (Reuters) -" opening of a wire report
  kCaption,    // a photo caption or other short non-sentence line
};

struct Sentence {
  ByteSpan span;             // from the first token's first byte to the last token's last byte
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t token_count = 0;
  SentenceKind kind = SentenceKind::kBody;
};

// A chunk (base phrase): tokens [first_token, first_token + token_count) of the document.
struct Chunk {
  uint32_t first_token = 0;
  uint32_t token_count = 0;
  ChunkType type = ChunkType::kNone;
};

struct Document {
  // Metadata, as the reader found it (empty strings when the input does not say).
  std::string id;      // unique within a run: given by the input or derived from its origin
  std::string date;    // publication date, ISO 8601 (YYYY-MM-DD or a full timestamp) as given
  std::string source;  // outlet
  std::string url;
  std::string title;
  std::string origin;  // where it was read: "path", "path:line" (JSON Lines) or "path#n" (item n of a feed)
  // Fields of the input record that Faultline does not interpret, kept verbatim
  // (name, raw JSON value) so they can be written back out.
  std::vector<std::pair<std::string, std::string>> extra_fields;

  std::string text;  // UTF-8, validated by the reader; all byte offsets point into it

  // Analysis layers.
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Chunk> chunks;  // in token order, filled by the chunker
  std::string pool;           // storage for TextRefs with in_pool = true

  std::string_view view(ByteSpan s) const { return std::string_view(text).substr(s.begin, s.size()); }
  std::string_view view(TextRef r) const {
    return std::string_view(r.in_pool ? pool : text).substr(r.offset, r.length);
  }
  std::string_view token_text(const Token& t) const { return view(t.span); }
  std::string_view form(const Token& t) const { return view(t.form); }
  std::string_view lemma(const Token& t) const { return view(t.lemma); }

  // Appends s to the pool and returns a reference to it.
  TextRef intern(std::string_view s) {
    TextRef r{static_cast<uint32_t>(pool.size()), static_cast<uint32_t>(s.size()), true};
    pool.append(s);
    return r;
  }

  // Removes all analysis, keeping text and metadata.
  void clear_analysis() {
    sentences.clear();
    tokens.clear();
    chunks.clear();
    pool.clear();
  }
};

}  // namespace faultline
