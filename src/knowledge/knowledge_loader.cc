// load_knowledge(): the dictionary files of a run, read by role and compiled.
#include "knowledge/dictionary_files.h"
#include "knowledge/knowledge.h"

namespace faultline {

Result<std::shared_ptr<const Knowledge>> load_knowledge(const KnowledgeFiles& files, Diagnostics& diagnostics) {
  DictionarySet set;
  auto read = [&](const std::string& path, DictionaryKind kind) -> Status {
    if (path.empty()) return {};
    return read_dictionary_file(path, kind, set, diagnostics);
  };
  if (Status s = read(files.verbs, DictionaryKind::kVerbs); !s.ok()) return s;
  for (const std::string& path : files.actors) {
    if (Status s = read(path, DictionaryKind::kActors); !s.ok()) return s;
  }
  if (Status s = read(files.agents, DictionaryKind::kAgents); !s.ok()) return s;
  if (Status s = read(files.discards, DictionaryKind::kDiscards); !s.ok()) return s;
  return compile_knowledge(std::move(set), diagnostics);
}

}  // namespace faultline
