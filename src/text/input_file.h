// InputFile: the decompressed bytes of one input (a file, a pipe or standard input).
//
// gzip input is recognised by its magic bytes, not its name, so a mislabelled file still reads, and
// is inflated on the fly; concatenated gzip members are read one after another. A gzip stream that
// ends early or is damaged is reported as an error from read(), after every byte before the damage
// has been delivered, so readers can keep the documents they already have.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <memory>
#include <string>

#include "faultline/status.h"

namespace faultline {

class InputFile {
 public:
  // path "-" is standard input. Opening blocks on a FIFO until a writer appears, so callers that
  // walk directories only open regular files.
  static Result<std::unique_ptr<InputFile>> open(const std::string& path);
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Reads up to n decompressed bytes into dst; 0 means the end of the input.
  //
  // Error messages here (and from open) read "<reason>: <detail>", reason being a ReadIssue category
  // ("not found", "unreadable", "truncated gzip", "corrupt gzip"); the caller knows the file name.
  Result<size_t> read(char* dst, size_t n);

  bool compressed() const { return compressed_; }
  // Size of the bytes read() will deliver, when known in advance (an uncompressed regular file).
  bool size_known() const { return size_known_; }
  uint64_t known_size() const { return known_size_; }

 private:
  InputFile(int fd, bool owns_fd);
  Status start(bool regular_file);
  Status start_gzip();
  Result<size_t> read_raw(char* dst, size_t n);
  Result<size_t> inflate_into(char* dst, size_t n);

  int fd_;
  bool owns_fd_;
  bool compressed_ = false;
  bool size_known_ = false;
  uint64_t known_size_ = 0;
  bool raw_eof_ = false;

  // Bytes read from the file but not yet handed on (the sniffed head, or gzip input).
  std::unique_ptr<char[]> raw_;
  size_t raw_begin_ = 0;
  size_t raw_end_ = 0;
  uint64_t raw_offset_ = 0;  // compressed bytes consumed from the file so far

  z_stream zs_{};
  bool zs_ready_ = false;
  bool member_done_ = false;  // the last inflate() ended a gzip member
  uint64_t out_total_ = 0;    // decompressed bytes delivered
};

}  // namespace faultline
