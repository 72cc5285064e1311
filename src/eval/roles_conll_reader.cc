// CoNLL role spans: "token label" per line (label O, B-/I- with S, T or R), blank line between
// sentences. The record text is the tokens joined by single spaces, so a coder run on it produces
// byte spans that map back to the tokens.
#include <string>

#include "eval/gold.h"

namespace faultline {
namespace {

bool parse_role(std::string_view label, TokenRole& role) {
  if (label == "O") {
    role = TokenRole::kNone;
    return true;
  }
  if (label.size() != 3 || (label[0] != 'B' && label[0] != 'I') || label[1] != '-') return false;
  switch (label[2]) {
    case 'S': role = TokenRole::kSource; return true;
    case 'T': role = TokenRole::kTarget; return true;
    case 'R': role = TokenRole::kBoth; return true;
    default: return false;
  }
}

}  // namespace

Result<GoldSet> parse_roles_conll_gold(std::string_view content, const std::filesystem::path& path) {
  GoldSet gold;
  gold.path = path;
  gold.format = GoldFormat::kRolesConll;
  GoldRecord record;
  auto finish_sentence = [&] {
    if (record.tokens.empty()) return;
    record.id = path.filename().string() + ":" + std::to_string(record.line);
    gold.records.push_back(std::move(record));
    record = GoldRecord();
  };
  size_t line_number = 0;
  size_t from = 0;
  while (from < content.size()) {
    size_t newline = content.find('\n', from);
    std::string_view line = content.substr(from, newline == std::string_view::npos ? content.npos : newline - from);
    from = newline == std::string_view::npos ? content.size() : newline + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      finish_sentence();
      continue;
    }
    std::string where = path.string() + ":" + std::to_string(line_number) + ": ";
    size_t gap = line.find_last_of(" \t");
    std::string_view token = line.substr(0, gap == std::string_view::npos ? 0 : gap);
    while (!token.empty() && (token.back() == ' ' || token.back() == '\t')) token.remove_suffix(1);
    if (gap == std::string_view::npos || token.empty()) return corrupt(where + "expected \"token label\"");
    std::string_view label = line.substr(gap + 1);
    TokenRole role;
    if (!parse_role(label, role)) {
      return corrupt(where + "unknown role label \"" + std::string(label) + "\" (O, B-S, I-S, B-T, I-T, B-R, I-R)");
    }
    if (record.tokens.empty()) {
      record.line = line_number;
    } else {
      record.text.push_back(' ');
    }
    auto begin = static_cast<uint32_t>(record.text.size());
    record.text.append(token);
    record.tokens.push_back(GoldToken{ByteSpan{begin, static_cast<uint32_t>(record.text.size())}, role});
  }
  finish_sentence();
  if (gold.records.empty()) return corrupt(path.string() + ": no sentences");
  return gold;
}

}  // namespace faultline
