// Shared pieces of the robustness suite: one pipeline per test binary, the corpus clusters, the
// span check over a JSON report, and a child-process runner that measures peak memory and time.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "pipeline/pipeline.h"
#include "report/report.h"

namespace factdiff::robustness {

// The pipeline with the bundled rules and the default word list, created once.
const Pipeline& shared_pipeline();

// The cluster folders of the shared corpus, sorted; empty when there is no corpus.
std::vector<std::string> corpus_clusters();

// The fixture cluster of the source tree.
std::string paris_cluster();

// Every LF not already preceded by CR becomes CRLF.
std::string to_crlf(const std::string& bytes);

// Checks every object of `json` carrying "start"/"end"/"text" (and "sentence_start"/
// "sentence_end"/"sentence") against the bytes of the document it names through "doc" (its own
// or an enclosing object's). The sentence must contain the claim. Returns one line per mismatch; `checked` counts the spans seen.
std::vector<std::string> span_mismatches(const std::string& json,
                                         const std::vector<Document>& documents,
                                         std::size_t& checked);

// The JSON of `report` rendered as `mode` (extract shows every claim, compare facts and findings).
std::string json_of(const Report& report, ReportMode mode, bool explain);

struct MeasuredRun {
  int exit_status = -1;   // -1 when the child died of a signal
  long peak_rss_kb = 0;   // ru_maxrss of the child
  double seconds = 0;     // wall clock
  std::string err;        // standard error (standard output is discarded)
};

// Runs the factdiff binary with `arguments`, standard output to /dev/null.
MeasuredRun run_measured(const std::vector<std::string>& arguments);

// A temporary folder removed with everything in it when the object goes.
struct TemporaryFolder {
  TemporaryFolder();
  ~TemporaryFolder();
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  std::string path;
};

}  // namespace factdiff::robustness
