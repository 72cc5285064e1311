#include "faultline/tags.h"

#include <gtest/gtest.h>

namespace faultline {
namespace {

TEST(Tags, EveryPosTagNameRoundTrips) {
  for (int i = 1; i < kPosTagCount; ++i) {
    auto tag = static_cast<PosTag>(i);
    auto parsed = parse_pos_tag(pos_tag_name(tag));
    ASSERT_TRUE(parsed.has_value()) << pos_tag_name(tag);
    EXPECT_EQ(*parsed, tag);
  }
  EXPECT_EQ(kPosTagCount - 1, 45) << "the Penn Treebank tag set has 45 tags";
}

TEST(Tags, TreebankAndWebTreebankSpellingsMapToPennTags) {
  EXPECT_EQ(parse_pos_tag("-LRB-"), PosTag::LeftParen);
  EXPECT_EQ(parse_pos_tag("-RRB-"), PosTag::RightParen);
  EXPECT_EQ(parse_pos_tag("HYPH"), PosTag::Colon);
  EXPECT_EQ(parse_pos_tag("PRP$"), PosTag::PRP_);
  EXPECT_FALSE(parse_pos_tag("NOUN").has_value());
  EXPECT_TRUE(is_verb(PosTag::VBD));
  EXPECT_FALSE(is_verb(PosTag::MD));
}

TEST(Tags, ChunkLabelsEncodeIob2) {
  auto b = ChunkLabel::begin(ChunkType::NP);
  auto i = ChunkLabel::inside(ChunkType::NP);
  EXPECT_TRUE(b.is_begin());
  EXPECT_TRUE(i.is_inside());
  EXPECT_EQ(b.type(), ChunkType::NP);
  EXPECT_EQ(chunk_label_name(b), "B-NP");
  EXPECT_EQ(chunk_label_name(ChunkLabel::inside(ChunkType::UCP)), "I-UCP");
  EXPECT_EQ(parse_chunk_label("I-PP"), ChunkLabel::inside(ChunkType::PP));
  EXPECT_EQ(parse_chunk_label("O"), ChunkLabel::outside());
  EXPECT_FALSE(parse_chunk_label("B-XX").has_value());
  for (int c = 0; c < kChunkLabelCount; ++c) {
    ChunkLabel l{static_cast<uint8_t>(c)};
    EXPECT_EQ(parse_chunk_label(chunk_label_name(l)), l);
  }
}

}  // namespace
}  // namespace faultline
