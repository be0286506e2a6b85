// factdiff: checks several news reports of one event against each other.
// The command line only parses options and maps outcomes to exit statuses; the work is in the
// library (src/pipeline and the stages it wires).
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <new>

#include "cli/command_options.h"
#include "cli/commands.h"
#include "cli/memory_settings.h"
#include "report/atomic_file.h"

int main(int argc, char** argv) {
  factdiff::cli::give_large_buffers_back();
  factdiff::install_interrupt_cleanup();  // an interrupted run leaves no partial output file
  CLI::App app{
      "factdiff: check news reports of the same event against each other.\n\n"
      "It extracts the numbers and quotes each report asserts, aligns the same claim across\n"
      "reports, and reports conflicts (129 vs 132 killed; a quote given to another speaker),\n"
      "changed wording, harmless variants and omissions, quoting the exact bytes of every\n"
      "source. English text only.\n\n"
      "Examples:\n"
      "  factdiff compare fixtures/paris-2015\n"
      "  factdiff check draft.txt --against wire1.txt wire2.txt --fail-on medium\n"
      "  factdiff extract --format json --explain report.txt\n\n"
      "Exit status: 0 no finding at or above --fail-on, 1 some, 2 an error."};
  app.set_version_flag("-V,--version", std::string("factdiff ") + FACTDIFF_VERSION);
  app.require_subcommand(1);
  app.fallthrough();

  int exit_status = factdiff::cli::kExitOk;
  factdiff::cli::add_inspect_command(app, exit_status);
  factdiff::cli::add_extract_command(app, exit_status);
  factdiff::cli::add_compare_command(app, exit_status);
  factdiff::cli::add_check_command(app, exit_status);
  factdiff::cli::add_bench_command(app, exit_status);
  factdiff::cli::add_rules_command(app, exit_status);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    std::cerr << "factdiff: " << error.what() << "\n"
              << "Run 'factdiff --help' or 'factdiff COMMAND --help' for usage.\n";
    return factdiff::cli::kExitError;
  } catch (const std::bad_alloc&) {
    // Commands report bad input themselves; what reaches here is a limit of the machine or of a
    // table, said plainly instead of an abort.
    std::cerr << "factdiff: out of memory: give fewer or smaller documents at once\n";
    return factdiff::cli::kExitError;
  } catch (const std::exception& error) {
    std::cerr << "factdiff: " << error.what() << "\n";
    return factdiff::cli::kExitError;
  }
  return exit_status;
}
