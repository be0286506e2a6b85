// compare end to end on 10, 100, 1,000 and 5,000 documents built by cycling corpus articles:
// text layer, extraction, alignment and judgement, as `factdiff compare` runs them. Each size is
// checked before it is timed: one report per document, claims found, every fact holding at most
// one mention per document with valid indexes, and every finding naming an existing fact.
// The complexity fit is over the number of claims, the quantity alignment must scale in.
#include <benchmark/benchmark.h>

#include <set>
#include <string>

#include "corpus_documents.h"
#include "pipeline/pipeline.h"

namespace factdiff {
namespace {

const Pipeline& pipeline() {
  static const Pipeline created = [] {
    Result<Pipeline> result = Pipeline::create(PipelineOptions{});
    if (!result.ok()) throw std::runtime_error(result.status().message());
    return std::move(result).value();
  }();
  return created;
}

std::string check_report(const Report& report, std::size_t documents) {
  if (report.documents.size() != documents) return "documents lost";
  if (report.extraction.claims.empty()) return "no claims extracted";
  std::set<std::string> fact_ids;
  for (const Fact& fact : report.facts) {
    fact_ids.insert(fact.id);
    std::set<std::string> seen;
    for (std::size_t index : fact.mentions) {
      if (index >= report.extraction.claims.size()) return "fact " + fact.id + ": bad claim index";
      if (!seen.insert(report.extraction.claims[index].doc).second) {
        return "fact " + fact.id + ": two mentions from one document";
      }
    }
  }
  for (const Finding& finding : report.findings) {
    if (!finding.fact.empty() && fact_ids.count(finding.fact) == 0) {
      return "finding " + finding.id + " names an unknown fact";
    }
  }
  return "";
}

void BM_CompareScaling(benchmark::State& state) {
  static const std::vector<std::vector<Document>> clusters = bench::corpus_clusters();
  if (clusters.empty()) {
    state.SkipWithError("SKIPPED: corpus folder absent (FACTDIFF_CORPUS_DIR)");
    return;
  }
  const std::size_t count = static_cast<std::size_t>(state.range(0));
  const std::vector<Document> documents = bench::cycled_documents(clusters, count);
  const Report checked = pipeline().run(documents, ReportMode::kCompare);
  const std::string problem = check_report(checked, count);
  if (!problem.empty()) {
    state.SkipWithError(problem.c_str());
    return;
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(pipeline().run(documents, ReportMode::kCompare));
  }
  const double claims = static_cast<double>(checked.extraction.claims.size());
  state.SetComplexityN(static_cast<int64_t>(claims));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bench::total_bytes(documents)));
  state.counters["documents/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * count), benchmark::Counter::kIsRate);
  state.counters["claims"] = claims;
  state.counters["facts"] = static_cast<double>(checked.facts.size());
  state.counters["findings"] = static_cast<double>(checked.findings.size());
}
BENCHMARK(BM_CompareScaling)
    ->Arg(10)->Arg(100)->Arg(1000)->Arg(5000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Complexity(benchmark::oNLogN);

}  // namespace
}  // namespace factdiff

BENCHMARK_MAIN();
