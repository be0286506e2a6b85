// factdiff check: the editor's pre-publication check of a draft against its sources.
#include <memory>

#include "cli/command_options.h"
#include "cli/commands.h"

namespace factdiff::cli {

int finish_judged_report(Report& report, const CommandOptions& options);

void add_check_command(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<CommandOptions>();
  auto draft = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "check",
      "Check a draft against its sources before publication: every claim of the draft is "
      "supported, contradicted or unsupported, and facts most sources carry but the draft "
      "lacks are reported as omissions");
  command->add_option("DRAFT", *draft, "The draft to check (a text file, or - for standard "
                                       "input)")
      ->required();
  command->add_option("--against", options->inputs, "The sources: text files or folders")
      ->required();
  add_input_options(*command, *options);
  add_output_options(*command, *options, {"text", "md", "json", "html"});
  add_gate_options(*command, *options);
  command->callback([options, draft, &exit_status] {
    Result<Pipeline> pipeline = make_pipeline(*options);
    if (!pipeline.ok()) { exit_status = fail(pipeline.status()); return; }
    CommandOptions with_draft = *options;
    with_draft.inputs.push_back(*draft);  // so that "-" reads standard input
    Result<LoadOptions> load = make_load_options(with_draft);
    if (!load.ok()) { exit_status = fail(load.status()); return; }
    Result<Report> report = pipeline.value().check(*draft, options->inputs, load.value());
    if (!report.ok()) { exit_status = fail(report.status()); return; }
    exit_status = finish_judged_report(report.value(), *options);
  });
}

}  // namespace factdiff::cli
