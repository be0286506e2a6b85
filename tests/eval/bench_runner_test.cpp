#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "../robustness/robustness_support.h"
#include "bench_fake_compare.h"
#include "eval/bench_format.h"
#include "eval/bench_runner.h"

namespace factdiff {
namespace {

const std::string kFixtures = std::string(FACTDIFF_SOURCE_DIR) + "/tests/eval/fixtures/bench";
// An invented corpus cluster in the shape of the shared corpus, written at run time so that the
// repository holds no article text under a corpus layout.
const std::string& invented_corpus() {
  static const robustness::TemporaryFolder folder;
  static const std::string path = [] {
    const std::filesystem::path cluster = std::filesystem::path(folder.path) / "gva-000001";
    std::filesystem::create_directories(cluster);
    std::ofstream(cluster / "01_north.txt")
        << "Shooting downtown\nPolice said 3 killed and 5 injured in the shooting near the market.\n";
    std::ofstream(cluster / "02_south.txt")
        << "Market shooting\nWitnesses saw 3 killed and 4 injured when shots rang out.\n";
    std::ofstream(cluster / "cluster.yaml")
        << "dataset: gva-semeval2018t5\n"
           "cluster_id: gva-000001\n"
           "description: invented incident in the shape of a Gun Violence Archive cluster\n"
           "gold:\n  killed: 3\n  injured: 6\n"
           "articles:\n"
           "  - {file: 01_north.txt, doc_id: aaaa, outlet: north.example, dct: '2030-06-01'}\n"
           "  - {file: 02_south.txt, doc_id: bbbb, outlet: south.example, dct: '2030-06-02'}\n";
    return folder.path;
  }();
  return path;
}

BenchResult run_fake(std::size_t mutate = 0, std::uint64_t seed = 1) {
  BenchOptions options;
  options.fixture_dirs = {kFixtures};
  options.corpus_dir = invented_corpus();
  options.mutate = mutate;
  options.seed = seed;
  Result<BenchResult> result = run_bench(testing::fake_compare, options);
  REQUIRE(result.ok());
  return result.value();
}

const FixtureResult& fixture_named(const BenchResult& result, const std::string& name) {
  for (const FixtureResult& fixture : result.fixtures) {
    if (fixture.name == name) return fixture;
  }
  FAIL("no fixture " << name);
  return result.fixtures.front();
}

TEST_CASE("bench finds fixtures by set and skips an absent corpus cluster", "[bench]") {
  const BenchResult result = run_fake();
  REQUIRE(result.fixtures.size() == 3);
  CHECK(fixture_named(result, "storm-2031").set == "storm-2031");
  CHECK(fixture_named(result, "corpus/gva-000001").set == "corpus");
  const FixtureResult& absent = fixture_named(result, "corpus/gva-000002");
  CHECK(absent.skipped.find("gva-000002 not found") != std::string::npos);
  CHECK(result.overall.fixtures == 2);
  CHECK(result.overall.skipped == 1);
  CHECK(result.overall.documents == 4);
  REQUIRE(result.sets.size() == 2);
  CHECK(result.sets[0].name == "corpus");
  CHECK(result.sets[1].name == "storm-2031");
}

TEST_CASE("bench scores numeric claims, alignment and findings against gold", "[bench]") {
  const BenchResult result = run_fake();
  const BenchScores& storm = fixture_named(result, "storm-2031").scores;
  CHECK(storm.numeric.gold == 4);
  CHECK(storm.numeric.gold_found == 4);
  CHECK(storm.numeric.predicted == 4);
  CHECK(storm.alignment.gold == 2);
  CHECK(storm.alignment.gold_found == 2);
  CHECK(storm.alignment.predicted == 2);
  CHECK(storm.alignment.predicted_correct == 2);
  CHECK(storm.findings_gold.gold == 1);
  CHECK(storm.findings_gold.gold_found == 1);
  CHECK(storm.findings_gold.precision() == Approx(1.0));
}

TEST_CASE("bench checks the corpus's own killed and injured counts", "[bench]") {
  const BenchResult result = run_fake();
  const FixtureResult& gva = fixture_named(result, "corpus/gva-000001");
  CHECK(gva.scores.gva_killed.passed == 1);    // 3 killed in both reports
  CHECK(gva.scores.gva_injured.total == 1);
  CHECK(gva.scores.gva_injured.passed == 0);   // the archive says 6; the reports say 5 and 4
  REQUIRE(gva.notes.size() == 1);
  CHECK(gva.notes[0] == "injured 6 is in no fact about people injured");
}

TEST_CASE("an empty compare output scores zero, not a crash", "[bench]") {
  BenchOptions options;
  options.fixture_dirs = {kFixtures};
  options.corpus_dir = invented_corpus();
  options.mutate = 3;
  const CompareFunction nothing = [](std::vector<Document> documents) {
    Report report;
    report.documents = std::move(documents);
    return report;
  };
  Result<BenchResult> result = run_bench(nothing, options);
  REQUIRE(result.ok());
  const BenchScores& all = result.value().overall;
  CHECK(all.numeric.gold == 4);
  CHECK(all.numeric.recall() == 0.0);
  CHECK(all.numeric.f1() == 0.0);
  CHECK(all.alignment.recall() == 0.0);
  CHECK(all.mutation.caught.total == 0);
  CHECK(format_bench_text(result.value()).find("overall") != std::string::npos);
}

TEST_CASE("bench reports a missing fixture directory as an error", "[bench]") {
  BenchOptions options;
  options.fixture_dirs = {kFixtures + "/no-such-set"};
  Result<BenchResult> result = run_bench(testing::fake_compare, options);
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().message() == kFixtures + "/no-such-set: no such directory");
}

TEST_CASE("bench JSON carries its schema, sets and throughput", "[bench]") {
  const BenchResult result = run_fake();
  const nlohmann::ordered_json json = bench_to_json(result);
  CHECK(json["schema"] == "factdiff.bench/1");
  CHECK(json["sets"].size() == 2);
  CHECK(json["overall"]["numeric"]["gold"] == 4);
  CHECK(json["overall"]["dataset"]["gva_killed"]["passed"] == 1);
  CHECK(json["throughput"]["documents"] == 4);
  CHECK(json["fixtures"][1]["skipped"].is_string());
  CHECK(json["peak_memory_kb"].get<long>() > 0);
}

TEST_CASE("fail-under names every metric below its minimum", "[bench]") {
  const BenchResult result = run_fake();
  CHECK(check_thresholds(result, {"numeric.recall=0.5", "storm-2031:alignment.f1=1"}).ok());
  const Status failed =
      check_thresholds(result, {"gva.injured=0.5", "numeric.recall=0.1", "findings.precision=1.5"});
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.message() ==
        "bench below thresholds: gva.injured is 0.0000, under 0.5; "
        "findings.precision is 1.0000, under 1.5");
  CHECK(check_thresholds(result, {"numeric.recal=0.5"}).message().find("unknown metric") !=
        std::string::npos);
  CHECK(check_thresholds(result, {"nope:numeric.recall=0.5"}).message() ==
        "--fail-under nope:numeric.recall: no fixture set nope");
  CHECK(check_thresholds(result, {"numeric.recall"}).message() ==
        "--fail-under numeric.recall: expected METRIC=MINIMUM");
}

}  // namespace
}  // namespace factdiff
