// Sentence-label TSV: "sentence<TAB>PentaClass" per line.
#include <string>

#include "eval/gold.h"

namespace faultline {

Result<GoldSet> parse_penta_tsv_gold(std::string_view content, const std::filesystem::path& path) {
  GoldSet gold;
  gold.path = path;
  gold.format = GoldFormat::kPentaTsv;
  size_t line_number = 0;
  size_t from = 0;
  while (from < content.size()) {
    size_t newline = content.find('\n', from);
    std::string_view line = content.substr(from, newline == std::string_view::npos ? content.npos : newline - from);
    from = newline == std::string_view::npos ? content.size() : newline + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    std::string where = path.string() + ":" + std::to_string(line_number) + ": ";
    size_t tab = line.rfind('\t');
    if (tab == std::string_view::npos) return corrupt(where + "expected \"sentence<TAB>class\"");
    std::string_view label = line.substr(tab + 1);
    if (label.size() != 1 || label[0] < '0' || label[0] > '4') {
      return corrupt(where + "the PentaClass must be a digit 0-4, not \"" + std::string(label) + "\"");
    }
    std::string_view text = line.substr(0, tab);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (text.empty()) return corrupt(where + "empty sentence");
    GoldRecord record;
    record.id = path.filename().string() + ":" + std::to_string(line_number);
    record.line = line_number;
    record.text.assign(text);
    record.penta = label[0] - '0';
    gold.records.push_back(std::move(record));
  }
  if (gold.records.empty()) return corrupt(path.string() + ": no records");
  return gold;
}

}  // namespace faultline
