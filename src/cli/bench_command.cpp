// factdiff bench: the whole pipeline scored against gold fixtures, with its throughput.
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/command_options.h"
#include "cli/commands.h"
#include "eval/bench_format.h"
#include "eval/bench_runner.h"
#include "report/atomic_file.h"

namespace factdiff::cli {

namespace {

struct BenchCommandOptions {
  CommandOptions common;
  std::string corpus;
  std::vector<std::string> fail_under;
  std::size_t mutate = 0;
  std::uint64_t seed = 1;
};

int run_bench_command(const BenchCommandOptions& options) {
  Result<Pipeline> pipeline = make_pipeline(options.common);
  if (!pipeline.ok()) return fail(pipeline.status());
  BenchOptions bench;
  bench.fixture_dirs = options.common.inputs;
  if (bench.fixture_dirs.empty()) bench.fixture_dirs.push_back("fixtures");
  bench.corpus_dir = options.corpus;
  bench.progress = isatty(STDERR_FILENO) == 1;
  bench.mutate = options.mutate;
  bench.seed = options.seed;
  Result<BenchResult> result = run_bench(pipeline.value(), bench);
  if (!result.ok()) return fail(result.status());
  const std::string shown = options.common.format == "json"
                                ? bench_to_json(result.value()).dump(2) + "\n"
                                : format_bench_text(result.value());
  if (options.common.output.empty()) {
    std::cout << shown;
  } else {
    Status written = write_file_atomically(options.common.output, shown);
    if (!written.ok()) return fail(written);
  }
  Status thresholds = check_thresholds(result.value(), options.fail_under);
  if (!thresholds.ok()) {
    std::cerr << "factdiff: " << thresholds.message() << "\n";
    return kExitFindings;
  }
  return kExitOk;
}

}  // namespace

void add_bench_command(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<BenchCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "bench",
      "Score the whole pipeline against gold fixtures: precision, recall and F1 of numeric "
      "claims, quotes with their speakers, alignment and findings, per fixture set and overall, "
      "with throughput and peak memory");
  command->add_option("DIR", options->common.inputs,
                      "Fixture folders (searched for cluster.yaml; default: fixtures)");
  command->add_option("--corpus", options->corpus,
                      "The shared corpus folder, where fixtures naming a corpus cluster find "
                      "their articles (fixtures whose cluster is absent are skipped)");
  command->add_option("--fail-under", options->fail_under,
                      "Exit with status 1 when a metric is below a threshold, e.g. "
                      "--fail-under numeric.recall=0.95 (repeatable)");
  command->add_option("--mutate", options->mutate,
                      "Also run N single-change mutations of each fixture and report the catch "
                      "rate and false findings");
  command->add_option("--seed", options->seed, "Seed of the mutations")->capture_default_str();
  command->add_option("-f,--format", options->common.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", options->common.output,
                      "Write the scores to FILE (atomically) instead of standard output");
  command->add_option("--rules", options->common.rule_directories,
                      "Extra rule folder (repeatable)")
      ->check(CLI::ExistingDirectory);
  command->callback([options, &exit_status] { exit_status = run_bench_command(*options); });
}

}  // namespace factdiff::cli
