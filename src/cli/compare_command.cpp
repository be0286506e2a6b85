// factdiff compare: facts and findings across reports.
#include <memory>

#include "cli/command_options.h"
#include "cli/commands.h"
#include "judge/baseline.h"

namespace factdiff::cli {

// Hides the findings of --baseline, then renders and gates. Shared with check.
int finish_judged_report(Report& report, const CommandOptions& options) {
  if (!options.baseline.empty()) {
    Result<BaselineIds> reviewed = load_baseline(options.baseline);
    if (!reviewed.ok()) return fail(reviewed.status());
    report.findings = drop_reviewed(std::move(report.findings), reviewed.value());
  }
  const int emitted = emit(report, options);
  return emitted != kExitOk ? emitted : gate(report, options);
}

void add_compare_command(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<CommandOptions>();
  CLI::App* command = app.add_subcommand(
      "compare",
      "Align the claims of two or more reports of one event and report conflicts, changed "
      "wording, harmless variants and omissions. A folder stands for its .txt files.");
  add_inputs_argument(*command, *options,
                      "Two or more text files, or folders of .txt files (a cluster)");
  add_input_options(*command, *options);
  add_output_options(*command, *options, {"text", "md", "json", "html"});
  add_gate_options(*command, *options);
  command->callback([options, &exit_status] {
    Result<Report> report = run_stage(*options, &Pipeline::compare);
    if (!report.ok()) { exit_status = fail(report.status()); return; }
    if (report.value().documents.size() < 2) {
      exit_status = fail(Status::error(
          "compare needs at least two documents; got " +
          std::to_string(report.value().documents.size()) +
          " (give two files, or a folder with two or more .txt files)"));
      return;
    }
    exit_status = finish_judged_report(report.value(), *options);
  });
}

}  // namespace factdiff::cli
