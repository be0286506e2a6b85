#include "report/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace factdiff {
namespace {

std::string folder_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

Status failure(const std::string& path, const char* what, const std::string& reason) {
  return Status::error(path + ": cannot write: " + what + ": " + reason);
}

Status write_all(int descriptor, const std::string& content) {
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t count = ::write(descriptor, content.data() + written, content.size() - written);
    if (count < 0) {
      if (errno == EINTR) continue;
      return Status::error(std::strerror(errno));
    }
    written += static_cast<std::size_t>(count);
  }
  return Status();
}

// Keeps the permissions of a file being replaced; a new file gets the usual 0666 & ~umask.
mode_t mode_for(const std::string& path) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

Status write_file_atomically(const std::string& path, const std::string& content) {
  if (path.empty()) return Status::error("cannot write: empty output path");
  const std::string folder = folder_of(path);
  std::string pattern = folder + "/.factdiff-XXXXXX";
  std::vector<char> temporary(pattern.begin(), pattern.end());
  temporary.push_back('\0');

  const int descriptor = ::mkstemp(temporary.data());
  if (descriptor < 0) return failure(path, "creating a temporary file", std::strerror(errno));
  const std::string temporary_path(temporary.data());

  auto abandon = [&](const char* what, const std::string& reason) {
    ::close(descriptor);
    ::unlink(temporary_path.c_str());
    return failure(path, what, reason);
  };

  const Status written = write_all(descriptor, content);
  if (!written.ok()) return abandon("writing", written.message());
  if (::fchmod(descriptor, mode_for(path)) != 0) {
    return abandon("setting permissions", std::strerror(errno));
  }
  if (::fsync(descriptor) != 0) return abandon("flushing to disk", std::strerror(errno));
  if (::close(descriptor) != 0) {
    const std::string reason = std::strerror(errno);
    ::unlink(temporary_path.c_str());
    return failure(path, "closing", reason);
  }
  if (::rename(temporary_path.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    ::unlink(temporary_path.c_str());
    return failure(path, "renaming into place", reason);
  }
  // The rename itself is durable only once the folder is flushed; a failure here loses nothing.
  const int folder_descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (folder_descriptor >= 0) {
    ::fsync(folder_descriptor);
    ::close(folder_descriptor);
  }
  return Status();
}

}  // namespace factdiff
