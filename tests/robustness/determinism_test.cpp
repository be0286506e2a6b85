// Determinism: the same inputs give byte-identical JSON across runs, whatever the order of the
// rule files and whatever the order of the files on the command line.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "../cli/run_factdiff.h"
#include "input/document_loader.h"
#include "robustness_support.h"

using namespace factdiff;
using namespace factdiff::robustness;
namespace fs = std::filesystem;

namespace {

// The clusters the determinism checks run on: the fixture and a spread of the corpus.
std::vector<std::string> sample_clusters() {
  std::vector<std::string> clusters{paris_cluster()};
  const std::vector<std::string> corpus = corpus_clusters();
  for (std::size_t i = 0; i < corpus.size(); i += 10) clusters.push_back(corpus[i]);
  return clusters;
}

std::vector<std::string> text_files_of(const std::string& cluster) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(cluster)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string compare_json(const Pipeline& pipeline, const std::vector<std::string>& paths) {
  Result<Report> report = pipeline.compare(paths, LoadOptions{});
  INFO(report.status().message());
  REQUIRE(report.ok());
  return json_of(report.value(), ReportMode::kCompare, /*explain=*/false);
}

}  // namespace

TEST_CASE("the same inputs give byte-identical JSON across runs", "[robustness][determinism]") {
  for (const std::string& cluster : sample_clusters()) {
    INFO(cluster);
    const std::string first = compare_json(shared_pipeline(), {cluster});
    CHECK(first.find("\"facts\"") != std::string::npos);
    CHECK(compare_json(shared_pipeline(), {cluster}) == first);
  }
  // And across processes, through the command line.
  const auto first = testing::run_factdiff({"compare", "--format", "json", "fixtures/paris-2015"});
  const auto second = testing::run_factdiff({"compare", "--format", "json", "fixtures/paris-2015"});
  CHECK(first.exit_status != 2);
  CHECK(!first.out.empty());
  CHECK(first.out == second.out);
}

TEST_CASE("the order of files on the command line changes nothing", "[robustness][determinism]") {
  for (const std::string& cluster : sample_clusters()) {
    INFO(cluster);
    std::vector<std::string> files = text_files_of(cluster);
    REQUIRE(files.size() >= 2);
    const std::string sorted = compare_json(shared_pipeline(), files);
    std::reverse(files.begin(), files.end());
    CHECK(compare_json(shared_pipeline(), files) == sorted);
    std::rotate(files.begin(), files.begin() + 1, files.end());
    CHECK(compare_json(shared_pipeline(), files) == sorted);
  }
}

TEST_CASE("the order of the rule files changes nothing", "[robustness][determinism]") {
  // Every bundled rule file in a folder of its own, the folders given forwards and backwards:
  // no two bundled rules share an id, so no rule replaces another and the order must not matter.
  const fs::path bundled = default_rules_dir();
  std::vector<fs::path> rule_files;
  for (const auto& entry : fs::recursive_directory_iterator(bundled)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") rule_files.push_back(entry.path());
  }
  std::sort(rule_files.begin(), rule_files.end());
  REQUIRE(rule_files.size() >= 5);

  TemporaryFolder scratch;
  std::vector<std::string> folders;
  for (std::size_t i = 0; i < rule_files.size(); ++i) {
    const fs::path folder = fs::path(scratch.path) / ("layer" + std::to_string(i));
    fs::create_directories(folder);
    fs::copy_file(rule_files[i], folder / rule_files[i].filename());
    folders.push_back(folder.string());
  }
  std::vector<std::string> backwards(folders.rbegin(), folders.rend());

  Result<Pipeline> forward = Pipeline::create(PipelineOptions{folders, {}});
  INFO(forward.status().message());
  REQUIRE(forward.ok());
  Result<Pipeline> reversed = Pipeline::create(PipelineOptions{backwards, {}});
  INFO(reversed.status().message());
  REQUIRE(reversed.ok());
  CHECK(forward.value().rules().rules().size() == shared_pipeline().rules().rules().size());

  for (const std::string& cluster : sample_clusters()) {
    INFO(cluster);
    const std::string expected = compare_json(shared_pipeline(), {cluster});
    CHECK(compare_json(forward.value(), {cluster}) == expected);
    CHECK(compare_json(reversed.value(), {cluster}) == expected);
  }
}
