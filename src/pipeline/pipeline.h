// Pipeline: the stages wired together, rules and word list loaded once.
//
//   Result<Pipeline> pipeline = Pipeline::create(options);
//   Result<Report> report = pipeline.value().compare({"a.txt", "b.txt"}, load_options);
//
// The command line, the tests and the benchmarks all go through this one entry point.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "input/document_loader.h"
#include "report/report.h"
#include "rules/rule_set.h"
#include "text/word_list.h"

namespace factdiff {

struct ReadingTables;

struct PipelineOptions {
  std::vector<std::string> rule_directories;  // the bundled folder first, then --rules DIRs
  std::string word_list_path;                 // English word list for glue repair
};

class Pipeline {
 public:
  static Result<Pipeline> create(const PipelineOptions& options);

  const RuleSet& rules() const { return *rules_; }
  const WordList& words() const { return *words_; }

  // Text layer only: blocks, boilerplate, sentences, tokens, repairs.
  std::vector<AnalyzedDocument> analyze(const std::vector<Document>& documents) const;

  Result<Report> inspect(const std::vector<std::string>& paths, const LoadOptions& load) const;
  Result<Report> extract(const std::vector<std::string>& paths, const LoadOptions& load) const;
  Result<Report> compare(const std::vector<std::string>& paths, const LoadOptions& load) const;
  // The draft is compared against the sources; its claims get a Support each.
  Result<Report> check(const std::string& draft, const std::vector<std::string>& sources,
                       const LoadOptions& load) const;

  // The same stages over documents already in memory (tests, benchmarks). Inspect keeps every
  // sentence and token; the other modes read one document at a time (document_reading.h), and
  // the report's analyses keep blocks, repairs and warnings only.
  Report run(std::vector<Document> documents, ReportMode mode, const std::string& draft = {}) const;

 private:
  std::shared_ptr<const RuleSet> rules_;
  std::shared_ptr<const WordList> words_;
  std::shared_ptr<const ReadingTables> tables_;  // of rules_, built once for every run
};

}  // namespace factdiff
