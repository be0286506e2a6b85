// The bench over a Pipeline: kept apart from the runner so the runner links without the stages.
#include "eval/bench_runner.h"
#include "align/title_test.h"
#include "pipeline/pipeline.h"

namespace factdiff {

Result<BenchResult> run_bench(const Pipeline& pipeline, const BenchOptions& options) {
  const CompareFunction compare = [&pipeline](std::vector<Document> documents) {
    return pipeline.run(std::move(documents), ReportMode::kCompare);
  };
  BenchOptions with_rules = options;
  with_rules.spelling = SpellingVariants::from_rules(pipeline.rules());
  with_rules.is_title = title_test_from(pipeline.rules());
  return run_bench(compare, with_rules);
}

}  // namespace factdiff
