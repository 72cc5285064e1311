// UniqueIds: keeps document ids unique within a stream.
//
// Only a 64-bit hash of each id is remembered (16 to 32 bytes of table per document),
// so a stream of millions of documents stays small. A hash collision between two different ids
// would rename the second one needlessly, with odds of about n^2 / 2^65: one in a million at
// six million documents.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace faultline {

class UniqueIds {
 public:
  // Returns id itself if it was not seen before, else the first of "id~2", "id~3", ... that was
  // not; either way the returned id is recorded.
  std::string claim(std::string_view id);

 private:
  bool insert(uint64_t hash);  // false if already present
  void grow();

  std::vector<uint64_t> slots_;  // 0 = empty; hashes of 0 are stored as 1
  size_t size_ = 0;
};

}  // namespace faultline
