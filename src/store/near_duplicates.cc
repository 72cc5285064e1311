#include "store/near_duplicates.h"

// Inlined: a signature hashes every word and every shingle of a document (two short hashes per
// word), and the library's out-of-line calls cost more than the hashing itself. Same XXH3, same
// values as the library's.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <limits>
#include <string>

#include "core/vector_clones.h"

namespace faultline {
namespace {

uint64_t mix(uint64_t x) {  // splitmix64's finaliser: a cheap, well-spread permutation of 64 bits
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

constexpr std::array<uint64_t, kMinHashSize> make_seeds() {
  std::array<uint64_t, kMinHashSize> seeds{};
  uint64_t s = 0x9e3779b97f4a7c15ULL;
  for (auto& seed : seeds) {
    s += 0x9e3779b97f4a7c15ULL;
    seed = s;
  }
  return seeds;
}
constexpr auto kSeeds = make_seeds();

// The signature's cost is its inner loop, kMinHashSize hashes per shingle. That loop is compiled
// for the widest vector unit the CPU has as well (chosen once at load time; 64-bit lanes, so
// AVX-512 does 8 at a time, AVX2 4), with the same integer arithmetic and so the same signatures
// on every path: stored signatures stay comparable whichever machine wrote them.

FAULTLINE_VECTOR_CLONES
void fold_shingles(const uint64_t* shingles, size_t n, uint64_t* signature) {
  alignas(64) uint64_t sig[kMinHashSize];
  for (size_t j = 0; j < kMinHashSize; ++j) sig[j] = std::numeric_limits<uint64_t>::max();
  for (size_t i = 0; i < n; ++i) {
    const uint64_t h = shingles[i];
    for (size_t j = 0; j < kMinHashSize; ++j) {
      const uint64_t m = mix(h ^ kSeeds[j]);
      sig[j] = m < sig[j] ? m : sig[j];
    }
  }
  for (size_t j = 0; j < kMinHashSize; ++j) signature[j] = sig[j];
}

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace

MinHash minhash_signature(std::string_view text, int shingle) {
  std::vector<uint64_t> words;
  std::string word;
  for (size_t i = 0; i < text.size();) {
    if (!is_word_byte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end]))) ++end;
    word.resize(end - i);  // lower-cased in place: no capacity test per byte
    for (size_t k = 0; i < end; ++i, ++k) {
      const char c = text[i];
      word[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    words.push_back(XXH3_64bits(word.data(), word.size()));
  }
  const size_t k = static_cast<size_t>(std::max(1, shingle));
  if (words.size() < std::max(kMinWords, k)) return {};
  // Shingle i overwrites word i, which no later shingle reads.
  const size_t shingles = words.size() - k + 1;
  for (size_t i = 0; i < shingles; ++i) words[i] = XXH3_64bits(words.data() + i, k * sizeof(uint64_t));
  MinHash sig(kMinHashSize);
  fold_shingles(words.data(), shingles, sig.data());
  return sig;
}

double similarity(const MinHash& a, const MinHash& b) {
  if (a.size() != kMinHashSize || b.size() != kMinHashSize) return 0;
  size_t equal = 0;
  for (size_t i = 0; i < kMinHashSize; ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / kMinHashSize;
}

std::array<int64_t, kLshBands> lsh_bands(const MinHash& signature) {
  std::array<int64_t, kLshBands> bands{};
  for (size_t b = 0; b < kLshBands; ++b) {
    bands[b] = static_cast<int64_t>(XXH3_64bits(signature.data() + b * kLshRows, kLshRows * sizeof(uint64_t)));
  }
  return bands;
}

int64_t exact_text_hash(std::string_view text) { return static_cast<int64_t>(XXH3_64bits(text.data(), text.size())); }

}  // namespace faultline
