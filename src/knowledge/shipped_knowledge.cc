#include "knowledge/shipped_knowledge.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "faultline/pipeline.h"

namespace faultline {

Result<KnowledgeFiles> shipped_knowledge_files(const std::string& data_dir) {
  const std::filesystem::path dir =
      std::filesystem::path(data_dir.empty() ? default_data_dir() : data_dir) / "knowledge";
  KnowledgeFiles files;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".fl" && it->is_regular_file(ec)) files.actors.push_back(it->path().string());
  }
  if (files.actors.empty()) {
    return not_found("no knowledge files (*.fl) in " + dir.string() + " (set FAULTLINE_DATA_DIR)");
  }
  std::sort(files.actors.begin(), files.actors.end());
  return files;
}

Result<std::shared_ptr<const Knowledge>> load_shipped_knowledge(Diagnostics& diagnostics, const std::string& data_dir) {
  auto files = shipped_knowledge_files(data_dir);
  if (!files.ok()) return files.status();
  return load_knowledge(*files, diagnostics);
}

}  // namespace faultline
