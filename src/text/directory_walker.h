// DirectoryWalker: the files below a directory, depth first, each directory's entries in byte order
// of their names; hidden entries (".name") are left out.
//
// Only regular files are handed out: a FIFO or device found in a tree could block or never end, so
// such entries are reported as unreadable instead (an input the user names explicitly is opened
// whatever it is, so `faultline <(zcat x)` works). Symbolic links are followed only when asked;
// otherwise each is reported and skipped, so nothing disappears unnoticed. Memory is one directory
// listing per level of depth.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

#include "text/issue_reporter.h"

namespace faultline {

class DirectoryWalker {
 public:
  DirectoryWalker(const std::string& root, bool follow_symlinks, IssueReporter& issues);

  // The next regular file: its path and its path relative to the root. False when all are done.
  bool next(std::string& path, std::string& relative);

 private:
  struct Level {
    std::string path;      // with a trailing '/'
    std::string relative;  // likewise, empty for the root
    std::vector<std::string> names;
    size_t next = 0;
    dev_t device = 0;
    ino_t inode = 0;
  };
  void enter(std::string path, std::string relative, dev_t device, ino_t inode);
  void skip_entry(const std::string& path, std::string reason, std::string detail);

  bool follow_symlinks_;
  IssueReporter& issues_;
  std::vector<Level> stack_;
};

}  // namespace faultline
