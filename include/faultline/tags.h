// The tag sets Faultline's analysis uses: Penn Treebank part-of-speech tags and CoNLL-2000 chunk types.
//
// The tags are fixed enums, not strings learned from a model, so that later stages (the event coder)
// can test "is this a verb" with a comparison, and a model file that names a tag outside this set is
// rejected at load time. Tag names follow the CoNLL-2000 corpus spelling ("(" and ")" for brackets,
// where the original Treebank writes -LRB- / -RRB-), so `faultline tag` output can be scored against
// that corpus directly; `parse_pos_tag` accepts both spellings and the few extra tags of the English
// Web Treebank (mapped to their nearest Penn tag).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace faultline {

enum class PosTag : uint8_t {
  kNone = 0,  // not tagged yet
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRP_, RB, RBR,
  RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WP_, WRB,
  Hash,         // #
  Dollar,       // $
  Period,       // .  (sentence-final punctuation)
  Comma,        // ,
  Colon,        // :  (colons, semicolons, dashes, ellipses)
  OpenQuote,    // ``
  CloseQuote,   // ''
  LeftParen,    // (
  RightParen,   // )
  kCount
};
inline constexpr int kPosTagCount = static_cast<int>(PosTag::kCount);

std::string_view pos_tag_name(PosTag tag);
// Accepts Penn spellings, CoNLL-2000 spellings and EWT extras (HYPH, NFP, ADD, AFX, GW, XX, -LRB-, ...).
std::optional<PosTag> parse_pos_tag(std::string_view name);

inline bool is_verb(PosTag t) { return t >= PosTag::VB && t <= PosTag::VBZ; }
inline bool is_noun(PosTag t) { return t >= PosTag::NN && t <= PosTag::NNPS; }
inline bool is_proper_noun(PosTag t) { return t == PosTag::NNP || t == PosTag::NNPS; }
inline bool is_adjective(PosTag t) { return t >= PosTag::JJ && t <= PosTag::JJS; }

enum class ChunkType : uint8_t { kNone = 0, NP, VP, PP, ADJP, ADVP, SBAR, PRT, CONJP, INTJ, LST, UCP, kCount };
inline constexpr int kChunkTypeCount = static_cast<int>(ChunkType::kCount);

std::string_view chunk_type_name(ChunkType type);
std::optional<ChunkType> parse_chunk_type(std::string_view name);

// An IOB2 chunk label: O, or B-/I- with a chunk type. Encoded in one byte: 0 = O,
// 1 + 2*(type-1) = B-type, 2 + 2*(type-1) = I-type.
struct ChunkLabel {
  uint8_t code = 0;

  static ChunkLabel outside() { return {0}; }
  static ChunkLabel begin(ChunkType t) { return {static_cast<uint8_t>(1 + 2 * (static_cast<int>(t) - 1))}; }
  static ChunkLabel inside(ChunkType t) { return {static_cast<uint8_t>(2 + 2 * (static_cast<int>(t) - 1))}; }

  bool is_outside() const { return code == 0; }
  bool is_begin() const { return code != 0 && (code % 2) == 1; }
  bool is_inside() const { return code != 0 && (code % 2) == 0; }
  ChunkType type() const {
    return code == 0 ? ChunkType::kNone : static_cast<ChunkType>((code - 1) / 2 + 1);
  }
  friend bool operator==(ChunkLabel a, ChunkLabel b) { return a.code == b.code; }
};
inline constexpr int kChunkLabelCount = 1 + 2 * (kChunkTypeCount - 1);

std::string chunk_label_name(ChunkLabel label);                       // "O", "B-NP", "I-VP"
std::optional<ChunkLabel> parse_chunk_label(std::string_view name);  // inverse of chunk_label_name

}  // namespace faultline
