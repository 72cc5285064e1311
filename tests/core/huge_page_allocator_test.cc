// The allocator of large random-access tables: large blocks start on a 2 MB boundary, small ones
// are ordinary, and a vector over it keeps its contents as it grows and shrinks.
#include "core/huge_page_allocator.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace faultline {
namespace {

struct alignas(32) Wide {
  uint64_t a = 0;
  uint64_t b = 0;
};

TEST(HugePageAllocator, LargeBlocksStartOnA2MBBoundary) {
  std::vector<Wide, HugePageAllocator<Wide>> table(size_t{3} << 18);  // 6 MB of 32-byte slots
  EXPECT_EQ(reinterpret_cast<uintptr_t>(table.data()) % HugePageAllocator<Wide>::kHugePage, 0u);
  for (size_t i = 0; i < table.size(); ++i) table[i] = {i, ~i};
  for (size_t i = 0; i < table.size(); i += 4099) {
    ASSERT_EQ(table[i].a, i);
    ASSERT_EQ(table[i].b, ~i);
  }
}

TEST(HugePageAllocator, SmallBlocksAreAlignedForTheirType) {
  std::vector<Wide, HugePageAllocator<Wide>> small(3);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(small.data()) % alignof(Wide), 0u);
}

TEST(HugePageAllocator, GrowingAcrossTheThresholdKeepsContents) {
  std::vector<uint32_t, HugePageAllocator<uint32_t>> v;
  for (uint32_t i = 0; i < (1u << 20); ++i) v.push_back(i * 7u);  // 4 bytes each: from 4 B to 4 MB
  for (uint32_t i = 0; i < v.size(); ++i) ASSERT_EQ(v[i], i * 7u);
  v.resize(10);
  v.shrink_to_fit();
  ASSERT_EQ(v.size(), 10u);
  EXPECT_EQ(v[9], 63u);
}

}  // namespace
}  // namespace faultline
