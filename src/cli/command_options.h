// The options every subcommand shares, and the few steps every subcommand takes with them:
// build the pipeline, load the inputs, render the report, write it to standard output or
// atomically to --output, and turn the outcome into an exit status.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/fact.h"
#include "pipeline/pipeline.h"
#include "report/report_format.h"

namespace factdiff::cli {

// Exit statuses, as diff has them.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

struct CommandOptions {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string output;
  std::vector<std::string> rule_directories;
  std::vector<std::string> published;  // DOC=DATE
  std::string color = "auto";
  std::string fail_on = "high";
  std::string baseline;
  bool explain = false;
  std::size_t max_bytes = std::size_t{256} << 20;
};

// Options of the commands that read documents: --rules, --published, --max-bytes.
void add_input_options(CLI::App& command, CommandOptions& options);
// --format (with the formats this command offers), --output, --color, --explain.
void add_output_options(CLI::App& command, CommandOptions& options,
                        const std::vector<std::string>& formats);
// --fail-on and --baseline, for compare and check.
void add_gate_options(CLI::App& command, CommandOptions& options);

Result<Pipeline> make_pipeline(const CommandOptions& options);
// LoadOptions from --published and --max-bytes; reads standard input when "-" is an input.
Result<LoadOptions> make_load_options(const CommandOptions& options);

// Builds the pipeline and the load options, then runs `stage` over the inputs. The report, or
// the exit status of the error already printed.
using StageCall = Result<Report> (Pipeline::*)(const std::vector<std::string>&,
                                               const LoadOptions&) const;
Result<Report> run_stage(const CommandOptions& options, StageCall stage);

// Adds the FILE... argument every document command takes.
void add_inputs_argument(CLI::App& command, CommandOptions& options, const std::string& help);

// Renders and writes the report; prints warnings to standard error. Returns an exit status.
int emit(Report& report, const CommandOptions& options);
// Prints "factdiff: <message>" on standard error and returns kExitError.
int fail(const Status& status);

// Exit status for a compare or check report: 1 when a finding is at or above --fail-on.
int gate(const Report& report, const CommandOptions& options);

}  // namespace factdiff::cli
