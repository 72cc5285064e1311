#include "nlp/iob.h"

namespace faultline {

void append_chunks(std::span<const ChunkLabel> labels, uint32_t first_token, std::vector<Chunk>& out) {
  const size_t n = labels.size();
  size_t i = 0;
  while (i < n) {
    const ChunkLabel l = labels[i];
    if (l.is_outside()) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < n && labels[end].is_inside() && labels[end].type() == l.type()) ++end;
    out.push_back(Chunk{first_token + static_cast<uint32_t>(i), static_cast<uint32_t>(end - i), l.type()});
    i = end;
  }
}

}  // namespace faultline
