#include <algorithm>
#include <fstream>
#include <sstream>

#include "eval/gold.h"
#include "text/utf8_check.h"

namespace faultline {
namespace {

constexpr std::pair<GoldFormat, const char*> kNames[] = {
    {GoldFormat::kPetrarchXml, "petrarch-xml"},
    {GoldFormat::kJsonl, "jsonl"},
    {GoldFormat::kPentaTsv, "penta-tsv"},
    {GoldFormat::kRolesConll, "roles-conll"},
};

Result<std::string> read_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return not_found(path.string() + ": no such gold file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return io_error(path.string() + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return io_error(path.string() + ": read error");
  return buffer.str();
}

}  // namespace

const char* gold_format_name(GoldFormat format) {
  for (const auto& [f, name] : kNames) {
    if (f == format) return name;
  }
  return "?";
}

Result<GoldFormat> parse_gold_format(std::string_view name) {
  for (const auto& [f, n] : kNames) {
    if (name == n) return f;
  }
  return invalid_argument("unknown gold format '" + std::string(name) +
                          "' (petrarch-xml, jsonl, penta-tsv, roles-conll)");
}

Result<GoldFormat> detect_gold_format(const std::filesystem::path& path, std::string_view content) {
  std::string ext = path.extension().string();
  if (ext == ".xml") return GoldFormat::kPetrarchXml;
  if (ext == ".jsonl" || ext == ".json") return GoldFormat::kJsonl;
  if (ext == ".tsv") return GoldFormat::kPentaTsv;
  if (ext == ".conll") return GoldFormat::kRolesConll;
  size_t first = content.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos) {
    if (content[first] == '<') return GoldFormat::kPetrarchXml;
    if (content[first] == '{') return GoldFormat::kJsonl;
    std::string_view line = content.substr(first, content.find('\n', first) - first);
    if (line.find('\t') != std::string_view::npos) return GoldFormat::kPentaTsv;
    if (line.find(' ') != std::string_view::npos) return GoldFormat::kRolesConll;
  }
  return unsupported(path.string() + ": cannot tell the gold format; name it with --gold-format");
}

namespace {

Result<GoldSet> parse_gold(std::string_view text, const std::filesystem::path& path, GoldFormat format) {
  text.remove_prefix(utf8_bom_length(text));
  if (TextProblem p = find_text_problem(text)) {
    LineColumn lc = locate(text, p.offset);
    return corrupt(path.string() + ":" + std::to_string(lc.line) + ": " + p.reason() + ": " +
                   describe_text_problem(p, text));
  }
  switch (format) {
    case GoldFormat::kPetrarchXml: return parse_petrarch_gold(text, path);
    case GoldFormat::kJsonl: return parse_jsonl_gold(text, path);
    case GoldFormat::kPentaTsv: return parse_penta_tsv_gold(text, path);
    case GoldFormat::kRolesConll: return parse_roles_conll_gold(text, path);
  }
  return unsupported("unknown gold format");
}

}  // namespace

Result<GoldSet> read_gold(const std::filesystem::path& path, GoldFormat format) {
  auto content = read_file(path);
  if (!content.ok()) return content.status();
  return parse_gold(*content, path, format);
}

Result<GoldSet> read_gold(const std::filesystem::path& path) {
  auto content = read_file(path);
  if (!content.ok()) return content.status();
  auto format = detect_gold_format(path, *content);
  if (!format.ok()) return format.status();
  return parse_gold(*content, path, *format);
}

Document gold_document(const GoldSet& gold, const GoldRecord& record) {
  Document doc;
  doc.id = record.id;
  doc.date = record.date;
  doc.text = record.text;
  // A PETRARCH record is one sentence whose <Text> is wrapped at an arbitrary width: a line break
  // there is a space, not the end of a headline (byte offsets stay those of the record's text).
  if (gold.format == GoldFormat::kPetrarchXml) std::replace(doc.text.begin(), doc.text.end(), '\n', ' ');
  doc.origin = gold.path.string() + ":" + std::to_string(record.line);
  return doc;
}

}  // namespace faultline
