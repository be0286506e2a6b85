// Fixture scoring: extracts the claims of one fixture folder and scores them against its gold.
//
// A fixture folder holds cluster.yaml and gold.yaml, and either its documents (.txt files) or,
// for a cluster of the shared corpus (`corpus: <cluster id>` in cluster.yaml), only metadata:
// the documents are then read from the corpus folder, with the fixture's publication dates.
//
//   Result<FixtureRun> run = run_fixture("fixtures/corpus/gva-773002", corpus_dir, *rules, *words);
//   if (run.ok() && !run.value().skipped) print(run.value().score.recall());
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "eval/gold_file.h"
#include "eval/numeric_scoring.h"
#include "extract/extraction.h"
#include "rules/rule_set.h"
#include "text/word_list.h"

namespace factdiff {

struct FixtureRun {
  std::string name;            // the folder's name ("gva-773002")
  bool skipped = false;        // a corpus fixture while the corpus is absent
  std::string skip_reason;
  std::vector<Document> documents;
  Extraction extraction;
  GoldFile gold;
  NumericScore score;
  // Gold numeric claims lying in blocks the text layer marks as boilerplate: the extractor never
  // reads those, so they are misses the numeric rules cannot recover.
  std::size_t gold_in_boilerplate = 0;
};

// Loads, analyses, extracts and scores one fixture. Errors name the file at fault.
Result<FixtureRun> run_fixture(const std::string& fixture_dir, const std::string& corpus_dir,
                               const RuleSet& rules, const WordList& words);

// Every fixture folder (one holding a gold.yaml) directly under `parent`, sorted by name.
std::vector<std::string> fixture_folders(const std::string& parent);

}  // namespace factdiff
