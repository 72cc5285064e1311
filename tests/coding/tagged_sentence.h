// Builds an analysed Document from hand-tagged text, so that coding tests do not depend on the
// statistical tagger and chunker: "Serbian/JJ/B-NP police/NNS/I-NP arrested/VBD/B-VP/arrest".
// Each item is word/TAG/CHUNK with an optional /lemma (default: the word in lower case). Items
// joined by a space become tokens separated by one space; a word starting with "'" or "," or "."
// attaches to the previous one without a space (as the text would be written).
#pragma once

#include <cctype>
#include <sstream>
#include <string>
#include <vector>

#include "faultline/document.h"

namespace faultline::testing {

inline Document tagged_document(const std::vector<std::string>& sentences, std::string id = "doc",
                                std::string date = "2023-05-26") {
  Document doc;
  doc.id = std::move(id);
  doc.date = std::move(date);
  for (const std::string& s : sentences) {
    std::istringstream in(s);
    std::string item;
    Sentence sent;
    sent.first_token = static_cast<uint32_t>(doc.tokens.size());
    bool first = true;
    while (in >> item) {
      std::vector<std::string> parts;
      size_t start = 0;
      // The word may itself contain '/' only as its first character ("/" is not used in tests).
      for (size_t k = 1; k <= item.size(); ++k) {
        if (k == item.size() || item[k] == '/') {
          parts.push_back(item.substr(start, k - start));
          start = k + 1;
        }
      }
      const std::string& word = parts.at(0);
      bool attach = !first && (word[0] == '\'' || word == "," || word == "." || word == "n't");
      if (!doc.text.empty() && !attach) doc.text.push_back(' ');
      Token t;
      t.span.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += word;
      t.span.end = static_cast<uint32_t>(doc.text.size());
      t.form = {t.span.begin, t.span.end - t.span.begin, false};
      t.tag = *parse_pos_tag(parts.at(1));
      t.chunk = *parse_chunk_label(parts.at(2));
      std::string lemma = parts.size() > 3 ? parts[3] : word;
      for (char& c : lemma) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      t.lemma = doc.intern(lemma);
      t.space_before = !attach && !first;
      doc.tokens.push_back(t);
      first = false;
    }
    sent.token_count = static_cast<uint32_t>(doc.tokens.size()) - sent.first_token;
    sent.span = {doc.tokens[sent.first_token].span.begin, doc.tokens.back().span.end};
    doc.sentences.push_back(sent);
  }
  return doc;
}

}  // namespace faultline::testing
