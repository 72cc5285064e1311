// Tokenizer: splits a document's text into Penn Treebank tokens with exact byte offsets.
//
// Contract: every byte of the text that is not whitespace (see whitespace_length in
// text/char_class.h) belongs to exactly one token; tokens are in text order and do not overlap.
// A token holds no whitespace, except a possessive that tokenized text wrote apart ("May ’ s
// offer": one token "’ s", form 's).
// A token's form is its bytes unless the Treebank writes it differently (“ -> ``, — -> --,
// … -> ..., ’s -> 's, a non-breaking hyphen -> -), in which case the form lives in doc.pool.
//
// Conventions: clitics split ("Serbia's" -> Serbia 's, "can't" -> ca n't, "cannot" -> can not);
// punctuation split off; hyphenated words, numbers with separators (1,000 3.5 2008-2013 16:00),
// URLs, e-mail addresses, domains, @handles and #hashtags stay whole; currency prefixes like
// "US$" stay whole, "$5" -> $ 5, "5%" -> 5 %. Abbreviations keep their period (U.S. Gen. Dec.
// Inc. a.m., initials "J.", "No." before a number, "1." list markers at the start of a line);
// every other period is a token of its own, and the segmenter decides which of them end sentences.
#pragma once

#include <string>
#include <string_view>

#include "faultline/document.h"
#include "text/boundary_words.h"

namespace faultline {

// The Treebank form of one word that arrives already tokenized (`faultline tag --pretokenized`,
// evaluation corpora): “ -> ``, ” -> '', ‘ -> `, a lone ’ -> ', a dash -> --, and inside a word
// curly apostrophes and Unicode hyphens in ASCII ("Israel’s" -> "Israel's", "’s" -> "'s"), as
// the tokenizer writes them in running text. Returns `word` itself when it needs no change, else
// a view of `scratch`.
std::string_view treebank_form(std::string_view word, std::string& scratch);

class Tokenizer {
 public:
  Tokenizer() = default;

  // Clears doc's analysis and fills doc.tokens (span, form, space_before) and doc.pool.
  void apply(Document& doc) const;

  const BoundaryWords& words() const { return words_; }

 private:
  BoundaryWords words_;
};

}  // namespace faultline
