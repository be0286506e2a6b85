// factdiff extract: the claims of each document, and the entities they name.
#include <memory>

#include "cli/command_options.h"
#include "cli/commands.h"

namespace factdiff::cli {

void add_extract_command(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<CommandOptions>();
  CLI::App* command = app.add_subcommand(
      "extract",
      "List every claim of each document: numbers with what they count and how sure they are, "
      "quotes and statements with their speakers, and what reports assert about people");
  add_inputs_argument(*command, *options,
                      "Text files, folders of .txt files, or - for standard input");
  add_input_options(*command, *options);
  add_output_options(*command, *options, {"text", "json"});
  command->callback([options, &exit_status] {
    Result<Report> report = run_stage(*options, &Pipeline::extract);
    exit_status = report.ok() ? emit(report.value(), *options) : fail(report.status());
  });
}

}  // namespace factdiff::cli
