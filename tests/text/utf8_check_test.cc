#include "text/utf8_check.h"

#include <gtest/gtest.h>

#include <string>

namespace faultline {
namespace {

using namespace std::string_literals;

TEST(Utf8Check, ValidTextHasNoProblem) {
  EXPECT_FALSE(find_text_problem("Talks in Genève ended — at last. 北京"));
  EXPECT_FALSE(find_text_problem(""));
}

TEST(Utf8Check, FindsTheFirstBadByte) {
  std::string text = "first line\nsecond \xC3(bad\n";
  TextProblem p = find_text_problem(text);
  ASSERT_EQ(p.kind, TextProblem::Kind::kInvalidUtf8);
  EXPECT_EQ(p.offset, 18u);
  EXPECT_EQ(p.byte, 0xC3);
  EXPECT_STREQ(p.reason(), "invalid UTF-8");
  EXPECT_EQ(describe_text_problem(p, text), "first bad byte 0xC3 at line 2, column 8 (byte offset 18)");
  EXPECT_EQ(describe_text_problem(p, text, 10, 1000),
            "first bad byte 0xC3 at line 11, column 8 (byte offset 1018)");
}

TEST(Utf8Check, RejectsOverlongSurrogateAndOutOfRangeSequences) {
  EXPECT_EQ(find_text_problem("a\xC0\xAF").kind, TextProblem::Kind::kInvalidUtf8);          // overlong '/'
  EXPECT_EQ(find_text_problem("a\xED\xA0\x80").kind, TextProblem::Kind::kInvalidUtf8);      // surrogate
  EXPECT_EQ(find_text_problem("a\xF4\x90\x80\x80").kind, TextProblem::Kind::kInvalidUtf8);  // > U+10FFFF
  EXPECT_EQ(find_text_problem("ab\xE2\x82").offset, 2u);                                     // cut short
}

TEST(Utf8Check, NulBytesAreAProblemOfTheirOwn) {
  std::string text = "abc\0def"s;
  TextProblem p = find_text_problem(text);
  ASSERT_EQ(p.kind, TextProblem::Kind::kNulByte);
  EXPECT_EQ(p.offset, 3u);
  EXPECT_STREQ(p.reason(), "NUL byte");
  // The earlier problem is the one reported.
  EXPECT_EQ(find_text_problem("a\xFF\0"s).kind, TextProblem::Kind::kInvalidUtf8);
  EXPECT_EQ(find_text_problem("a\0\xFF"s).kind, TextProblem::Kind::kNulByte);
}

TEST(Utf8Check, FindsCharacterReferencesToNul) {
  EXPECT_EQ(find_nul_character_reference("a &#0; b"), 2u);
  EXPECT_EQ(find_nul_character_reference("&#10;&#x000;"), 5u);
  EXPECT_EQ(find_nul_character_reference("&#X0;"), 0u);
  EXPECT_EQ(find_nul_character_reference("&#10; &#x20; &#; &#x; &amp;#0"), std::string_view::npos);
}

TEST(Utf8Check, LocatesLinesAndColumns) {
  LineColumn lc = locate("ab\ncd\nef", 7);
  EXPECT_EQ(lc.line, 3u);
  EXPECT_EQ(lc.column, 2u);
  EXPECT_EQ(count_newlines("a\nb\n\n"), 3u);
  EXPECT_EQ(utf8_bom_length("\xEF\xBB\xBFtext"), 3u);
  EXPECT_EQ(utf8_bom_length("text"), 0u);
}

}  // namespace
}  // namespace faultline
