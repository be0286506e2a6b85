// Bench runner: the whole pipeline over gold fixtures, scored per fixture set and overall.
//
//   BenchOptions options;
//   options.fixture_dirs = {"fixtures"};
//   options.corpus_dir = "../shared/corpus";
//   Result<BenchResult> result = run_bench(pipeline, options);
//   std::cout << format_bench_text(result.value());        // eval/bench_format.h
//
// Every folder holding a cluster.yaml is a fixture; its set is the top folder under the directory
// given (paris-2015, corpus). Per fixture the runner loads the documents, runs compare once
// (timed), and scores numeric claims, quotes with their speakers, alignment and findings against
// gold.yaml, plus the corpus's own gold (gva killed/injured, ecbplus coreference chains). With
// `mutate` > 0 it also runs that many single-change mutations of each fixture (eval/mutator.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "eval/bench_metrics.h"
#include "eval/compare_function.h"
#include "eval/dataset_gold.h"
#include "eval/mutator.h"
#include "extract/spelling_variants.h"

namespace factdiff {

class Pipeline;

struct BenchOptions {
  std::vector<std::string> fixture_dirs;  // searched recursively; empty means {"fixtures"}
  std::string corpus_dir;                 // where `corpus: ID` fixtures find their articles
  bool progress = false;                  // a progress line on standard error
  std::size_t mutate = 0;                 // mutations per fixture (0: none)
  std::uint64_t seed = 1;                 // mutation seed
  SpellingVariants spelling;              // quote matching; the Pipeline overload fills it
  TitleTest is_title;                     // which roles mutations treat as titles; likewise
};

// Scores of one fixture, or of a set of them summed.
struct BenchScores {
  std::size_t fixtures = 0;
  std::size_t skipped = 0;
  std::size_t documents = 0;
  std::size_t bytes = 0;
  double seconds = 0;      // compare wall time of the unmutated runs
  double cpu_seconds = 0;  // the same in process CPU time (steady on a busy machine)
  std::size_t claims = 0;
  std::size_t facts = 0;
  std::size_t findings = 0;
  PrecisionRecall numeric;    // gold numeric claims
  // Gold quotes found with the right speaker. Precision is approximate: extracted quotes of the
  // documents with gold quotes, counted correct up to the number of gold quotes found.
  PrecisionRecall quotes;
  PrecisionRecall alignment;  // pairs of mentions in one fact
  PrecisionRecall findings_gold;
  Share gva_killed;
  Share gva_injured;
  Share ecb_chains;
  PrecisionRecall ecb_pairs;
  MutationSummary mutation;

  BenchScores& operator+=(const BenchScores& other);
};

struct FixtureResult {
  std::string name;     // "corpus/gva-773002"
  std::string set;      // "corpus"
  std::string skipped;  // why it did not run, or empty
  BenchScores scores;
  std::vector<std::string> notes;  // gold that could not be located, dataset misses, warnings
};

struct SetResult {
  std::string name;
  BenchScores scores;
};

struct BenchResult {
  std::vector<FixtureResult> fixtures;  // sorted by name
  std::vector<SetResult> sets;          // sorted by name
  BenchScores overall;
  double wall_seconds = 0;              // the whole run, scoring and mutations included
  long peak_memory_kb = 0;              // getrusage ru_maxrss at the end
  std::uint64_t seed = 0;
  std::size_t mutate = 0;

  // Input over the compare runs' process CPU time (unmutated runs); wall time varies with load.
  double megabytes_per_second() const;
  double documents_per_second() const;
};

// Runs the bench with `compare` as the pipeline. Errors: a fixture directory is missing, a
// cluster.yaml or gold.yaml cannot be parsed, documents cannot be loaded. A corpus fixture whose
// cluster is absent is skipped and counted, with the reason, not an error.
Result<BenchResult> run_bench(const CompareFunction& compare, const BenchOptions& options);

// The same through a Pipeline's compare over documents in memory; quote matching uses the
// pipeline's spelling variants.
Result<BenchResult> run_bench(const Pipeline& pipeline, const BenchOptions& options);

// Peak resident memory of this process so far, in KiB.
long peak_memory_kb();

}  // namespace factdiff
