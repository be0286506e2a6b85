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
  command->add_option("FILE", options->inputs, "Text files, folders of .txt files, or - for "
                                               "standard input")
      ->required();
  add_input_options(*command, *options);
  add_output_options(*command, *options, {"text", "json"});
  command->callback([options, &exit_status] {
    Result<Pipeline> pipeline = make_pipeline(*options);
    if (!pipeline.ok()) { exit_status = fail(pipeline.status()); return; }
    Result<LoadOptions> load = make_load_options(*options);
    if (!load.ok()) { exit_status = fail(load.status()); return; }
    Result<Report> report = pipeline.value().extract(options->inputs, load.value());
    if (!report.ok()) { exit_status = fail(report.status()); return; }
    exit_status = emit(report.value(), *options);
  });
}

}  // namespace factdiff::cli
