// IssueReporter: where readers send the problems they meet; it counts them in ReadStats and passes
// them to the user's handler as they happen.
#pragma once

#include <functional>
#include <string>

#include "faultline/reader.h"

namespace faultline {

class IssueReporter {
 public:
  explicit IssueReporter(ReadStats& stats) : stats_(stats) {}

  void set_handler(std::function<void(const ReadIssue&)> handler) { handler_ = std::move(handler); }
  ReadStats& stats() { return stats_; }

  // A document, or the rest of a file, that could not be read.
  void skip(std::string where, std::string reason, std::string detail);
  // The same, from an error Status whose message reads "<reason>: <detail>" (InputFile's errors).
  void skip(std::string where, const Status& status);
  // A problem that did not cost a document (a duplicate id that was renamed).
  void warn(std::string where, std::string reason, std::string detail);

 private:
  ReadStats& stats_;
  std::function<void(const ReadIssue&)> handler_;
};

}  // namespace faultline
