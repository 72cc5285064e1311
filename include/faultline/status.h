// Status and Result: how Faultline reports failure across its public API.
//
// Contract: functions that can fail return Status or Result<T>; they never throw across the API.
// A failed Status carries a code and a message that already names where the problem is
// ("file:line: what is wrong"), so callers can print it as is.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace faultline {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something that cannot be done
  kNotFound,         // a file, model or entry does not exist
  kIoError,          // the operating system refused a read or write
  kCorrupt,          // input exists but is malformed (bad UTF-8, broken XML, truncated gzip, ...)
  kTooLarge,         // input exceeds a configured limit
  kUnsupported,      // a format or feature this build does not handle
};

const char* status_code_name(StatusCode code);

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status ok_status() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string to_string() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status invalid_argument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status not_found(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status io_error(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
inline Status corrupt(std::string m) { return {StatusCode::kCorrupt, std::move(m)}; }
inline Status too_large(std::string m) { return {StatusCode::kTooLarge, std::move(m)}; }
inline Status unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }

// A value or the Status explaining why there is none (std::expected arrives only in C++23).
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}                                  // NOLINT: implicit on purpose
  Result(Status status) : v_(std::move(status)) { assert(!std::get<Status>(v_).ok()); }  // NOLINT

  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }

 private:
  std::variant<T, Status> v_;
};

}  // namespace faultline
