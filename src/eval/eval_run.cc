#include "eval/eval_run.h"

#include <algorithm>
#include <cctype>

namespace faultline {
namespace {

bool is_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); });
}

// The CoNLL role set splits words Penn Treebank keeps whole: "rebel - held", "Israel ’ s" (for
// "Israel’s"), "50 , 000". The analysis, trained on Treebank tokens, sees them re-joined ("rebel-held", "’s");
// `first` and `last` keep, per analysed token, the gold tokens it stands for.
struct JoinedTokens {
  std::vector<std::string> words;
  std::vector<size_t> first, last;
};

bool all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (c < '0' || c > '9') {
      if (c != ',') return false;
    }
  }
  return w.front() != ',' && w.back() != ',';
}

JoinedTokens treebank_tokens(const GoldRecord& record) {
  JoinedTokens out;
  const auto& tokens = record.tokens;
  auto word = [&](size_t i) { return std::string_view(record.text).substr(tokens[i].span.begin, tokens[i].span.size()); };
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view w = word(i);
    const bool apostrophe = (w == "\u2019" || w == "'") && i + 1 < tokens.size() && (word(i + 1) == "s" || word(i + 1) == "S");
    if (apostrophe) {
      out.words.push_back(std::string(w) + std::string(word(i + 1)));
      out.first.push_back(i);
      out.last.push_back(++i);
      continue;
    }
    const bool hyphen = w == "-" && i > 0 && i + 1 < tokens.size() && !out.words.empty() && is_word(out.words.back()) &&
                        out.last.back() == i - 1 && is_word(word(i + 1));
    if (hyphen) {
      out.words.back().append("-").append(word(i + 1));
      out.last.back() = ++i;
      continue;
    }
    // "50 , 000": a number the role set split at its thousands separator is one token again.
    const bool thousands = w == "," && i > 0 && i + 1 < tokens.size() && !out.words.empty() &&
                           out.last.back() == i - 1 && all_digits(out.words.back()) && all_digits(word(i + 1)) &&
                           word(i + 1).size() == 3;
    if (thousands) {
      out.words.back().append(",").append(word(i + 1));
      out.last.back() = ++i;
      continue;
    }
    out.words.emplace_back(w);
    out.first.push_back(i);
    out.last.push_back(i);
  }
  return out;
}

// Moves a span from the analysed text (joined tokens separated by single spaces) to the gold text.
ByteSpan to_gold_span(ByteSpan span, const Document& doc, const GoldRecord& record, const JoinedTokens& joined) {
  if (span.begin == span.end) return span;
  ByteSpan out = span;
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.tokens[t].span.begin == span.begin) out.begin = record.tokens[joined.first[t]].span.begin;
    if (doc.tokens[t].span.end == span.end) out.end = record.tokens[joined.last[t]].span.end;
  }
  return out;
}

}  // namespace

CoderOptions sentence_level_coder_options() { return {{"require_dyad", "false"}, {"new_actor_length", "4"}}; }

EvalResult run_eval(const GoldSet& gold, const Analyzer& analyzer, const CodeDocument& code,
                    const EvalRunOptions& options) {
  Document doc;
  std::vector<std::vector<std::string>> pretokenized(1);
  return evaluate(gold, [&](const GoldRecord& record) {
    doc = gold_document(gold, record);
    JoinedTokens joined;
    if (gold.format == GoldFormat::kRolesConll) {
      joined = treebank_tokens(record);
      pretokenized[0] = joined.words;
      analyzer.analyze_pretokenized(doc, pretokenized);
    } else {
      analyzer.analyze(doc);
    }
    std::vector<Event> events = code(record.options.empty() ? options.default_coder_options : record.options, doc);
    std::erase_if(events, [&](const Event& e) {
      return (e.negated && !options.include_negated) || (e.hypothetical && !options.include_hypothetical);
    });
    if (gold.format == GoldFormat::kRolesConll) {
      for (Event& e : events) {
        e.trigger = to_gold_span(e.trigger, doc, record, joined);
        e.source_span = to_gold_span(e.source_span, doc, record, joined);
        e.target_span = to_gold_span(e.target_span, doc, record, joined);
      }
    }
    return events;
  });
}

}  // namespace faultline
