// Segmenter: tokenizes a document and groups its tokens into sentences.
//
// Boundaries: after . ! ? (with the closing quotes and brackets that follow them) unless the next
// token starts in lower case or is , ; : and the like; after an ellipsis only when a new line or a
// typical sentence opener follows; after an abbreviation (U.S. Inc. a.m.) or initial only when the
// next word clearly opens a sentence ("in the U.S. The talks"), never after titles (Gen. Mr.),
// "No." before a number or a month before a day ("Dec. 31"); always at a blank line; at a single
// line break when the line has no final punctuation, unless the next line starts in lower case or
// the line ends on a function word or comma (a wrapped paragraph); before bullets and numbered
// lines; after an inline photo credit in parentheses ("... on May 20 (file photo) The talks").
// A period written apart from its word in text that comes tokenized ("Mr . Sisi", "Nov . 2",
// "U . S", "$ 3 . 5 million") counts as the glued one.
//
// Kinds: a wire dateline opening a line ("BRUSSELS (Reuters) -", "PRISTINA, Kosovo (AP) —",
// "ISLAMABAD:", "Dec. 31, 2000 --") is a sentence of kind kDateline; a line standing on its own
// without final punctuation is kHeadline, or kCaption when it ends in a parenthesised credit or
// a colon, starts with "Photo", or is wholly in brackets ("(With information from EFE)").
#pragma once

#include "faultline/document.h"
#include "text/tokenizer.h"

namespace faultline {

class Segmenter {
 public:
  Segmenter() = default;  // the tokenizer's tables are built here, once; immutable afterwards

  // Clears doc's analysis, then fills doc.tokens (span, form, space_before) and doc.sentences
  // (span, first_token, token_count, kind). Every token belongs to exactly one sentence.
  // Thread-safe: may be called concurrently on different documents.
  void apply(Document& doc) const;

 private:
  Tokenizer tokenizer_;
};

}  // namespace faultline
