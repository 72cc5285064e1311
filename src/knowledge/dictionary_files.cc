#include "knowledge/dictionary_files.h"

#include <fstream>
#include <iterator>
#include <memory>

#include "knowledge/dictionary_lines.h"
#include "knowledge/native_format.h"
#include "knowledge/petrarch_reader.h"

namespace faultline {

const char* dictionary_kind_name(DictionaryKind kind) {
  switch (kind) {
    case DictionaryKind::kVerbs: return "verbs";
    case DictionaryKind::kActors: return "actors";
    case DictionaryKind::kAgents: return "agents";
    case DictionaryKind::kDiscards: return "discards";
    case DictionaryKind::kIssues: return "issues";
    case DictionaryKind::kUnknown: break;
  }
  return "unknown";
}

DictionaryFormat detect_dictionary_format(std::string_view text) {
  DictionaryFormat format = DictionaryFormat::kPetrarch;
  bool decided = false;
  for_each_line(text, [&](uint32_t, std::string_view line) {
    if (decided) return;
    std::string_view t = trim(line);
    if (t.empty() || t.front() == '#') return;
    decided = true;
    if (t == kNativeHeader) format = DictionaryFormat::kNative;
  });
  return format;
}

DictionaryKind guess_petrarch_kind(std::string_view text) {
  size_t coded = 0, agent_coded = 0, headings = 0, synsets = 0;
  bool issues = false;
  for_each_line(text, [&](uint32_t, std::string_view line) {
    std::string_view t = trim(strip_hash_comment(line));
    if (t.empty()) return;
    if (t.starts_with("<ISSUE")) issues = true;
    if (t.starts_with("<!")) return;
    if (t.size() > 6 && t.starts_with("---") && t.ends_with("---")) ++headings;
    if (t.front() == '&') ++synsets;
    size_t open = t.find('[');
    if (open != std::string_view::npos) {
      ++coded;
      size_t close = t.find(']', open);
      if (t.substr(open, close == std::string_view::npos ? std::string_view::npos : close - open).find('~') !=
          std::string_view::npos) {
        ++agent_coded;
      }
    }
  });
  if (issues) return DictionaryKind::kIssues;
  if (headings > 0 || synsets > 0) return DictionaryKind::kVerbs;
  if (coded == 0) return DictionaryKind::kDiscards;
  if (agent_coded * 2 > coded) return DictionaryKind::kAgents;
  return DictionaryKind::kActors;
}

Status read_dictionary_text(std::string_view text, const std::string& path, DictionaryKind kind, DictionarySet& out,
                            Diagnostics& diagnostics, DictionaryFormat* read_format, DictionaryKind* read_kind) {
  auto file = std::make_shared<const std::string>(path);
  DictionaryFormat format = detect_dictionary_format(text);
  if (read_format) *read_format = format;
  if (format == DictionaryFormat::kNative) {
    if (read_kind) *read_kind = DictionaryKind::kUnknown;
    read_native_dictionary(text, file, out, diagnostics);
    return {};
  }
  if (kind == DictionaryKind::kUnknown) kind = guess_petrarch_kind(text);
  if (read_kind) *read_kind = kind;
  switch (kind) {
    case DictionaryKind::kVerbs: read_petrarch_verbs(text, file, out, diagnostics); break;
    case DictionaryKind::kActors: read_petrarch_actors(text, file, out, diagnostics); break;
    case DictionaryKind::kAgents: read_petrarch_agents(text, file, out, diagnostics); break;
    case DictionaryKind::kDiscards: read_petrarch_discards(text, file, out, diagnostics); break;
    case DictionaryKind::kIssues:
      return unsupported(cat(path, ": PETRARCH issue dictionaries are not supported"));
    case DictionaryKind::kUnknown: return invalid_argument(cat(path, ": cannot tell what kind of dictionary this is"));
  }
  return {};
}

Status read_dictionary_file(const std::string& path, DictionaryKind kind, DictionarySet& out, Diagnostics& diagnostics,
                            DictionaryFormat* read_format, DictionaryKind* read_kind) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found(cat(path, ": cannot open dictionary file"));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return io_error(cat(path, ": read failed"));
  return read_dictionary_text(text, path, kind, out, diagnostics, read_format, read_kind);
}

}  // namespace faultline
