// Nothing lost on interruption: SIGINT or SIGTERM while a report file is being written leaves
// the old file (or none) and no temporary file behind.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <thread>

#include "../cli/run_factdiff.h"
#include "report/atomic_file.h"
#include "robustness_support.h"

using namespace factdiff;
using namespace factdiff::robustness;
namespace fs = std::filesystem;

namespace {

std::size_t temporary_files_in(const std::string& folder) {
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    count += entry.path().filename().string().rfind(".factdiff-", 0) == 0;
  }
  return count;
}

// Waits up to `limit` for a temporary file to appear in `folder`; true when one did.
bool wait_for_temporary(const std::string& folder, pid_t child, std::chrono::milliseconds limit) {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < until) {
    if (temporary_files_in(folder) > 0) return true;
    int status = 0;
    if (::waitpid(child, &status, WNOHANG) == child) return false;  // already finished
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  return false;
}

// Waits up to `limit` for `child` to run the factdiff binary with a handler for `signal_number`
// installed (/proc/PID/exe and the SigCgt mask of /proc/PID/status); true when it does. A signal
// sent earlier (before the exec, or while a slow start-up has not reached the handler) ends the
// process by default and says nothing of how factdiff handles it.
bool wait_for_handler(pid_t child, int signal_number, std::chrono::milliseconds limit) {
  const std::string proc = "/proc/" + std::to_string(child);
  const fs::path binary = fs::canonical(FACTDIFF_BINARY);
  const auto until = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < until) {
    std::error_code error;
    if (fs::read_symlink(proc + "/exe", error) == binary) {
      std::ifstream status(proc + "/status");
      std::string line;
      while (std::getline(status, line)) {
        if (line.rfind("SigCgt:", 0) != 0) continue;
        const unsigned long long caught = std::stoull(line.substr(7), nullptr, 16);
        if ((caught >> (signal_number - 1)) & 1u) return true;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return false;
}

int wait_exit_status(pid_t child) {
  int status = 0;
  ::waitpid(child, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

pid_t start_factdiff(const std::vector<std::string>& arguments) {
  const pid_t child = ::fork();
  if (child == 0) {
    std::string binary = FACTDIFF_BINARY;
    std::vector<std::string> copies = arguments;
    std::vector<char*> argv{binary.data()};
    for (std::string& argument : copies) argv.push_back(argument.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  return child;
}

}  // namespace

TEST_CASE("a signal during an atomic write removes the temporary file", "[robustness][interrupt]") {
  for (int signal_number : {SIGINT, SIGTERM}) {
    TemporaryFolder scratch;
    const std::string target = scratch.path + "/report.json";
    std::ofstream(target) << "old complete report\n";
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      install_interrupt_cleanup();
      const std::string big(512u << 20, 'x');  // long enough to write that the signal lands inside
      write_file_atomically(target, big);
      ::_exit(0);
    }
    const bool caught_writing = wait_for_temporary(scratch.path, child, std::chrono::seconds(20));
    ::kill(child, signal_number);
    const int status = wait_exit_status(child);
    INFO("signal " << signal_number);
    if (caught_writing) {
      CHECK(status == 128 + signal_number);
      CHECK(testing::read_file(target) == "old complete report\n");
    } else {
      WARN("the write finished before the signal; only the end state is checked");
    }
    CHECK(temporary_files_in(scratch.path) == 0);
    const std::string left = testing::read_file(target);
    CHECK((left == "old complete report\n" || left.size() == (512u << 20)));
  }
}

TEST_CASE("an interrupted compare --output leaves no partial output", "[robustness][interrupt]") {
  TemporaryFolder scratch;
  // Two long reports (about 1 MB each, a few seconds of work), so that the run is still working
  // when the signal comes.
  for (const char* name : {"a.txt", "b.txt"}) {
    std::ofstream out(scratch.path + "/" + name);
    for (int i = 0; i < 16000; ++i) {
      out << "Police said " << (i % 97 + 2) << " people were hurt near gate " << i << ". ";
      if (i % 20 == 19) out << "\n\n";
    }
  }
  const std::string output_folder = scratch.path + "/out";
  fs::create_directory(output_folder);
  const std::string target = output_folder + "/report.json";
  const std::vector<std::string> arguments{"compare", "--format", "json", "--output", target,
                                           scratch.path + "/a.txt", scratch.path + "/b.txt"};

  // While it works: no output file yet, and none after the interruption.
  const pid_t early = start_factdiff(arguments);
  REQUIRE(wait_for_handler(early, SIGINT, std::chrono::seconds(30)));
  ::kill(early, SIGINT);
  CHECK(wait_exit_status(early) == 128 + SIGINT);
  CHECK(!fs::exists(target));
  CHECK(temporary_files_in(output_folder) == 0);

  // While it writes: the old report stays (or the new one is complete), no temporary file.
  std::ofstream(target) << "old complete report\n";
  const pid_t writing = start_factdiff(arguments);
  const bool caught_writing = wait_for_temporary(output_folder, writing, std::chrono::seconds(30));
  ::kill(writing, SIGTERM);
  const int status = wait_exit_status(writing);
  CHECK(temporary_files_in(output_folder) == 0);
  const std::string left = testing::read_file(target);
  if (left != "old complete report\n") {
    // The rename won the race: then the file is the whole report.
    CHECK(left.find("\"schema\"") != std::string::npos);
    CHECK(left.back() == '\n');
  }
  if (!caught_writing) WARN("the report was written before the signal (exit " << status << ")");
}
