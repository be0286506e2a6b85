// factdiff inspect: what the text layer made of each document.
#include <memory>

#include "cli/command_options.h"
#include "cli/commands.h"

namespace factdiff::cli {

void add_inspect_command(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<CommandOptions>();
  CLI::App* command = app.add_subcommand(
      "inspect",
      "Show each document's cleaned sentences with their byte ranges, the lines dropped as "
      "boilerplate and why, and the glued words repaired");
  add_inputs_argument(*command, *options,
                      "Text files, folders of .txt files, or - for standard input");
  add_input_options(*command, *options);
  add_output_options(*command, *options, {"text", "json"});
  command->callback([options, &exit_status] {
    Result<Report> report = run_stage(*options, &Pipeline::inspect);
    exit_status = report.ok() ? emit(report.value(), *options) : fail(report.status());
  });
}

}  // namespace factdiff::cli
