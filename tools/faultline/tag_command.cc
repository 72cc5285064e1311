// `faultline tag`: part-of-speech tags and chunk labels, one token per line ("token TAG CHUNK"),
// a blank line after each sentence — the CoNLL-2000 layout, so output can be scored against it.
//
// With --pretokenized the input is already one token per line (first column; further columns are
// ignored) with blank lines between sentences; otherwise inputs are documents that are segmented
// and tokenized first.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <thread>

#include "tools/faultline/commands.h"
#include "tools/faultline/input_options.h"

namespace faultline::cli {
namespace {

struct TagOptions {
  InputOptions input;
  bool pretokenized = false;
  std::vector<std::string> files;
};

void append_tagged(const Document& doc, std::string& out) {
  for (const Sentence& s : doc.sentences) {
    for (uint32_t k = 0; k < s.token_count; ++k) {
      const Token& t = doc.tokens[s.first_token + k];
      std::string_view form = doc.form(t);
      for (char c : form) out.push_back(c == ' ' || c == '\t' || c == '\n' ? '_' : c);
      out.push_back(' ');
      out.append(pos_tag_name(t.tag));
      out.push_back(' ');
      out.append(chunk_label_name(t.chunk));
      out.push_back('\n');
    }
    out.push_back('\n');
  }
}

// Reads pretokenized sentences from `in` in batches and tags them.
int tag_stream(std::istream& in, const std::string& name, const Analyzer& analyzer, std::string& out) {
  std::vector<std::vector<std::string>> batch;
  std::vector<std::string> sentence;
  std::string line;
  size_t line_no = 0;
  auto flush = [&] {
    if (batch.empty()) return;
    Document doc;
    doc.id = name;
    analyzer.analyze_pretokenized(doc, batch);
    append_tagged(doc, out);
    batch.clear();
    if (out.size() >= (1u << 20)) {
      write_out(stdout, out);
      out.clear();
    }
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos) {
      if (!sentence.empty()) batch.push_back(std::move(sentence));
      sentence.clear();
      if (batch.size() >= 512) flush();
      continue;
    }
    const size_t end = line.find_first_of(" \t", start);
    sentence.push_back(line.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (sentence.size() > 100000) {
      std::fprintf(stderr, "faultline tag: %s:%zu: sentence longer than 100000 tokens, split here\n",
                   name.c_str(), line_no);
      batch.push_back(std::move(sentence));
      sentence.clear();
    }
  }
  if (!sentence.empty()) batch.push_back(std::move(sentence));
  flush();
  if (in.bad()) {
    std::fprintf(stderr, "faultline tag: %s: read error after line %zu\n", name.c_str(), line_no);
    return 1;
  }
  return 0;
}

int run_tag(TagOptions& opt) {
  AnalyzerOptions ao;
  ao.lemmatize = false;
  auto analyzer = opt.input.load_analyzer(ao);
  if (!analyzer.ok()) {
    std::fprintf(stderr, "faultline tag: %s\n", analyzer.status().message().c_str());
    return 1;
  }
  std::string out;
  int status = 0;
  if (opt.pretokenized) {
    if (opt.files.empty()) opt.files.push_back("-");
    for (const auto& file : opt.files) {
      if (file == "-") {
        status |= tag_stream(std::cin, "<stdin>", **analyzer, out);
        continue;
      }
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "faultline tag: cannot open %s\n", file.c_str());
        status = 1;
        continue;
      }
      status |= tag_stream(in, file, **analyzer, out);
    }
    if (!write_out(stdout, out) || std::fflush(stdout) != 0) return 1;
    return status;
  }

  opt.input.inputs = opt.files.empty() ? std::vector<std::string>{"-"} : opt.files;
  auto stream = opt.input.open();
  if (!stream.ok()) {
    std::fprintf(stderr, "faultline tag: %s\n", stream.status().message().c_str());
    return 2;
  }
  RunOptions ro;
  ro.threads = opt.input.threads > 0 ? opt.input.threads : static_cast<int>(std::thread::hardware_concurrency());
  run_analysis(**stream, **analyzer, ro, [&](Document& doc) {
    append_tagged(doc, out);
    if (out.size() >= (1u << 20)) {
      write_out(stdout, out);
      out.clear();
    }
  });
  if (!write_out(stdout, out) || std::fflush(stdout) != 0) return 1;
  return finish_reading(**stream, opt.input);
}

}  // namespace

void register_tag(CommandRegistry& registry) {
  auto opt = std::make_shared<TagOptions>();
  CLI::App* app = registry.add("tag", "Part-of-speech tags and chunk labels, one 'token TAG CHUNK' line per token",
                               [opt] { return run_tag(*opt); });
  app->add_option("inputs", opt->files, "Files or directories (default: standard input)");
  app->add_flag("--pretokenized", opt->pretokenized,
                "Input is one token per line (first column), blank line between sentences");
  opt->input.add_to(*app, /*with_inputs=*/false);
}

}  // namespace faultline::cli
