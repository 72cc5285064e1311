// Helpers for reader tests: a temporary directory to write inputs into, gzip, and reading a whole
// stream into memory.
#pragma once

#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/reader.h"

namespace faultline::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "faultline-readers-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes content to path()/relative (creating folders) and returns the full path.
  std::string write(const std::string& relative, std::string_view content) const {
    std::filesystem::path p = path_ / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

// content as a gzip stream.
inline std::string gzip(std::string_view content) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, content.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(content.data()));
  zs.avail_in = static_cast<uInt>(content.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

struct ReadResult {
  std::vector<Document> docs;
  std::vector<ReadIssue> issues;
  ReadStats stats;

  const Document* find(std::string_view id) const {
    for (const auto& d : docs) {
      if (d.id == id) return &d;
    }
    return nullptr;
  }
  std::string issue_text() const {
    std::string s;
    for (const auto& i : issues) s += i.message() + "\n";
    return s;
  }
};

inline ReadResult read_all(std::vector<std::string> inputs, ReaderOptions options = {}) {
  ReadResult r;
  DocumentStream stream(std::move(inputs), options);
  stream.set_issue_handler([&](const ReadIssue& issue) { r.issues.push_back(issue); });
  Document doc;
  while (stream.next(doc)) r.docs.push_back(doc);
  r.stats = stream.stats();
  return r;
}

}  // namespace faultline::testing
