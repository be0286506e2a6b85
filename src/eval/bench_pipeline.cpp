// The bench over a Pipeline: kept apart from the runner so the runner links without the stages.
#include "eval/bench_runner.h"
#include "pipeline/pipeline.h"

namespace factdiff {

Result<BenchResult> run_bench(const Pipeline& pipeline, const BenchOptions& options) {
  const CompareFunction compare = [&pipeline](std::vector<Document> documents) {
    return pipeline.run(std::move(documents), ReportMode::kCompare);
  };
  BenchOptions with_spelling = options;
  with_spelling.spelling = SpellingVariants::from_rules(pipeline.rules());
  return run_bench(compare, with_spelling);
}

}  // namespace factdiff
