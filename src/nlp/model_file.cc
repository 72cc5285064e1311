#include "nlp/model_file.h"

#include <xxhash.h>

#include <bit>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string_view>

namespace faultline {
namespace {

static_assert(std::endian::native == std::endian::little, "model files are little-endian");
static_assert(sizeof(WeightTable::Slot) == 16);

constexpr std::string_view kMagic = "FLTMODEL";

void put_u32(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void put_u64(std::string& out, uint64_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void put_string(std::string& out, std::string_view s) {
  put_u32(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}

// Bounds-checked reading of the header; any overrun means the file ended early.
class Cursor {
 public:
  explicit Cursor(std::string_view data) : data_(data) {}
  bool u32(uint32_t& v) { return raw(&v, sizeof v); }
  bool u64(uint64_t& v) { return raw(&v, sizeof v); }
  bool string(std::string& s) {
    uint32_t n = 0;
    if (!u32(n) || n > data_.size() - pos_) return false;
    s.assign(data_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  bool raw(void* out, size_t n) {
    if (n > data_.size() - pos_) return false;
    std::memcpy(out, data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  size_t pos() const { return pos_; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : " ") + n;
  return out;
}

}  // namespace

Status write_model_file(const std::string& path, const ModelInfo& info, const TrainedModel& model) {
  const WeightTable& table = model.weights;
  const std::vector<int16_t> rows = table.rows();
  std::string out;
  out.append(kMagic);
  put_u32(out, kModelFormatVersion);
  put_string(out, info.kind);
  put_u32(out, info.feature_version);
  put_u32(out, static_cast<uint32_t>(info.classes.size()));
  for (const auto& c : info.classes) put_string(out, c);
  put_u64(out, table.slots().size());
  put_u64(out, rows.size());
  out.append(reinterpret_cast<const char*>(table.slots().data()), table.slots().size() * sizeof(WeightTable::Slot));
  out.append(reinterpret_cast<const char*>(rows.data()), rows.size() * sizeof(int16_t));
  const auto& dictionary = model.dictionary.entries();
  put_u64(out, dictionary.size());
  for (const auto& e : dictionary) put_u64(out, e.word);
  for (const auto& e : dictionary) out.push_back(static_cast<char>(e.cls));
  put_u64(out, XXH3_64bits(out.data(), out.size()));

  std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "wb"));
  if (!f) return io_error(path + ": cannot create model file");
  if (std::fwrite(out.data(), 1, out.size(), f.get()) != out.size() || std::fflush(f.get()) != 0) {
    return io_error(path + ": write failed");
  }
  return Status();
}

Result<TrainedModel> read_model_file(const std::string& path, const ModelInfo& expected) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return not_found(path + ": model file not found");
  std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
  if (!f) return io_error(path + ": cannot open model file");
  const auto file_size = static_cast<size_t>(std::filesystem::file_size(path, ec));
  if (ec) return io_error(path + ": cannot read the model file's size");

  // The header is small; read a bounded prefix first so a huge or garbage file is judged before
  // anything large is allocated.
  std::string head(std::min<size_t>(file_size, 64 * 1024), '\0');
  if (std::fread(head.data(), 1, head.size(), f.get()) != head.size()) return io_error(path + ": read failed");
  if (head.size() < kMagic.size() || std::string_view(head).substr(0, kMagic.size()) != kMagic) {
    return corrupt(path + ": not a Faultline model file (bad magic)");
  }
  Cursor cur(std::string_view(head).substr(kMagic.size()));
  auto truncated_header = [&] { return corrupt(path + ": truncated model file (header incomplete)"); };
  uint32_t version = 0;
  if (!cur.u32(version)) return truncated_header();
  if (version != kModelFormatVersion) {
    return unsupported(path + ": model format version " + std::to_string(version) + ", this build reads version " +
                       std::to_string(kModelFormatVersion));
  }
  ModelInfo info;
  uint32_t class_count = 0;
  if (!cur.string(info.kind) || !cur.u32(info.feature_version) || !cur.u32(class_count)) return truncated_header();
  if (class_count > static_cast<uint32_t>(WeightTable::kMaxClasses)) return corrupt(path + ": implausible class count");
  info.classes.resize(class_count);
  for (auto& c : info.classes) {
    if (!cur.string(c)) return truncated_header();
  }
  uint64_t slot_count = 0, row_weights = 0;
  if (!cur.u64(slot_count) || !cur.u64(row_weights)) return truncated_header();

  if (info.kind != expected.kind) {
    return invalid_argument(path + ": a '" + info.kind + "' model where a '" + expected.kind + "' model was expected");
  }
  if (info.feature_version != expected.feature_version) {
    return unsupported(path + ": trained for feature version " + std::to_string(info.feature_version) +
                       ", this build extracts version " + std::to_string(expected.feature_version) + "; retrain the model");
  }
  if (info.classes != expected.classes) {
    return unsupported(path + ": label set differs from this build's (model: " + join(info.classes) + ")");
  }

  const size_t header_size = kMagic.size() + cur.pos();
  if (slot_count == 0 || slot_count > (uint64_t{1} << 32) ||
      row_weights > (uint64_t{1} << 32) || row_weights % WeightTable::row_stride(static_cast<int>(class_count)) != 0) {
    return corrupt(path + ": implausible table size");
  }
  const uint64_t table_size = slot_count * sizeof(WeightTable::Slot) + row_weights * sizeof(int16_t);
  uint64_t dictionary_size = 0;
  if (file_size >= header_size + table_size + sizeof(uint64_t)) {
    if (std::fseek(f.get(), static_cast<long>(header_size + table_size), SEEK_SET) != 0 ||
        std::fread(&dictionary_size, sizeof dictionary_size, 1, f.get()) != 1) {
      return io_error(path + ": read failed");
    }
  }
  if (dictionary_size > (uint64_t{1} << 32)) return corrupt(path + ": implausible tag dictionary size");
  const uint64_t expected_size =
      header_size + table_size + sizeof(uint64_t) + dictionary_size * (sizeof(uint64_t) + 1) + sizeof(uint64_t);
  if (file_size < expected_size) {
    return corrupt(path + ": truncated model file (" + std::to_string(file_size) + " bytes, expected " +
                   std::to_string(expected_size) + ")");
  }
  if (file_size > expected_size) return corrupt(path + ": trailing bytes after the model");

  std::vector<WeightTable::Slot> slots(slot_count);
  std::vector<int16_t> rows(row_weights);
  std::vector<uint64_t> words(dictionary_size);
  std::vector<uint8_t> word_classes(dictionary_size);
  uint64_t stored_checksum = 0;
  if (std::fseek(f.get(), static_cast<long>(header_size), SEEK_SET) != 0 ||
      std::fread(slots.data(), sizeof(WeightTable::Slot), slots.size(), f.get()) != slots.size() ||
      std::fread(rows.data(), sizeof(int16_t), rows.size(), f.get()) != rows.size() ||
      std::fread(&dictionary_size, sizeof dictionary_size, 1, f.get()) != 1 ||
      std::fread(words.data(), sizeof(uint64_t), words.size(), f.get()) != words.size() ||
      std::fread(word_classes.data(), 1, word_classes.size(), f.get()) != word_classes.size() ||
      std::fread(&stored_checksum, sizeof stored_checksum, 1, f.get()) != 1) {
    return io_error(path + ": read failed");
  }
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  XXH3_64bits_update(state, head.data(), header_size);
  XXH3_64bits_update(state, slots.data(), slots.size() * sizeof(WeightTable::Slot));
  XXH3_64bits_update(state, rows.data(), rows.size() * sizeof(int16_t));
  XXH3_64bits_update(state, &dictionary_size, sizeof dictionary_size);
  XXH3_64bits_update(state, words.data(), words.size() * sizeof(uint64_t));
  XXH3_64bits_update(state, word_classes.data(), word_classes.size());
  const uint64_t checksum = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  if (checksum != stored_checksum) return corrupt(path + ": checksum mismatch, the model file is corrupt");

  // A matching checksum guards against damage, not against a wrongly built file: check that every
  // weight row lies inside the rows and names a known class before trusting them.
  const uint64_t row_count = row_weights / WeightTable::row_stride(static_cast<int>(class_count));
  bool has_empty_slot = false;  // probing for an unknown feature stops at an empty slot
  for (const auto& s : slots) {
    if (s.check == 0) {
      has_empty_slot = true;
      continue;
    }
    if (s.cls[0] == WeightTable::kDense) {
      if (s.row() >= row_count) return corrupt(path + ": weight row out of range");
      continue;
    }
    for (uint8_t c : s.cls) {
      if (c >= class_count) return corrupt(path + ": weight for an unknown class");
    }
  }
  if (!has_empty_slot) return corrupt(path + ": feature table has no empty slot");
  std::vector<TagDictionary::Entry> dictionary(dictionary_size);
  for (size_t i = 0; i < dictionary.size(); ++i) {
    if (word_classes[i] >= class_count) return corrupt(path + ": tag dictionary names an unknown class");
    dictionary[i] = {words[i], word_classes[i]};
  }
  return TrainedModel{WeightTable(static_cast<int>(class_count), std::move(slots), std::move(rows)),
                      TagDictionary(std::move(dictionary))};
}

}  // namespace faultline
