// Faultline's own English knowledge (data/knowledge/*.fl): the dictionaries every command uses when
// it is given none.
//
// Contract
// - shipped_knowledge_files() lists the native files of <data_dir>/knowledge/ (every "*.fl", sorted
//   by name so entry ids are the same on every machine) as KnowledgeFiles::actors — a native file
//   may hold any mix of sections. An empty data_dir means default_data_dir() (FAULTLINE_DATA_DIR or
//   the build's data/). Fails when the directory holds no .fl file.
// - load_shipped_knowledge() is load_knowledge() over those files; this is the one loader the
//   commands share, so `faultline code` and `faultline eval` code with the same knowledge.
#pragma once

#include <memory>
#include <string>

#include "knowledge/knowledge.h"

namespace faultline {

Result<KnowledgeFiles> shipped_knowledge_files(const std::string& data_dir = {});

Result<std::shared_ptr<const Knowledge>> load_shipped_knowledge(Diagnostics& diagnostics,
                                                                const std::string& data_dir = {});

}  // namespace faultline
