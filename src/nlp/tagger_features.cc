#include "nlp/tagger_features.h"

// Inlined: three short-word hashes per token cost less than their calls through the shared library
// (the same XXH3 algorithm, so the same hashes and the same trained models).
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>

namespace faultline {
namespace {

// MurmurHash3's 64-bit finalizer: every input bit affects every output bit.
constexpr uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}
constexpr uint64_t kGolden = 0x9e3779b97f4a7c15ULL;

constexpr uint64_t feat(uint64_t tmpl, uint64_t a) { return mix(a ^ (tmpl * kGolden)); }
constexpr uint64_t feat(uint64_t tmpl, uint64_t a, uint64_t b) { return mix(feat(tmpl, a) + b * 0xd6e8feb86659fd93ULL); }
constexpr uint64_t feat(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
  return mix(feat(tmpl, a, b) + c * 0xa0761d6478bd642fULL);
}

// Up to four bytes and their count, packed: distinct affixes get distinct integers.
uint64_t pack(std::string_view s) {
  uint64_t v = s.size();
  for (unsigned char c : s) v = (v << 8) | c;
  return v | (uint64_t{1} << 40);
}

char char_class(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

}  // namespace

void describe_word(std::string_view form, WordFeatures& out) {
  // Words longer than the buffer are rare (URLs, garbage); their lowercase features see only the
  // first kBuffer bytes plus the whole word's hash.
  constexpr size_t kBuffer = 96;
  char lower[kBuffer];
  const size_t n = std::min(form.size(), kBuffer);
  char shape[24];
  size_t shape_len = 0;
  bool has_digit = false;
  for (size_t i = 0; i < n; ++i) {
    auto c = static_cast<unsigned char>(form[i]);
    lower[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    has_digit |= c >= '0' && c <= '9';
    char k = char_class(c);
    if (shape_len < sizeof shape && (shape_len == 0 || shape[shape_len - 1] != k)) shape[shape_len++] = k;
  }
  out.word = XXH3_64bits(form.data(), form.size());
  out.lower = XXH3_64bits(lower, n);
  if (form.size() > n) out.lower = mix(out.lower ^ out.word);
  out.shape = XXH3_64bits_withSeed(shape, shape_len, 0x5ba9e);
  out.norm = has_digit ? mix(out.shape + 1) : out.lower;
  std::string_view lw(lower, n);
  for (size_t k = 1; k <= 3; ++k) out.prefix[k - 1] = pack(lw.substr(0, std::min(k, n)));
  for (size_t k = 1; k <= 4; ++k) out.suffix[k - 1] = pack(lw.substr(n - std::min(k, n)));
}

WordFeatures boundary_word(int offset) {
  WordFeatures w;
  const uint64_t v = mix(0xb0b0b0b0ULL + static_cast<uint64_t>(offset + 8));
  w.word = w.lower = w.norm = w.shape = v;
  for (auto& p : w.prefix) p = v;
  for (auto& s : w.suffix) s = v;
  return w;
}

void describe_sentence(const Document& doc, uint32_t first, uint32_t count, std::vector<WordFeatures>& window) {
  window.resize(count + 4);
  window[0] = boundary_word(-2);
  window[1] = boundary_word(-1);
  for (uint32_t i = 0; i < count; ++i) describe_word(doc.form(doc.tokens[first + i]), window[i + 2]);
  window[count + 2] = boundary_word(1);
  window[count + 3] = boundary_word(2);
}

int pos_features(const WordFeatures* w, int prev1, int prev2, uint64_t* out) {
  const WordFeatures& x = w[0];
  uint64_t* o = out;
  auto p1 = static_cast<uint64_t>(prev1), p2 = static_cast<uint64_t>(prev2);
  *o++ = feat(1, 0);
  *o++ = feat(2, x.word);
  *o++ = feat(3, x.lower);
  for (int k = 0; k < 4; ++k) *o++ = feat(4 + k, x.suffix[k]);
  for (int k = 0; k < 3; ++k) *o++ = feat(8 + k, x.prefix[k]);
  *o++ = feat(11, x.shape);
  *o++ = feat(12, w[-1].norm);
  *o++ = feat(13, w[-2].norm);
  *o++ = feat(14, w[1].norm);
  *o++ = feat(15, w[2].norm);
  *o++ = feat(16, w[-1].suffix[2]);
  *o++ = feat(17, w[1].suffix[2]);
  *o++ = feat(18, w[-1].shape);
  *o++ = feat(19, w[1].shape);
  *o++ = feat(20, p1);
  *o++ = feat(21, p1, p2);
  *o++ = feat(22, p1, x.lower);
  *o++ = feat(23, w[-1].norm, x.lower);
  *o++ = feat(24, x.lower, w[1].norm);
  *o++ = feat(25, p1, x.shape);
  *o++ = feat(26, p1, x.suffix[2]);
  return static_cast<int>(o - out);
}

void pos_history_features(int prev1, int prev2, uint64_t* out) {
  auto p1 = static_cast<uint64_t>(prev1), p2 = static_cast<uint64_t>(prev2);
  out[0] = feat(1, 0);
  out[1] = feat(20, p1);
  out[2] = feat(21, p1, p2);
}

int pos_word_features(const WordFeatures* w, int prev1, uint64_t* out) {
  const WordFeatures& x = w[0];
  uint64_t* o = out;
  auto p1 = static_cast<uint64_t>(prev1);
  *o++ = feat(2, x.word);
  *o++ = feat(3, x.lower);
  for (int k = 0; k < 4; ++k) *o++ = feat(4 + k, x.suffix[k]);
  for (int k = 0; k < 3; ++k) *o++ = feat(8 + k, x.prefix[k]);
  *o++ = feat(11, x.shape);
  *o++ = feat(12, w[-1].norm);
  *o++ = feat(13, w[-2].norm);
  *o++ = feat(14, w[1].norm);
  *o++ = feat(15, w[2].norm);
  *o++ = feat(16, w[-1].suffix[2]);
  *o++ = feat(17, w[1].suffix[2]);
  *o++ = feat(18, w[-1].shape);
  *o++ = feat(19, w[1].shape);
  *o++ = feat(22, p1, x.lower);
  *o++ = feat(23, w[-1].norm, x.lower);
  *o++ = feat(24, x.lower, w[1].norm);
  *o++ = feat(25, p1, x.shape);
  *o++ = feat(26, p1, x.suffix[2]);
  return static_cast<int>(o - out);
}

int chunk_features(const WordFeatures* w, const int* tags, uint64_t* out) {
  uint64_t* o = out;
  auto t = [&](int i) { return static_cast<uint64_t>(tags[i]); };
  *o++ = feat(101, 0);
  *o++ = feat(102, w[0].norm);
  *o++ = feat(103, w[-1].norm);
  *o++ = feat(104, w[1].norm);
  *o++ = feat(105, w[-2].norm);
  *o++ = feat(106, w[2].norm);
  *o++ = feat(107, t(0));
  *o++ = feat(108, t(-1));
  *o++ = feat(109, t(1));
  *o++ = feat(110, t(-2));
  *o++ = feat(111, t(2));
  *o++ = feat(112, t(-1), t(0));
  *o++ = feat(113, t(0), t(1));
  *o++ = feat(114, t(-2), t(-1));
  *o++ = feat(115, t(1), t(2));
  *o++ = feat(116, t(-1), t(1));
  *o++ = feat(117, t(-2), t(-1), t(0));
  *o++ = feat(118, t(-1), t(0), t(1));
  *o++ = feat(119, t(0), t(1), t(2));
  *o++ = feat(120, w[0].norm, t(0));
  *o++ = feat(121, w[-1].norm, w[0].norm);
  *o++ = feat(122, w[0].norm, w[1].norm);
  *o++ = feat(129, w[-1].norm, t(0));
  *o++ = feat(130, w[1].norm, t(0));
  *o++ = feat(131, w[0].suffix[2], t(0));
  *o++ = feat(132, w[-1].norm, t(-1));
  *o++ = feat(133, w[1].norm, t(1));
  *o++ = feat(134, w[0].shape, t(0));
  return static_cast<int>(o - out);
}

uint64_t chunk_tag_feature(const ChunkTagTemplate& t, const int* tags) {
  auto tag = [&](int k) { return static_cast<uint64_t>(tags[t.offsets[k]]); };
  const auto id = static_cast<uint64_t>(t.id);
  switch (t.arity) {
    case 0: return feat(id, 0);
    case 1: return feat(id, tag(0));
    case 2: return feat(id, tag(0), tag(1));
    default: return feat(id, tag(0), tag(1), tag(2));
  }
}

int chunk_word_features(const WordFeatures* w, const int* tags, uint64_t* out) {
  uint64_t* o = out;
  auto t = [&](int i) { return static_cast<uint64_t>(tags[i]); };
  *o++ = feat(102, w[0].norm);
  *o++ = feat(103, w[-1].norm);
  *o++ = feat(104, w[1].norm);
  *o++ = feat(105, w[-2].norm);
  *o++ = feat(106, w[2].norm);
  *o++ = feat(120, w[0].norm, t(0));
  *o++ = feat(121, w[-1].norm, w[0].norm);
  *o++ = feat(122, w[0].norm, w[1].norm);
  *o++ = feat(129, w[-1].norm, t(0));
  *o++ = feat(130, w[1].norm, t(0));
  *o++ = feat(131, w[0].suffix[2], t(0));
  *o++ = feat(132, w[-1].norm, t(-1));
  *o++ = feat(133, w[1].norm, t(1));
  *o++ = feat(134, w[0].shape, t(0));
  return static_cast<int>(o - out);
}

uint64_t chunk_transition_feature(int prev) { return feat(140, static_cast<uint64_t>(prev)); }
uint64_t chunk_transition_tag_feature(int prev, int tag) {
  return feat(141, static_cast<uint64_t>(prev), static_cast<uint64_t>(tag));
}

}  // namespace faultline
