// Golden files of the whole pipeline on fixtures/paris-2015, one per format: what an editor sees
// for the bundled example. Any change in extraction, alignment, judgement or a reporter shows up
// here as a diff; after an intended change, regenerate with FACTDIFF_UPDATE_GOLDEN=1 (see
// golden.h) and review the diff of tests/report/golden/.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "golden.h"
#include "pipeline/pipeline.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/markdown_report.h"
#include "report/text_report.h"

namespace factdiff {
namespace {

// Runs from the source folder with a relative path, as `factdiff compare fixtures/paris-2015`
// does in the quick start, so no path of the machine reaches the golden files.
template <typename Run>
Report run_in_source_folder(Run run) {
  const std::filesystem::path previous = std::filesystem::current_path();
  std::filesystem::current_path(FACTDIFF_SOURCE_DIR);
  Result<Report> report = run();
  std::filesystem::current_path(previous);
  INFO(report.status().message());
  REQUIRE(report.ok());
  return std::move(report).value();
}

Pipeline bundled_pipeline() {
  PipelineOptions options;
  options.rule_directories = {FACTDIFF_DEFAULT_RULES_DIR};
  options.word_list_path = FACTDIFF_DEFAULT_WORDLIST;
  Result<Pipeline> pipeline = Pipeline::create(options);
  INFO(pipeline.status().message());
  REQUIRE(pipeline.ok());
  return std::move(pipeline).value();
}

TEST_CASE("golden files of the pipeline on paris-2015", "[report]") {
  const Pipeline pipeline = bundled_pipeline();
  const Report compare = run_in_source_folder(
      [&] { return pipeline.compare({"fixtures/paris-2015"}, LoadOptions{}); });
  testing::check_golden("paris-2015.compare.txt", render_text_report(compare));
  testing::check_golden("paris-2015.compare.md", render_markdown_report(compare));
  testing::check_golden("paris-2015.compare.json", render_json_report(compare));
  testing::check_golden("paris-2015.compare.html", render_html_report(compare));

  const Report extract = run_in_source_folder(
      [&] { return pipeline.extract({"fixtures/paris-2015"}, LoadOptions{}); });
  testing::check_golden("paris-2015.extract.txt", render_text_report(extract));
  testing::check_golden("paris-2015.extract.json", render_json_report(extract));

  const Report inspect = run_in_source_folder(
      [&] { return pipeline.inspect({"fixtures/paris-2015"}, LoadOptions{}); });
  testing::check_golden("paris-2015.inspect.txt", render_text_report(inspect));
}

}  // namespace
}  // namespace factdiff
