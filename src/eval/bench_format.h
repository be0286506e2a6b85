// Bench output: the text table a person reads, the JSON a tracker stores, and CI thresholds.
//
//   std::cout << format_bench_text(result);
//   nlohmann::ordered_json json = bench_to_json(result);      // "schema": "factdiff.bench/1"
//   Status passed = check_thresholds(result, {"numeric.recall=0.95", "corpus:alignment.f1=0.5"});
//
// Metric names (for thresholds and in JSON): numeric, quotes, alignment, findings, ecb.pairs
// each with .precision, .recall or .f1; gva.killed, gva.injured, ecb.chains (shares);
// mutation.catch_rate; throughput.mb_per_second, throughput.documents_per_second.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/status.h"
#include "eval/bench_runner.h"

namespace factdiff {

inline constexpr const char* kBenchSchema = "factdiff.bench/1";

// Per set and overall scores, dataset gold, mutation, throughput, memory, skipped fixtures and
// the notes (misses, gold that could not be located). Metrics without gold show "-".
std::string format_bench_text(const BenchResult& result);

nlohmann::ordered_json bench_to_json(const BenchResult& result);

// The value of a metric overall, or of one set with "SET:metric"; an error names an unknown
// metric or set.
Result<double> bench_metric(const BenchResult& result, const std::string& name);

// Each spec is METRIC=MINIMUM (as for --fail-under). Errors: a malformed spec or unknown metric;
// otherwise one error listing every metric below its minimum with both values.
Status check_thresholds(const BenchResult& result, const std::vector<std::string>& specs);

}  // namespace factdiff
