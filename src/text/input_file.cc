#include "text/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace faultline {
namespace {

constexpr size_t kRawBufferSize = 256 * 1024;

std::string errno_text(int err) { return std::strerror(err); }

}  // namespace

InputFile::InputFile(int fd, bool owns_fd) : fd_(fd), owns_fd_(owns_fd) {}

InputFile::~InputFile() {
  if (zs_ready_) inflateEnd(&zs_);
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
}

Result<std::unique_ptr<InputFile>> InputFile::open(const std::string& path) {
  int fd = 0;
  bool owns = false;
  if (path != "-") {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      int err = errno;
      if (err == ENOENT) return not_found("not found: no such file or directory");
      return io_error("unreadable: " + errno_text(err));
    }
    owns = true;
  }
  std::unique_ptr<InputFile> file(new InputFile(fd, owns));
  struct stat st {};
  if (::fstat(fd, &st) != 0) return io_error("unreadable: " + errno_text(errno));
  if (S_ISDIR(st.st_mode)) return io_error("unreadable: is a directory");
  // Standard input may be a file read part-way already, so only named files are peeked at in place.
  bool regular_file = S_ISREG(st.st_mode) && path != "-";
  if (Status s = file->start(regular_file); !s.ok()) return s;
  if (!file->compressed_ && regular_file) {
    file->size_known_ = true;
    file->known_size_ = static_cast<uint64_t>(st.st_size);
  }
  return file;
}

Result<size_t> InputFile::read_raw(char* dst, size_t n) {
  for (;;) {
    ssize_t got = ::read(fd_, dst, n);
    if (got >= 0) {
      raw_offset_ += static_cast<uint64_t>(got);
      return static_cast<size_t>(got);
    }
    if (errno != EINTR) return io_error("unreadable: read failed at byte " + std::to_string(raw_offset_) + ": " + errno_text(errno));
  }
}

// Looks for the gzip magic bytes. A regular file is peeked at with pread, so plain text is then
// read straight into the caller's buffer; a pipe's head has to be read, kept, and handed on by read()
// (plain input) or fed to zlib (gzip input).
Status InputFile::start(bool regular_file) {
  if (regular_file) {
    unsigned char magic[2] = {0, 0};
    ssize_t got;
    do {
      got = ::pread(fd_, magic, sizeof magic, 0);
    } while (got < 0 && errno == EINTR);
    if (got < 0) return io_error("unreadable: " + errno_text(errno));
    if (got == 2 && magic[0] == 0x1f && magic[1] == 0x8b) {
      raw_.reset(new char[kRawBufferSize]);
      return start_gzip();
    }
    return Status();
  }
  raw_.reset(new char[kRawBufferSize]);
  while (raw_end_ < 2 && !raw_eof_) {
    auto got = read_raw(raw_.get() + raw_end_, kRawBufferSize - raw_end_);
    if (!got.ok()) return got.status();
    if (*got == 0) raw_eof_ = true;
    raw_end_ += *got;
  }
  if (raw_end_ >= 2 && static_cast<unsigned char>(raw_[0]) == 0x1f &&
      static_cast<unsigned char>(raw_[1]) == 0x8b) {
    return start_gzip();
  }
  return Status();
}

Status InputFile::start_gzip() {
  compressed_ = true;
  if (inflateInit2(&zs_, 15 + 16) != Z_OK) return io_error("unreadable: cannot start the gzip decoder");
  zs_ready_ = true;
  zs_.next_in = reinterpret_cast<Bytef*>(raw_.get());
  zs_.avail_in = static_cast<uInt>(raw_end_);
  return Status();
}

Result<size_t> InputFile::read(char* dst, size_t n) {
  if (n == 0) return size_t{0};
  if (compressed_) return inflate_into(dst, n);
  if (raw_begin_ < raw_end_) {
    size_t take = std::min(n, raw_end_ - raw_begin_);
    std::memcpy(dst, raw_.get() + raw_begin_, take);
    raw_begin_ += take;
    return take;
  }
  if (raw_eof_) return size_t{0};
  auto got = read_raw(dst, n);
  if (got.ok() && *got == 0) raw_eof_ = true;
  return got;
}

Result<size_t> InputFile::inflate_into(char* dst, size_t n) {
  // zlib counts in uInt; larger requests are simply served in parts.
  size_t want = std::min<size_t>(n, 1u << 30);
  zs_.next_out = reinterpret_cast<Bytef*>(dst);
  zs_.avail_out = static_cast<uInt>(want);
  size_t produced = 0;
  while (produced == 0) {
    if (zs_.avail_in == 0 && !raw_eof_) {
      auto got = read_raw(raw_.get(), kRawBufferSize);
      if (!got.ok()) return got.status();
      if (*got == 0) raw_eof_ = true;
      zs_.next_in = reinterpret_cast<Bytef*>(raw_.get());
      zs_.avail_in = static_cast<uInt>(*got);
    }
    if (zs_.avail_in == 0 && raw_eof_) {
      if (member_done_) return size_t{0};
      return corrupt("truncated gzip: the compressed data ends at byte " + std::to_string(raw_offset_) +
                     " (after " + std::to_string(out_total_) +
                     " decompressed bytes), before the end of the gzip stream");
    }
    if (member_done_) {
      inflateReset(&zs_);
      member_done_ = false;
    }
    int rc = inflate(&zs_, Z_NO_FLUSH);
    produced = want - zs_.avail_out;
    out_total_ += produced;
    if (rc == Z_STREAM_END) {
      member_done_ = true;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      uint64_t at = raw_offset_ - zs_.avail_in;
      return corrupt("corrupt gzip: at compressed byte " + std::to_string(at) + " (after " +
                     std::to_string(out_total_) + " decompressed bytes): " +
                     (zs_.msg ? zs_.msg : "inflate failed"));
    }
  }
  return produced;
}

}  // namespace faultline
