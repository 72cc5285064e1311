// Reading throughput per format, on generated news-like inputs written to a temporary directory.
// Reading must stay a small share of the pipeline's 600k tokens/s (about 3.6 MB/s of text).
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "faultline/reader.h"

namespace faultline {
namespace {

std::string paragraph(int i) {
  std::string s = "Officials in the capital said on Tuesday that talks between the government and ";
  s += "rebel commanders would resume next week, after a ceasefire agreed in report ";
  s += std::to_string(i);
  s += " held for a third day. 'We are ready to negotiate,' a spokesman said.";
  return s;
}

struct Corpus {
  std::filesystem::path dir;
  Corpus() {
    std::string pattern = (std::filesystem::temp_directory_path() / "faultline-bench-XXXXXX").string();
    dir = ::mkdtemp(pattern.data());
    std::ofstream jsonl(dir / "news.jsonl");
    std::ofstream xml(dir / "news.xml");
    xml << "<Sentences>\n";
    std::filesystem::create_directories(dir / "text");
    std::filesystem::create_directories(dir / "html");
    for (int i = 0; i < 20000; ++i) {
      std::string body = paragraph(i) + "\\n\\n" + paragraph(i + 1) + "\\n\\n" + paragraph(i + 2);
      jsonl << "{\"id\":\"d" << i << "\",\"date\":\"2023-12-07\",\"source\":\"Wire\",\"title\":\"Talks resume\","
            << "\"text\":\"" << body << "\",\"lang\":\"en\"}\n";
      xml << "<Sentence id=\"s" << i << "\" date=\"20231207\" source=\"Wire\">\n<Text>\n" << paragraph(i)
          << "\n</Text>\n<Parse>(ROOT (S (NP (NNS Officials))))</Parse>\n</Sentence>\n";
      if (i < 2000) {
        std::ofstream(dir / "text" / (std::to_string(i) + ".txt")) << "Talks Resume\n\n" << paragraph(i) << "\n\n"
                                                                  << paragraph(i + 1) << "\n";
        std::ofstream(dir / "html" / (std::to_string(i) + ".html"))
            << "<html><head><title>Talks</title><meta property=\"article:published_time\" content=\"2023-12-07\">"
            << "</head><body><nav><a href=/>Home</a></nav><article><h1>Talks resume</h1><p>" << paragraph(i)
            << "</p><p>" << paragraph(i + 1) << "</p></article><footer>(c)</footer></body></html>";
      }
    }
    xml << "</Sentences>\n";
  }
  ~Corpus() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

const Corpus& corpus() {
  static Corpus c;
  return c;
}

void read_input(benchmark::State& state, const std::string& relative) {
  std::string path = (corpus().dir / relative).string();
  uint64_t bytes = 0;
  for (auto _ : state) {
    DocumentStream stream({path});
    Document doc;
    while (stream.next(doc)) benchmark::DoNotOptimize(doc.text.data());
    bytes += stream.stats().bytes_read;
    if (stream.stats().documents_skipped != 0) state.SkipWithError("documents were skipped");
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_ReadJsonl(benchmark::State& state) { read_input(state, "news.jsonl"); }
void BM_ReadPetrarchXml(benchmark::State& state) { read_input(state, "news.xml"); }
void BM_ReadTextDirectory(benchmark::State& state) { read_input(state, "text"); }
void BM_ReadHtmlDirectory(benchmark::State& state) { read_input(state, "html"); }

BENCHMARK(BM_ReadJsonl)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadPetrarchXml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadTextDirectory)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadHtmlDirectory)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace faultline
