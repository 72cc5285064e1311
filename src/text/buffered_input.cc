#include "text/buffered_input.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

namespace faultline {

// The window is allocated on the first fill(): readers that take the whole input at once
// (read_rest) never need one, and read straight from the file into the document.
BufferedInput::BufferedInput(std::unique_ptr<InputFile> file) : file_(std::move(file)) {}

BufferedInput::~BufferedInput() { std::free(buf_); }

Result<bool> BufferedInput::fill() {
  if (eof_) return false;
  if (begin_ > 0 && (begin_ == end_ || capacity_ - end_ < kChunk)) {
    std::memmove(buf_, buf_ + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (capacity_ - end_ < kChunk) {
    size_t grown = std::max(std::min(capacity_ * 2, window_limit_ + kChunk), end_ + kChunk);
    auto* bigger = static_cast<char*>(std::realloc(buf_, grown + kPadding));
    if (!bigger) throw std::bad_alloc();
    std::memset(bigger + grown, 0, kPadding);
    buf_ = bigger;
    capacity_ = grown;
  }
  auto got = file_->read(buf_ + end_, capacity_ - end_);
  if (!got.ok()) return got.status();
  if (*got == 0) {
    eof_ = true;
    return false;
  }
  end_ += *got;
  return true;
}

Status BufferedInput::fill_to(size_t n) {
  while (end_ - begin_ < n) {
    auto more = fill();
    if (!more.ok()) return more.status();
    if (!*more) break;
  }
  return Status();
}

Status BufferedInput::read_rest(std::string& out, size_t limit) {
  auto too_large = [limit](std::string size) {
    return faultline::too_large("too large: " + size + " bytes, the limit is " + std::to_string(limit));
  };
  std::string_view window = data();
  uint64_t start = offset_;
  if (file_->size_known()) {
    uint64_t expected = file_->known_size() > start ? file_->known_size() - start : 0;
    if (expected > limit) return too_large(std::to_string(file_->known_size()));
  }
  if (window.size() > limit) return too_large("more than " + std::to_string(limit));
  out.assign(window);
  consume(window.size());
  if (eof_) return Status();

  // A regular file's size is known: one allocation, read in place. Otherwise grow in chunks.
  size_t step = kChunk;
  if (file_->size_known() && file_->known_size() > offset_) {
    step = static_cast<size_t>(file_->known_size() - offset_) + 1;  // +1 notices a growing file
  }
  for (;;) {
    size_t used = out.size();
    if (used > limit) return too_large("more than " + std::to_string(limit));
    size_t room = std::min(step, limit + 1 - used);
    out.resize(used + room);
    size_t filled = 0;
    while (filled < room) {
      auto got = file_->read(out.data() + used + filled, room - filled);
      if (!got.ok()) {
        out.resize(used + filled);
        return got.status();
      }
      if (*got == 0) break;
      filled += *got;
    }
    out.resize(used + filled);
    offset_ += filled;
    if (filled < room) {
      eof_ = true;
      return Status();
    }
    step = std::max(step, out.size());  // doubling keeps the number of copies logarithmic
  }
}

}  // namespace faultline
