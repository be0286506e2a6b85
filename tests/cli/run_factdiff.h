// Runs the factdiff binary as a user would, capturing its exit status and both output streams.
#pragma once

#include <string>
#include <vector>

namespace factdiff::testing {

struct CommandResult {
  int exit_status = -1;  // -1 when it died of a signal
  std::string out;
  std::string err;
};

// Runs FACTDIFF_BINARY with `arguments`, feeding `input` on standard input, in `directory`
// (the source tree when empty).
CommandResult run_factdiff(const std::vector<std::string>& arguments,
                           const std::string& input = {}, const std::string& directory = {});

// A fresh empty folder under the system temporary folder, removed by the caller.
std::string make_temporary_folder();
void write_file(const std::string& path, const std::string& bytes);
std::string read_file(const std::string& path);

}  // namespace factdiff::testing
