#include "coding/coding_options.h"

#include <charconv>
#include <string>

namespace faultline {
namespace {

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

Status bad_value(std::string_view name, std::string_view value) {
  return invalid_argument("option " + std::string(name) + ": bad value '" + std::string(value) + "'");
}

}  // namespace

Status apply_coding_option(CodingOptions& options, std::string_view name, std::string_view value) {
  if (name == "require_dyad") {
    if (equals_ignoring_case(value, "true")) options.require_dyad = true;
    else if (equals_ignoring_case(value, "false")) options.require_dyad = false;
    else return bad_value(name, value);
    return Status::ok_status();
  }
  if (name == "new_actor_length") {
    int n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size() || n < 0) return bad_value(name, value);
    options.new_actor_length = n;
    return Status::ok_status();
  }
  if (name == "stop_on_error" || name == "comma_min" || name == "comma_max" || name == "comma_bmin" ||
      name == "comma_bmax" || name == "comma_emin" || name == "comma_emax") {
    return Status::ok_status();
  }
  return invalid_argument("unknown coder option '" + std::string(name) + "'");
}

}  // namespace faultline
