#include "output/analysis_writer.h"

#include <charconv>

#include "output/json_writer.h"

namespace faultline {
namespace {

void append_number(std::string& out, uint64_t n) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, r.ptr);
}

// Sentence text for a one-line comment: line breaks and tabs become spaces.
void append_flattened(std::string& out, std::string_view s) {
  for (char c : s) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
}

}  // namespace

const char* sentence_kind_name(SentenceKind kind) {
  switch (kind) {
    case SentenceKind::kBody: return "body";
    case SentenceKind::kHeadline: return "headline";
    case SentenceKind::kDateline: return "dateline";
    case SentenceKind::kCaption: return "caption";
  }
  return "body";
}

void append_analysis_jsonl(const Document& doc, std::string& out) {
  JsonWriter w(out);
  w.begin_object();
  w.field("id", doc.id);
  if (!doc.date.empty()) w.field("date", doc.date);
  if (!doc.source.empty()) w.field("source", doc.source);
  if (!doc.url.empty()) w.field("url", doc.url);
  if (!doc.title.empty()) w.field("title", doc.title);
  if (!doc.origin.empty()) w.field("origin", doc.origin);
  for (const auto& [name, raw] : doc.extra_fields) {
    w.key(name);
    w.raw(raw);
  }
  w.key("sentences").begin_array();
  size_t chunk = 0;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const uint32_t first = s.first_token;
    const uint32_t last = s.first_token + s.token_count;
    w.begin_object();
    w.field("n", static_cast<uint64_t>(si + 1));
    w.field("start", s.span.begin).field("end", s.span.end);
    w.field("kind", sentence_kind_name(s.kind));
    w.field("text", doc.view(s.span));
    w.key("tokens").begin_array();
    for (uint32_t ti = first; ti < last; ++ti) {
      const Token& t = doc.tokens[ti];
      w.begin_object();
      w.field("i", ti - first + 1);
      w.field("start", t.span.begin).field("end", t.span.end);
      w.field("text", doc.token_text(t));
      if (t.form.in_pool) w.field("form", doc.form(t));
      if (t.tag != PosTag::kNone) w.field("tag", pos_tag_name(t.tag));
      if (t.tag != PosTag::kNone) w.field("chunk", chunk_label_name(t.chunk));
      if (t.lemma.length > 0) w.field("lemma", doc.lemma(t));
      w.end_object();
    }
    w.end_array();
    w.key("chunks").begin_array();
    while (chunk < doc.chunks.size() && doc.chunks[chunk].first_token < last) {
      const Chunk& c = doc.chunks[chunk++];
      if (c.first_token < first) continue;
      w.begin_object();
      w.field("type", chunk_type_name(c.type));
      w.field("first", c.first_token - first + 1);
      w.field("last", c.first_token - first + c.token_count);
      const ByteSpan span{doc.tokens[c.first_token].span.begin,
                          doc.tokens[c.first_token + c.token_count - 1].span.end};
      w.field("text", doc.view(span));
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  out.push_back('\n');
}

void append_analysis_conll(const Document& doc, std::string& out) {
  out.append("# doc = ");
  append_flattened(out, doc.id);
  out.push_back('\n');
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    out.append("# sent_id = ");
    append_flattened(out, doc.id);
    out.push_back('-');
    append_number(out, si + 1);
    out.append("\n# text = ");
    append_flattened(out, doc.view(s.span));
    out.push_back('\n');
    for (uint32_t k = 0; k < s.token_count; ++k) {
      const Token& t = doc.tokens[s.first_token + k];
      append_number(out, k + 1);
      out.push_back('\t');
      append_flattened(out, doc.form(t));
      out.push_back('\t');
      if (t.lemma.length > 0) append_flattened(out, doc.lemma(t)); else out.push_back('_');
      out.push_back('\t');
      if (t.tag != PosTag::kNone) out.append(pos_tag_name(t.tag)); else out.push_back('_');
      out.push_back('\t');
      out.append(t.tag != PosTag::kNone ? chunk_label_name(t.chunk) : std::string("_"));
      out.push_back('\t');
      append_number(out, t.span.begin);
      out.push_back('\t');
      append_number(out, t.span.end);
      out.push_back('\n');
    }
    out.push_back('\n');
  }
}

}  // namespace faultline
