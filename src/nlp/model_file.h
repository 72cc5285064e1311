// The binary file of a trained perceptron model (data/models/*.model).
//
// Layout (little-endian):
//   "FLTMODEL"                      8-byte magic
//   u32 format version              kModelFormatVersion
//   string kind                     "pos" or "chunk" (u32 length + bytes)
//   u32 feature version             version of the feature extraction the weights belong to
//   u32 class count, strings        the label set, by name, in class order
//   u64 slot count, u64 row weight count
//   slots   (16 bytes each)         WeightTable::Slot: u32 check, u8 classes[4], i16 weights[4]
//   rows    (i16 each)              dense weight rows, class count rounded up to 8 per row
//   u64 dictionary size             TagDictionary entries (0 for the chunker)
//   words   (u64 each), classes (u8 each)
//   u64 checksum                    XXH3-64 of every byte before it
//
// Reading checks all of it and names the file in every error: missing, not a model, another
// format or feature version, another kind, a label set this build does not have, truncated, corrupt.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "faultline/status.h"
#include "nlp/perceptron.h"
#include "nlp/tag_dictionary.h"

namespace faultline {

inline constexpr uint32_t kModelFormatVersion = 3;

struct ModelInfo {
  std::string kind;
  uint32_t feature_version = 0;
  std::vector<std::string> classes;
};

struct TrainedModel {
  WeightTable weights;
  TagDictionary dictionary;  // empty except for the POS tagger
};

Status write_model_file(const std::string& path, const ModelInfo& info, const TrainedModel& model);

// Reads a model and checks that it is the model `expected` describes (same kind, feature version
// and label set).
Result<TrainedModel> read_model_file(const std::string& path, const ModelInfo& expected);

}  // namespace faultline
