// Near-duplicate articles: MinHash signatures of word shingles and their LSH bands.
//
// Contract (the rule in docs/store.md, "Near-duplicate articles")
// - A document's text becomes lower-case words (runs of ASCII letters and digits; every non-ASCII
//   byte counts as a letter), shingles are runs of `shingle` words, and the signature keeps, for
//   each of kMinHashSize seeded 64-bit hashes, the minimum over the shingles.
// - Texts with fewer than kMinWords words get an empty signature; they are compared by exact text
//   (exact_text_hash) instead.
// - similarity() is the fraction of equal positions: an unbiased estimate of Jaccard similarity.
// - Pure functions; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace faultline {

inline constexpr size_t kMinHashSize = 64;
inline constexpr size_t kLshBands = 16;
inline constexpr size_t kLshRows = kMinHashSize / kLshBands;
inline constexpr size_t kMinWords = 8;

struct DuplicateOptions {
  double threshold = 0.7;  // estimated Jaccard similarity at or above which two texts are one story
  int shingle = 5;         // words per shingle
};

using MinHash = std::vector<uint64_t>;  // kMinHashSize values, or empty for a short text

MinHash minhash_signature(std::string_view text, int shingle);
double similarity(const MinHash& a, const MinHash& b);

// The kLshBands band keys of a signature (a band: kLshRows consecutive values, hashed).
std::array<int64_t, kLshBands> lsh_bands(const MinHash& signature);

// Key of the exact text, for short texts.
int64_t exact_text_hash(std::string_view text);

}  // namespace faultline
