// `faultline analyze`: sentences, tokens with byte offsets, tags, chunks and lemmas of documents.
#include <algorithm>
#include <cstdio>
#include <map>
#include <thread>

#include "output/analysis_writer.h"
#include "tools/faultline/commands.h"
#include "tools/faultline/input_options.h"
#include "tools/faultline/progress.h"

namespace faultline::cli {
namespace {

struct AnalyzeOptions {
  InputOptions input;
  std::string format = "jsonl";
  std::string output = "-";
};

// Collects what the summary layout prints: one row per document, then totals.
class SummaryBuilder {
 public:
  void add(const Document& doc) {
    Row row{doc.id, doc.date, doc.title, doc.sentences.size(), doc.tokens.size()};
    rows_.push_back(std::move(row));
    for (const Sentence& s : doc.sentences) kinds_[static_cast<int>(s.kind)]++;
    for (const Chunk& c : doc.chunks) chunks_[std::string(chunk_type_name(c.type))]++;
    for (const Token& t : doc.tokens) {
      if (is_verb(t.tag) && t.lemma.length > 0) verbs_[std::string(doc.lemma(t))]++;
    }
  }

  std::string render(const RunCounts& counts) const {
    std::string out;
    char line[512];
    std::snprintf(line, sizeof line, "%-28s %-10s %6s %7s  %s\n", "document", "date", "sents", "tokens", "title");
    out += line;
    for (const Row& r : rows_) {
      std::string title = r.title.size() > 60 ? r.title.substr(0, 57) + "..." : r.title;
      std::string id = r.id.size() > 28 ? "..." + r.id.substr(r.id.size() - 25) : r.id;
      std::snprintf(line, sizeof line, "%-28s %-10.10s %6zu %7zu  %s\n", id.c_str(), r.date.c_str(), r.sentences,
                    r.tokens, title.c_str());
      out += line;
    }
    std::snprintf(line, sizeof line,
                  "\n%zu documents, %zu sentences (%zu headlines, %zu datelines, %zu captions), %zu tokens\n",
                  counts.documents, counts.sentences, kinds_[1], kinds_[2], kinds_[3], counts.tokens);
    out += line;
    out += "chunks:";
    for (const auto& [type, n] : by_count(chunks_, 12)) out += " " + type + " " + std::to_string(n);
    out += "\nmost frequent verbs (lemma):";
    for (const auto& [verb, n] : by_count(verbs_, 15)) out += " " + verb + " " + std::to_string(n);
    std::snprintf(line, sizeof line, "\nanalysed in %.3f s (%.0f tokens/s)\n", counts.seconds,
                  counts.seconds > 0 ? static_cast<double>(counts.tokens) / counts.seconds : 0.0);
    out += line;
    return out;
  }

 private:
  struct Row {
    std::string id, date, title;
    size_t sentences, tokens;
  };
  static std::vector<std::pair<std::string, size_t>> by_count(const std::map<std::string, size_t>& m, size_t n) {
    std::vector<std::pair<std::string, size_t>> v(m.begin(), m.end());
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (v.size() > n) v.resize(n);
    return v;
  }
  std::vector<Row> rows_;
  size_t kinds_[4] = {0, 0, 0, 0};
  std::map<std::string, size_t> chunks_;
  std::map<std::string, size_t> verbs_;
};

int run_analyze(const AnalyzeOptions& opt) {
  if (opt.format != "jsonl" && opt.format != "conll" && opt.format != "summary" && opt.format != "counts") {
    std::fprintf(stderr, "faultline analyze: unknown --format '%s' (jsonl, conll, summary, counts)\n",
                 opt.format.c_str());
    return 2;
  }
  auto analyzer = opt.input.load_analyzer();
  if (!analyzer.ok()) {
    std::fprintf(stderr, "faultline analyze: %s\n", analyzer.status().message().c_str());
    return 1;
  }
  auto stream = opt.input.open();
  if (!stream.ok()) {
    std::fprintf(stderr, "faultline analyze: %s\n", stream.status().message().c_str());
    return 2;
  }
  std::FILE* out = stdout;
  if (opt.output != "-") {
    out = std::fopen(opt.output.c_str(), "wb");
    if (!out) {
      std::fprintf(stderr, "faultline analyze: cannot write %s\n", opt.output.c_str());
      return 1;
    }
  }

  Progress progress(Progress::input_size(opt.input.inputs), !opt.input.quiet);
  RunOptions ro;
  ro.threads = opt.input.threads > 0 ? opt.input.threads : static_cast<int>(std::thread::hardware_concurrency());
  ro.on_progress = [&](const RunCounts& c) { progress.update(c); };

  SummaryBuilder summary;
  std::string buffer;
  bool write_ok = true;
  auto sink = [&](Document& doc) {
    if (opt.format == "counts") return;
    if (opt.format == "summary") {
      summary.add(doc);
      return;
    }
    if (opt.format == "jsonl") append_analysis_jsonl(doc, buffer); else append_analysis_conll(doc, buffer);
    if (buffer.size() >= (1u << 20)) {
      write_ok = write_ok && write_out(out, buffer);
      buffer.clear();
    }
  };
  RunCounts counts = run_analysis(**stream, **analyzer, ro, sink);
  progress.finish();
  if (opt.format == "summary") buffer = summary.render(counts);
  if (opt.format == "counts") {
    char line[256];
    std::snprintf(line, sizeof line, "documents %zu\nsentences %zu\ntokens %zu\nbytes %llu\nseconds %.3f\ntokens_per_second %.0f\n",
                  counts.documents, counts.sentences, counts.tokens, static_cast<unsigned long long>(counts.bytes),
                  counts.seconds, counts.seconds > 0 ? static_cast<double>(counts.tokens) / counts.seconds : 0.0);
    buffer = line;
  }
  write_ok = write_ok && write_out(out, buffer) && std::fflush(out) == 0;
  if (out != stdout) write_ok = (std::fclose(out) == 0) && write_ok;
  if (!write_ok) {
    std::fprintf(stderr, "faultline analyze: writing the output failed\n");
    return 1;
  }
  return finish_reading(**stream, opt.input);
}

}  // namespace

void register_analyze(CommandRegistry& registry) {
  auto opt = std::make_shared<AnalyzeOptions>();
  CLI::App* app = registry.add("analyze",
                               "Analyse documents: sentences, tokens with byte offsets, part-of-speech tags, "
                               "chunks and lemmas",
                               [opt] { return run_analyze(*opt); });
  opt->input.add_to(*app);
  app->add_option("-f,--format", opt->format, "jsonl (one object per document), conll, summary (a table and totals), counts (totals only)")
      ->capture_default_str();
  app->add_option("-o,--output", opt->output, "Output file (default: standard output)");
}

}  // namespace faultline::cli
