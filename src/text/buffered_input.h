// BufferedInput: a sliding window over an InputFile, for readers that scan their input in place.
//
// The window holds the unconsumed bytes contiguously; fill() appends the next chunk and grows the
// window only when it is full, so memory is whatever the caller lets accumulate (the largest
// record it is prepared to hold) plus one chunk. Every window is followed by kPadding readable
// bytes, which simdjson needs after the text it parses.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "faultline/status.h"
#include "text/input_file.h"

namespace faultline {

class BufferedInput {
 public:
  static constexpr size_t kChunk = 256 * 1024;
  static constexpr size_t kPadding = 64;

  explicit BufferedInput(std::unique_ptr<InputFile> file);
  ~BufferedInput();
  BufferedInput(const BufferedInput&) = delete;
  BufferedInput& operator=(const BufferedInput&) = delete;

  // The window never grows past this (plus one chunk); readers set it to the largest record they
  // accept, and drop a record when the window holds more than that without its end.
  void set_window_limit(size_t bytes) { window_limit_ = bytes; }

  std::string_view data() const { return {buf_ + begin_, end_ - begin_}; }
  // The same bytes, writable, for parsers that work in place (they are consumed afterwards).
  char* mutable_data() { return buf_ + begin_; }
  // Position of data()[0] in the decompressed input.
  uint64_t offset() const { return offset_; }
  bool at_end() const { return eof_ && begin_ == end_; }

  // Appends at least one more byte of input to data(); false at the end of the input.
  Result<bool> fill();
  // Fills until data() holds at least n bytes or the input ends.
  Status fill_to(size_t n);
  void consume(size_t n) {
    begin_ += n;
    offset_ += n;
  }

  // Moves all the remaining input (the window first) into out, reading straight into it.
  // Input longer than limit is not read further: kTooLarge.
  Status read_rest(std::string& out, size_t limit);

  const InputFile& file() const { return *file_; }

 private:
  std::unique_ptr<InputFile> file_;
  char* buf_ = nullptr;   // malloc'd: realloc can grow a large window in place, without a copy
  size_t capacity_ = 0;  // usable bytes, excluding the padding
  size_t window_limit_ = SIZE_MAX;
  size_t begin_ = 0;
  size_t end_ = 0;
  uint64_t offset_ = 0;
  bool eof_ = false;
};

}  // namespace faultline
