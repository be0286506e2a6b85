#include "report/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <streambuf>
#include <string_view>
#include <vector>

namespace factdiff {
namespace {

// The temporary file being written, readable from a signal handler: a fixed buffer (no
// allocation) and a flag set only while the buffer holds a live path.
char pending_temporary[4096];
volatile sig_atomic_t pending_temporary_set = 0;

void remove_pending_temporary_and_exit(int signal_number) {
  if (pending_temporary_set) ::unlink(pending_temporary);
  ::_exit(128 + signal_number);
}

// Holds SIGINT and SIGTERM back while alive, so that creating or renaming the temporary file and
// recording it happen together: a signal arriving in between is delivered just afterwards.
class InterruptsHeld {
 public:
  InterruptsHeld() {
    sigset_t interrupts;
    sigemptyset(&interrupts);
    sigaddset(&interrupts, SIGINT);
    sigaddset(&interrupts, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &interrupts, &previous_);
  }
  ~InterruptsHeld() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  InterruptsHeld(const InterruptsHeld&) = delete;
  InterruptsHeld& operator=(const InterruptsHeld&) = delete;

 private:
  sigset_t previous_;
};

void record_pending_temporary(const char* path) {
  const std::size_t length = std::strlen(path);
  if (length >= sizeof pending_temporary) return;  // too long to record: left unprotected
  std::memcpy(pending_temporary, path, length + 1);
  pending_temporary_set = 1;
}

void forget_pending_temporary() { pending_temporary_set = 0; }

std::string folder_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

Status failure(const std::string& path, const char* what, const std::string& reason) {
  return Status::error(path + ": cannot write: " + what + ": " + reason);
}

Status write_all(int descriptor, std::string_view content) {
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

// An output stream buffer over a file descriptor: writes in pieces of the buffer's size and
// remembers the first error, which an ostream alone would reduce to a failed bit.
class DescriptorBuffer : public std::streambuf {
 public:
  explicit DescriptorBuffer(int descriptor) : descriptor_(descriptor), buffer_(64 * 1024) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  // Writes what is buffered; the first error of the whole stream, if any.
  Status finish() {
    drain();
    return error_;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    if (!error_.ok()) return false;
    const Status written =
        write_all(descriptor_, std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())));
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    if (!written.ok()) error_ = written;
    return written.ok();
  }

  int descriptor_;
  std::vector<char> buffer_;
  Status error_;
};

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
  return write_file_atomically(path, [&content](std::ostream& out) {
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return Status();
  });
}

Status write_file_atomically(const std::string& path,
                             const std::function<Status(std::ostream&)>& produce) {
  if (path.empty()) return Status::error("cannot write: empty output path");
  const std::string folder = folder_of(path);
  std::string pattern = folder + "/.factdiff-XXXXXX";
  std::vector<char> temporary(pattern.begin(), pattern.end());
  temporary.push_back('\0');

  int descriptor = -1;
  {
    InterruptsHeld held;
    descriptor = ::mkstemp(temporary.data());
    if (descriptor >= 0) record_pending_temporary(temporary.data());
  }
  if (descriptor < 0) return failure(path, "creating a temporary file", std::strerror(errno));
  const std::string temporary_path(temporary.data());

  auto remove_temporary = [&] {
    InterruptsHeld held;
    ::unlink(temporary_path.c_str());
    forget_pending_temporary();
  };
  auto abandon = [&](const char* what, const std::string& reason) {
    ::close(descriptor);
    remove_temporary();
    return failure(path, what, reason);
  };

  DescriptorBuffer buffer(descriptor);
  std::ostream out(&buffer);
  const Status produced = produce(out);
  const Status written = buffer.finish();
  if (!written.ok()) return abandon("writing", written.message());
  if (!produced.ok()) {
    ::close(descriptor);
    remove_temporary();
    return produced;
  }
  if (::fchmod(descriptor, mode_for(path)) != 0) {
    return abandon("setting permissions", std::strerror(errno));
  }
  if (::fsync(descriptor) != 0) return abandon("flushing to disk", std::strerror(errno));
  if (::close(descriptor) != 0) {
    const std::string reason = std::strerror(errno);
    remove_temporary();
    return failure(path, "closing", reason);
  }
  {
    InterruptsHeld held;
    if (::rename(temporary_path.c_str(), path.c_str()) != 0) {
      const std::string reason = std::strerror(errno);
      ::unlink(temporary_path.c_str());
      forget_pending_temporary();
      return failure(path, "renaming into place", reason);
    }
    forget_pending_temporary();
  }
  // The rename itself is durable only once the folder is flushed; a failure here loses nothing.
  const int folder_descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (folder_descriptor >= 0) {
    ::fsync(folder_descriptor);
    ::close(folder_descriptor);
  }
  return Status();
}

void install_interrupt_cleanup() {
  struct sigaction action {};
  action.sa_handler = remove_pending_temporary_and_exit;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

}  // namespace factdiff
