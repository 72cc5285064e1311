#include "faultline/tags.h"

#include <array>
#include <string>

namespace faultline {
namespace {

constexpr std::array<std::string_view, kPosTagCount> kPosNames = {
    "",    "CC",  "CD",  "DT",   "EX",  "FW",  "IN",  "JJ",  "JJR", "JJS", "LS",   "MD",  "NN",
    "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",   "SYM", "TO",
    "UH",  "VB",  "VBD", "VBG",  "VBN", "VBP", "VBZ", "WDT", "WP",  "WP$", "WRB",  "#",   "$",
    ".",   ",",   ":",   "``",   "''",  "(",   ")"};

constexpr std::array<std::string_view, kChunkTypeCount> kChunkNames = {
    "", "NP", "VP", "PP", "ADJP", "ADVP", "SBAR", "PRT", "CONJP", "INTJ", "LST", "UCP"};

}  // namespace

std::string_view pos_tag_name(PosTag tag) {
  auto i = static_cast<size_t>(tag);
  return i < kPosNames.size() ? kPosNames[i] : std::string_view();
}

std::optional<PosTag> parse_pos_tag(std::string_view name) {
  for (size_t i = 1; i < kPosNames.size(); ++i) {
    if (kPosNames[i] == name) return static_cast<PosTag>(i);
  }
  // Treebank bracket spellings and the English Web Treebank's extra tags, mapped to the Penn tag
  // that plays the same role in WSJ text.
  if (name == "-LRB-" || name == "-LCB-") return PosTag::LeftParen;
  if (name == "-RRB-" || name == "-RCB-") return PosTag::RightParen;
  if (name == "HYPH" || name == "NFP") return PosTag::Colon;
  if (name == "ADD") return PosTag::NN;
  if (name == "AFX") return PosTag::JJ;
  if (name == "GW" || name == "XX") return PosTag::FW;
  return std::nullopt;
}

std::string_view chunk_type_name(ChunkType type) {
  auto i = static_cast<size_t>(type);
  return i < kChunkNames.size() ? kChunkNames[i] : std::string_view();
}

std::optional<ChunkType> parse_chunk_type(std::string_view name) {
  for (size_t i = 1; i < kChunkNames.size(); ++i) {
    if (kChunkNames[i] == name) return static_cast<ChunkType>(i);
  }
  return std::nullopt;
}

std::string chunk_label_name(ChunkLabel label) {
  if (label.is_outside()) return "O";
  std::string out = label.is_begin() ? "B-" : "I-";
  out += chunk_type_name(label.type());
  return out;
}

std::optional<ChunkLabel> parse_chunk_label(std::string_view name) {
  if (name == "O") return ChunkLabel::outside();
  if (name.size() < 3 || name[1] != '-' || (name[0] != 'B' && name[0] != 'I')) return std::nullopt;
  auto type = parse_chunk_type(name.substr(2));
  if (!type) return std::nullopt;
  return name[0] == 'B' ? ChunkLabel::begin(*type) : ChunkLabel::inside(*type);
}

}  // namespace faultline
