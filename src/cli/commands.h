// One function per subcommand: each adds its CLI11 subcommand and, when it runs, stores the
// exit status in `exit_status`.
#pragma once

#include <CLI/CLI.hpp>

namespace factdiff::cli {

void add_inspect_command(CLI::App& app, int& exit_status);
void add_extract_command(CLI::App& app, int& exit_status);
void add_compare_command(CLI::App& app, int& exit_status);
void add_check_command(CLI::App& app, int& exit_status);
void add_bench_command(CLI::App& app, int& exit_status);
void add_rules_command(CLI::App& app, int& exit_status);

}  // namespace factdiff::cli
