// The bench over a Pipeline: kept apart from the runner so the runner links without the stages.
#include "eval/bench_runner.h"
#include "pipeline/pipeline.h"

namespace factdiff {

Result<BenchResult> run_bench(const Pipeline& pipeline, const BenchOptions& options) {
  const CompareFunction compare = [&pipeline](std::vector<Document> documents) {
    return pipeline.run(std::move(documents), ReportMode::kCompare);
  };
  return run_bench(compare, options);
}

}  // namespace factdiff
