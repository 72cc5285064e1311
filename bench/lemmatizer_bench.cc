// Lemmatizer speed: loading WordNet, lemma() per token, and apply() over a whole document.
//
// Tokens come from the English Web Treebank test file (FORM and XPOS columns) when the shared
// folder is present ($FAULTLINE_SHARED, else beside the checkout), so the word mix is real text;
// otherwise from a few sentences written here. WordNet is read from $FAULTLINE_WORDNET_DIR or
// /usr/share/wordnet.
//
//   ./build/bench/faultline_bench --benchmark_filter=Lemmatizer
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "nlp/lemmatizer.h"

namespace faultline {
namespace {

std::string wordnet_dir() {
  if (const char* env = std::getenv("FAULTLINE_WORDNET_DIR"); env && *env) return env;
  return "/usr/share/wordnet";
}

std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("FAULTLINE_SHARED"); env && *env) return env;
  return std::filesystem::path(FAULTLINE_SOURCE_DIR).parent_path() / "shared";
}

using TaggedWords = std::vector<std::pair<std::string, PosTag>>;

TaggedWords load_tokens() {
  TaggedWords words;
  std::ifstream in(shared_dir() / "corpora/ewt/en_ewt-ud-test.conllu");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1), t3 = line.find('\t', t2 + 1);
    size_t t4 = line.find('\t', t3 + 1), t5 = line.find('\t', t4 + 1);
    if (t5 == std::string::npos) continue;
    std::string id = line.substr(0, t1);
    if (id.find_first_of("-.") != std::string::npos) continue;
    auto tag = parse_pos_tag(line.substr(t4 + 1, t5 - t4 - 1));
    if (tag) words.emplace_back(line.substr(t1 + 1, t2 - t1 - 1), *tag);
  }
  if (!words.empty()) return words;
  using enum PosTag;
  const TaggedWords own = {
      {"Police", NNS},    {"detained", VBD}, {"three", CD},       {"officers", NNS},  {"after", IN},
      {"talks", NNS},     {"between", IN},   {"the", DT},         {"rival", JJ},      {"parties", NNS},
      {"collapsed", VBD}, {",", Comma},      {"a", DT},           {"spokesman", NN},  {"said", VBD},
      {".", Period},      {"They", PRP},     {"'re", VBP},        {"urging", VBG},    {"leaders", NNS},
      {"who", WP},        {"have", VBP},     {"n't", RB},         {"met", VBN},       {"since", IN},
      {"the", DT},        {"crisis", NN},    {"began", VBD},      {"to", TO},         {"resume", VB},
      {"negotiations", NNS}, {".", Period},
  };
  for (int i = 0; i < 100; ++i) words.insert(words.end(), own.begin(), own.end());
  return words;
}

const TaggedWords& tokens() {
  static const TaggedWords words = load_tokens();
  return words;
}

const Lemmatizer* lemmatizer() {
  static std::unique_ptr<Lemmatizer> loaded = [] {
    auto r = Lemmatizer::load(wordnet_dir());
    return r.ok() ? std::move(*r) : nullptr;
  }();
  return loaded.get();
}

void BM_LemmatizerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto r = Lemmatizer::load(wordnet_dir());
    if (!r.ok()) {
      state.SkipWithError(r.status().to_string().c_str());
      return;
    }
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_LemmatizerLoad)->Unit(benchmark::kMillisecond);

void BM_LemmatizerLemma(benchmark::State& state) {
  const Lemmatizer* l = lemmatizer();
  if (l == nullptr) {
    state.SkipWithError("WordNet not found");
    return;
  }
  const TaggedWords& words = tokens();
  std::string scratch;
  for (auto _ : state) {
    for (const auto& [form, tag] : words) benchmark::DoNotOptimize(l->lemma(form, tag, scratch));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK(BM_LemmatizerLemma);

// apply() over one document of all the tokens, including the string pool it fills.
void BM_LemmatizerApply(benchmark::State& state) {
  const Lemmatizer* l = lemmatizer();
  if (l == nullptr) {
    state.SkipWithError("WordNet not found");
    return;
  }
  Document doc;
  for (const auto& [form, tag] : tokens()) {
    if (!doc.text.empty()) doc.text.push_back(' ');
    Token t;
    t.span = {static_cast<uint32_t>(doc.text.size()), static_cast<uint32_t>(doc.text.size() + form.size())};
    t.form = TextRef{t.span.begin, t.span.size(), false};
    t.tag = tag;
    doc.text += form;
    doc.tokens.push_back(t);
  }
  for (auto _ : state) {
    doc.pool.clear();
    l->apply(doc);
    benchmark::DoNotOptimize(doc.pool.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * doc.tokens.size()));
}
BENCHMARK(BM_LemmatizerApply);

}  // namespace
}  // namespace faultline
