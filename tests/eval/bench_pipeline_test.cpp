#include <catch2/catch.hpp>

#include <filesystem>
#include <iostream>
#include <string>

#include "eval/bench_runner.h"
#include "pipeline/pipeline.h"
#include "score_floor.h"

namespace factdiff {
namespace {

const std::string kSource = FACTDIFF_SOURCE_DIR;

// The bar: a mutation is caught at least 95% of the time. The floors are the rates last measured;
// on the corpus, the misses are spread over numbers, speakers, quote words and roles.
constexpr double kMutationBar = 0.95;
constexpr double kParisMutationFloor = 0.95;
constexpr double kCorpusMutationFloor = 0.90;

const Pipeline& shared_pipeline() {
  static const Pipeline pipeline = [] {
    Result<Pipeline> created = Pipeline::create(PipelineOptions{});
    REQUIRE(created.ok());
    return std::move(created).value();
  }();
  return pipeline;
}

TEST_CASE("the unchanged paris-2015 cluster has no conflict and its mutations are caught",
          "[bench]") {
  BenchOptions options;
  options.fixture_dirs = {kSource + "/fixtures/paris-2015"};
  options.mutate = 1000;  // every candidate
  options.seed = 11;
  Result<BenchResult> result = run_bench(shared_pipeline(), options);
  REQUIRE(result.ok());
  REQUIRE(result.value().fixtures.size() == 1);
  const FixtureResult& paris = result.value().fixtures.front();
  for (const std::string& note : paris.notes) UNSCOPED_INFO(note);
  CHECK(paris.notes.empty());  // every gold span was located
  CHECK(paris.scores.numeric.gold > 0);

  const CompareFunction compare = [](std::vector<Document> documents) {
    return shared_pipeline().run(std::move(documents), ReportMode::kCompare);
  };
  Result<LoadedDocuments> loaded = load_documents({kSource + "/fixtures/paris-2015"}, LoadOptions{});
  REQUIRE(loaded.ok());
  const Report unchanged = compare(loaded.value().documents);
  for (const Finding& finding : unchanged.findings) {
    INFO(finding.message);
    CHECK(finding.type != FindingType::kConflict);
  }

  const MutationSummary& mutation = paris.scores.mutation;
  for (const MutationOutcome& outcome : mutation.outcomes) {
    if (!outcome.caught) UNSCOPED_INFO("missed: " << outcome.mutation.describe());
  }
  REQUIRE(mutation.caught.total > 0);
  testing::check_score("mutations caught, paris-2015", mutation.caught.rate(), kParisMutationFloor,
                       kMutationBar);
}

TEST_CASE("mutations of the corpus fixtures are caught at no lower a rate than measured", "[bench]") {
  const std::string corpus = FACTDIFF_CORPUS_DIR;
  if (!std::filesystem::is_directory(corpus)) {
    std::cout << "SKIPPED: corpus folder " << corpus << " is absent\n";
    return;
  }
  BenchOptions options;
  options.fixture_dirs = {kSource + "/fixtures"};
  options.corpus_dir = corpus;
  options.mutate = 4;
  options.seed = 5;
  Result<BenchResult> result = run_bench(shared_pipeline(), options);
  REQUIRE(result.ok());
  const MutationSummary& mutation = result.value().overall.mutation;
  std::size_t shown = 0;
  for (const MutationOutcome& outcome : mutation.outcomes) {
    if (!outcome.caught && ++shown <= 20) UNSCOPED_INFO("missed: " << outcome.mutation.describe());
  }
  CHECK(result.value().overall.skipped == 0);
  REQUIRE(mutation.caught.total > 100);
  testing::check_score("mutations caught, corpus fixtures", mutation.caught.rate(), kCorpusMutationFloor,
                       kMutationBar);
}

}  // namespace
}  // namespace factdiff
