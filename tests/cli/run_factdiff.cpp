#include "run_factdiff.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace factdiff::testing {
namespace {

void close_quietly(int fd) {
  if (fd >= 0) ::close(fd);
}

// Pumps input into the child and drains both outputs without deadlocking on full pipes.
void exchange(int in_fd, int out_fd, int err_fd, const std::string& input, CommandResult& result) {
  std::size_t written = 0;
  if (input.empty()) { close_quietly(in_fd); in_fd = -1; }
  char buffer[65536];
  while (out_fd >= 0 || err_fd >= 0) {
    pollfd fds[3] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}, {in_fd, POLLOUT, 0}};
    if (::poll(fds, 3, -1) < 0) break;
    for (int i = 0; i < 2; ++i) {
      int& fd = i == 0 ? out_fd : err_fd;
      if (fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t n = ::read(fd, buffer, sizeof buffer);
      if (n <= 0) { close_quietly(fd); fd = -1; continue; }
      (i == 0 ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
    }
    if (in_fd >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t n = ::write(in_fd, input.data() + written, input.size() - written);
      if (n <= 0) { close_quietly(in_fd); in_fd = -1; continue; }
      written += static_cast<std::size_t>(n);
      if (written == input.size()) { close_quietly(in_fd); in_fd = -1; }
    }
  }
  close_quietly(in_fd);
}

}  // namespace

CommandResult run_factdiff(const std::vector<std::string>& arguments, const std::string& input,
                           const std::string& directory) {
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (::pipe(in_pipe) != 0 || ::pipe(out_pipe) != 0 || ::pipe(err_pipe) != 0) {
    throw std::runtime_error("pipe failed");
  }
  const std::string folder = directory.empty() ? FACTDIFF_SOURCE_DIR : directory;
  const pid_t child = ::fork();
  if (child == 0) {
    ::dup2(in_pipe[0], STDIN_FILENO);
    ::dup2(out_pipe[1], STDOUT_FILENO);
    ::dup2(err_pipe[1], STDERR_FILENO);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
      ::close(fd);
    }
    if (::chdir(folder.c_str()) != 0) ::_exit(126);
    std::vector<char*> argv;
    std::string binary = FACTDIFF_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copies = arguments;
    for (std::string& argument : copies) argv.push_back(argument.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(in_pipe[0]);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  CommandResult result;
  exchange(in_pipe[1], out_pipe[0], err_pipe[0], input, result);
  int status = 0;
  ::waitpid(child, &status, 0);
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string make_temporary_folder() {
  std::string pattern = (std::filesystem::temp_directory_path() / "factdiff-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace factdiff::testing
