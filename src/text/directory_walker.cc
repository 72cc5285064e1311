#include "text/directory_walker.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace faultline {
namespace {

const char* kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

}  // namespace

DirectoryWalker::DirectoryWalker(const std::string& root, bool follow_symlinks, IssueReporter& issues)
    : follow_symlinks_(follow_symlinks), issues_(issues) {
  struct stat st {};
  if (::stat(root.c_str(), &st) != 0) {
    skip_entry(root, "unreadable", std::strerror(errno));
    return;
  }
  std::string path = root;
  if (path.empty() || path.back() != '/') path += '/';
  enter(std::move(path), "", st.st_dev, st.st_ino);
}

void DirectoryWalker::skip_entry(const std::string& path, std::string reason, std::string detail) {
  ++issues_.stats().files;
  issues_.skip(path, std::move(reason), std::move(detail));
}

void DirectoryWalker::enter(std::string path, std::string relative, dev_t device, ino_t inode) {
  DIR* dir = ::opendir(path.c_str());
  if (!dir) {
    skip_entry(path, "unreadable", std::string("cannot list the directory: ") + std::strerror(errno));
    return;
  }
  Level level{std::move(path), std::move(relative), {}, 0, device, inode};
  while (const dirent* e = ::readdir(dir)) {
    if (e->d_name[0] == '.') continue;  // ".", ".." and hidden entries
    level.names.emplace_back(e->d_name);
  }
  ::closedir(dir);
  std::sort(level.names.begin(), level.names.end());
  stack_.push_back(std::move(level));
}

bool DirectoryWalker::next(std::string& path, std::string& relative) {
  while (!stack_.empty()) {
    Level& level = stack_.back();
    if (level.next >= level.names.size()) {
      stack_.pop_back();
      continue;
    }
    const std::string& name = level.names[level.next++];
    std::string entry = level.path + name;
    std::string entry_relative = level.relative + name;
    struct stat st {};
    if (::lstat(entry.c_str(), &st) != 0) {
      skip_entry(entry, "unreadable", std::strerror(errno));
      continue;
    }
    if (S_ISLNK(st.st_mode)) {
      if (!follow_symlinks_) {
        skip_entry(entry, "symbolic link", "not followed (follow_symlinks is off)");
        continue;
      }
      if (::stat(entry.c_str(), &st) != 0) {
        skip_entry(entry, "unreadable", std::string("dangling symbolic link: ") + std::strerror(errno));
        continue;
      }
    }
    if (S_ISDIR(st.st_mode)) {
      bool cycle = std::any_of(stack_.begin(), stack_.end(), [&](const Level& l) {
        return l.device == st.st_dev && l.inode == st.st_ino;
      });
      if (cycle) {
        skip_entry(entry, "unreadable", "symbolic link back to a directory above it (a cycle)");
        continue;
      }
      enter(entry + "/", entry_relative + "/", st.st_dev, st.st_ino);
      continue;
    }
    if (!S_ISREG(st.st_mode)) {
      skip_entry(entry, "unreadable", kind_of(st.st_mode));
      continue;
    }
    path = std::move(entry);
    relative = std::move(entry_relative);
    return true;
  }
  return false;
}

}  // namespace faultline
