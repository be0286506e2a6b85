#include "cli/command_options.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <sstream>

#include "report/atomic_file.h"

namespace factdiff::cli {

void add_input_options(CLI::App& command, CommandOptions& options) {
  command.add_option("--rules", options.rule_directories,
                     "Extra rule folder; its rules add to the bundled ones and replace those "
                     "with the same id (repeatable)")
      ->check(CLI::ExistingDirectory);
  command.add_option("--published", options.published,
                     "Publication date of a document, as DOC=DATE (ISO 8601), e.g. "
                     "--published draft=2015-11-17 (repeatable)");
  command.add_option("--max-bytes", options.max_bytes,
                     "Refuse input files larger than this many bytes")
      ->capture_default_str();
}

void add_output_options(CLI::App& command, CommandOptions& options,
                        const std::vector<std::string>& formats) {
  command.add_option("-f,--format", options.format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  command.add_option("-o,--output", options.output,
                     "Write the report to FILE (atomically: no half-written file) instead of "
                     "standard output");
  command.add_option("--color", options.color, "Colour in text output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command.add_flag("--explain", options.explain,
                   "Show how each claim was derived: the rule and the parts it matched");
}

void add_gate_options(CLI::App& command, CommandOptions& options) {
  command.add_option("--fail-on", options.fail_on,
                     "Exit with status 1 when a finding is at or above this severity "
                     "(high, medium, low, or none to never fail)")
      ->check(CLI::IsMember({"high", "medium", "low", "none"}))
      ->capture_default_str();
  command.add_option("--baseline", options.baseline,
                     "A previous JSON report, or a file of finding ids one per line: findings "
                     "already reviewed there are not shown again")
      ->check(CLI::ExistingFile);
}

Result<Report> run_stage(const CommandOptions& options, StageCall stage) {
  Result<Pipeline> pipeline = make_pipeline(options);
  if (!pipeline.ok()) return pipeline.status();
  Result<LoadOptions> load = make_load_options(options);
  if (!load.ok()) return load.status();
  return (pipeline.value().*stage)(options.inputs, load.value());
}

void add_inputs_argument(CLI::App& command, CommandOptions& options, const std::string& help) {
  command.add_option("FILE", options.inputs, help)->required();
}

Result<Pipeline> make_pipeline(const CommandOptions& options) {
  PipelineOptions pipeline_options;
  pipeline_options.rule_directories.push_back(default_rules_dir());
  for (const std::string& directory : options.rule_directories) {
    pipeline_options.rule_directories.push_back(directory);
  }
  return Pipeline::create(pipeline_options);
}

Result<LoadOptions> make_load_options(const CommandOptions& options) {
  LoadOptions load;
  load.max_bytes = options.max_bytes;
  for (const std::string& assignment : options.published) {
    const std::size_t equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == assignment.size()) {
      return Status::error("--published '" + assignment +
                           "': expected DOC=DATE, e.g. --published draft=2015-11-17");
    }
    load.published[assignment.substr(0, equals)] = assignment.substr(equals + 1);
  }
  for (const std::string& input : options.inputs) {
    if (input != "-") continue;
    std::ostringstream bytes;
    bytes << std::cin.rdbuf();
    load.standard_input = bytes.str();
    break;
  }
  return load;
}

namespace {

bool use_color(const CommandOptions& options) {
  if (options.color == "always") return true;
  if (options.color == "never" || !options.output.empty()) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return isatty(STDOUT_FILENO) == 1;
}

}  // namespace

int emit(Report& report, const CommandOptions& options) {
  report.explain = options.explain;
  for (const std::string& warning : all_warnings(report)) {
    std::cerr << "factdiff: warning: " << warning << "\n";
  }
  RenderOptions render_options;
  render_options.color = use_color(options);
  const std::optional<ReportFormat> format = report_format_from_string(options.format);
  if (!format) return fail(Status::error("unknown format '" + options.format + "'"));
  if (options.output.empty()) {
    const Status shown = write_report(report, *format, render_options, std::cout);
    if (!shown.ok()) return fail(shown);
    std::cout.flush();
    return std::cout.good() ? kExitOk : fail(Status::error("cannot write to standard output"));
  }
  const Status written = write_file_atomically(options.output, [&](std::ostream& out) {
    return write_report(report, *format, render_options, out);
  });
  return written.ok() ? kExitOk : fail(written);
}

int fail(const Status& status) {
  std::cerr << "factdiff: " << status.message() << "\n";
  return kExitError;
}

int gate(const Report& report, const CommandOptions& options) {
  const std::optional<Severity> threshold = severity_from_string(options.fail_on);
  if (!threshold || *threshold == Severity::kNone) return kExitOk;
  for (const Finding& finding : report.findings) {
    if (finding.severity >= *threshold) return kExitFindings;
  }
  return kExitOk;
}

}  // namespace factdiff::cli
