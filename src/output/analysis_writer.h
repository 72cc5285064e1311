// Writing a Document's analysis (sentences, tokens with byte offsets, tags, chunks, lemmas).
//
// Two layouts, both one document after another so output can be streamed:
//  * JSON Lines: one object per document (metadata, then sentences with their tokens and chunks).
//  * CoNLL: one token per line — ID FORM LEMMA POS CHUNK START END, tab-separated — with comment
//    lines "# doc = ...", "# sent_id = ...", "# text = ..." before each sentence and a blank line after.
// START/END are byte offsets into the document text, END exclusive.
#pragma once

#include <string>

#include "faultline/document.h"

namespace faultline {

void append_analysis_jsonl(const Document& doc, std::string& out);
void append_analysis_conll(const Document& doc, std::string& out);

const char* sentence_kind_name(SentenceKind kind);

}  // namespace faultline
