// factdiff rules test: every rule proves itself with its examples and negatives.
#include <algorithm>
#include <iostream>
#include <memory>

#include "cli/command_options.h"
#include "cli/commands.h"
#include "pipeline/rule_examples.h"
#include "rules/example_runner.h"

namespace factdiff::cli {

void add_rules_command(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<CommandOptions>();
  auto verbose = std::make_shared<bool>(false);
  CLI::App* rules = app.add_subcommand("rules", "Work with rule files (see docs/rules.md)");
  rules->require_subcommand(1);
  CLI::App* test = rules->add_subcommand(
      "test",
      "Run every example and negative of the bundled rules and of --rules folders; name each "
      "failure by file, rule id and index. Exit status 1 when any fails.");
  add_input_options(*test, *options);
  test->add_flag("-v,--verbose", *verbose, "Also list the examples that pass");
  test->callback([options, verbose, &exit_status] {
    Result<Pipeline> pipeline = make_pipeline(*options);
    if (!pipeline.ok()) { exit_status = fail(pipeline.status()); return; }
    const std::vector<ExampleOutcome> outcomes =
        run_rule_examples(pipeline.value().rules(), rule_example_checkers(pipeline.value()));
    std::cout << format_outcomes(outcomes, /*failures_only=*/!*verbose);
    const bool failed = std::any_of(outcomes.begin(), outcomes.end(),
                                    [](const ExampleOutcome& outcome) { return !outcome.passed; });
    exit_status = failed ? kExitFindings : kExitOk;
  });
}

}  // namespace factdiff::cli
