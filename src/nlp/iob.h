// Chunks from IOB2 label sequences, by the rules of the CoNLL-2000 scorer (conlleval): a chunk
// starts at B-X, or at I-X that follows O or a label of another type; it goes on over I-X labels of
// its type. Ill-formed sequences (a stray I-X) thus still give well-defined chunks.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "faultline/document.h"
#include "faultline/tags.h"

namespace faultline {

// Appends the chunks of `labels` to `out`; token indexes are offset by `first_token`.
void append_chunks(std::span<const ChunkLabel> labels, uint32_t first_token, std::vector<Chunk>& out);

// Whether `next` may follow `prev` in well-formed IOB2 (I-X only continues a chunk of type X).
inline bool iob2_allows(ChunkLabel prev, ChunkLabel next) {
  return !next.is_inside() || (!prev.is_outside() && prev.type() == next.type());
}

}  // namespace faultline
