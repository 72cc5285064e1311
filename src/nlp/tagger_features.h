// Feature extraction for the part-of-speech tagger and the chunker.
//
// A feature is a 64-bit hash of (template, values). Each token's spellings (word, lower case,
// affixes, shape) are hashed once per sentence into a WordFeatures record; a feature hash then costs
// one integer mix, with no string building. Short affixes need no hashing at all: up to four bytes
// are packed into an integer.
//
// The feature versions below are stored in model files: changing what a template computes without
// bumping the version would silently break every trained model, so the loader rejects a mismatch.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "faultline/document.h"

namespace faultline {

inline constexpr uint32_t kPosFeatureVersion = 1;
inline constexpr uint32_t kChunkFeatureVersion = 2;

// Upper bound on the features of one token (both extractors stay below it).
inline constexpr int kMaxTokenFeatures = 40;

struct WordFeatures {
  uint64_t word = 0;   // the form as written
  uint64_t lower = 0;  // ASCII-lowercased form
  uint64_t norm = 0;   // lower, except that words with digits are represented by their shape
  uint64_t shape = 0;  // character classes, runs collapsed: "Xx", "d.d", "X.X."
  uint64_t prefix[3] = {};  // first 1..3 bytes of the lowercased form
  uint64_t suffix[4] = {};  // last 1..4 bytes of the lowercased form
};

void describe_word(std::string_view form, WordFeatures& out);

// Stand-ins for the positions before (offset -1, -2) and after (+1, +2) the sentence.
WordFeatures boundary_word(int offset);

// The window of a sentence, tokens [first, first + count) of `doc`: their descriptions with two
// boundary words on either side (window[2] is the first token's). The tagger and the chunker read
// the same window, so a caller running both builds it once.
void describe_sentence(const Document& doc, uint32_t first, uint32_t count, std::vector<WordFeatures>& window);

// Class ids used for positions outside the sentence and for "no prediction yet".
inline constexpr int kStartClass = 250;
inline constexpr int kEndClass = 251;

// Part-of-speech features of the token at `w` (w[-2] .. w[2] must be readable; pad with
// boundary_word). prev1/prev2 are the classes predicted for the previous two tokens. Returns the
// number of features written to `out` (at most kMaxTokenFeatures).
int pos_features(const WordFeatures* w, int prev1, int prev2, uint64_t* out);

// pos_features() split in two: the three that read nothing but the previous two classes (the bias,
// prev1, and prev1 with prev2), which the tagger adds from a table summed at load
// (pos_history_table.h), and the others. Together they are exactly pos_features(), in another order.
inline constexpr int kPosHistoryFeatureCount = 3;
void pos_history_features(int prev1, int prev2, uint64_t* out);
int pos_word_features(const WordFeatures* w, int prev1, uint64_t* out);

// Chunk features of the token at `w` that do not depend on chunk labels; tags[-2] .. tags[2] are
// its POS tag window (PosTag values as ints, padded with kStartClass / kEndClass).
int chunk_features(const WordFeatures* w, const int* tags, uint64_t* out);

// The chunk features that read nothing but POS tags: the bias, each tag from t-2 to t+2 alone, five
// pairs and three triples (14 of chunk_features()' 28). Each depends on at most three tags, so the
// chunker adds their weights from tables summed over every tag combination at load
// (chunk_tag_tables.h) instead of hashing and looking up each one for every token.
struct ChunkTagTemplate {
  int id;          // the template number the feature hashes
  int arity;       // how many tags it reads (0 for the bias)
  int offsets[3];  // their positions relative to the token, in hashing order
};
inline constexpr int kChunkTagTemplateCount = 14;
inline constexpr ChunkTagTemplate kChunkTagTemplates[kChunkTagTemplateCount] = {
    {101, 0, {}},         {107, 1, {0}},        {108, 1, {-1}},        {109, 1, {1}},
    {110, 1, {-2}},       {111, 1, {2}},        {112, 2, {-1, 0}},     {113, 2, {0, 1}},
    {114, 2, {-2, -1}},   {115, 2, {1, 2}},     {116, 2, {-1, 1}},     {117, 3, {-2, -1, 0}},
    {118, 3, {-1, 0, 1}}, {119, 3, {0, 1, 2}},
};
// The feature of template `t` for the token whose tag window is tags[-2] .. tags[2].
uint64_t chunk_tag_feature(const ChunkTagTemplate& t, const int* tags);
// The other 14 features of chunk_features(): those that read a word (alone or with tags). Together
// with the tag templates they are exactly chunk_features(), in another order.
int chunk_word_features(const WordFeatures* w, const int* tags, uint64_t* out);

// Label-transition features of the chunker (weights over the next label): the previous label
// alone, and the previous label with the current token's POS tag. `prev` is a ChunkLabel code or
// kStartClass.
uint64_t chunk_transition_feature(int prev);
uint64_t chunk_transition_tag_feature(int prev, int tag);

}  // namespace faultline
