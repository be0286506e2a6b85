#include "pipeline/pipeline.h"

#include <algorithm>
#include <utility>

#include "align/alignment.h"
#include "judge/judgement.h"
#include "pipeline/document_reading.h"
#include "text/bundled_word_list.h"
#include "text/text_analyzer.h"

namespace factdiff {

Result<Pipeline> Pipeline::create(const PipelineOptions& options) {
  std::vector<std::string> directories = options.rule_directories;
  if (directories.empty()) directories.push_back(default_rules_dir());
  Result<std::shared_ptr<const RuleSet>> rules = RuleSet::load(directories);
  if (!rules.ok()) return rules.status();
  // The bundled list is the numeric extractor's too: one copy serves both.
  Result<std::shared_ptr<const WordList>> words = options.word_list_path.empty()
                                                      ? bundled_word_list()
                                                      : WordList::load(options.word_list_path);
  if (!words.ok()) return words.status();
  Pipeline pipeline;
  pipeline.rules_ = std::move(rules).value();
  pipeline.words_ = std::move(words).value();
  pipeline.tables_ = std::make_shared<const ReadingTables>(*pipeline.rules_);
  return pipeline;
}

std::vector<AnalyzedDocument> Pipeline::analyze(const std::vector<Document>& documents) const {
  return analyze_documents(documents, *rules_, *words_);
}

Report Pipeline::run(std::vector<Document> documents, ReportMode mode,
                     const std::string& draft) const {
  Report report;
  report.mode = mode;
  report.draft = draft;
  // The canonical order: results never depend on the order of the arguments.
  std::sort(documents.begin(), documents.end(),
            [](const Document& a, const Document& b) { return a.id < b.id; });
  report.documents = std::move(documents);
  if (mode == ReportMode::kInspect) {
    report.analyses = analyze(report.documents);
    return report;
  }
  const CompareLexicons lexicons = compare_lexicons_from(*rules_);
  ReadDocuments read = read_documents(report.documents, *tables_, *words_,
                                      mode == ReportMode::kExtract ? nullptr : &lexicons);
  report.analyses = std::move(read.analyses);
  report.extraction = std::move(read.extraction);
  if (mode == ReportMode::kExtract) return report;
  report.facts = align_claims(report.extraction, std::move(*read.contexts), lexicons);
  if (mode == ReportMode::kCheck) {
    CheckOutcome outcome = judge_check(report.facts, report.extraction, report.analyses, lexicons, draft);
    report.findings = std::move(outcome.findings);
    report.support = std::move(outcome.support);
  } else {
    report.findings = judge_facts(report.facts, report.extraction, report.analyses, lexicons);
  }
  return report;
}

namespace {

Result<Report> load_and_run(const Pipeline& pipeline, const std::vector<std::string>& paths,
                            const LoadOptions& load, ReportMode mode, const std::string& draft) {
  Result<LoadedDocuments> loaded = load_documents(paths, load);
  if (!loaded.ok()) return loaded.status();
  Report report = pipeline.run(std::move(loaded.value().documents), mode, draft);
  report.warnings = loaded.value().warnings;
  for (const AnalyzedDocument& analysis : report.analyses) {
    report.warnings.insert(report.warnings.end(), analysis.warnings.begin(),
                           analysis.warnings.end());
  }
  report.warnings.insert(report.warnings.end(), report.extraction.warnings.begin(),
                         report.extraction.warnings.end());
  return report;
}

}  // namespace

Result<Report> Pipeline::inspect(const std::vector<std::string>& paths,
                                 const LoadOptions& load) const {
  return load_and_run(*this, paths, load, ReportMode::kInspect, {});
}

Result<Report> Pipeline::extract(const std::vector<std::string>& paths,
                                 const LoadOptions& load) const {
  return load_and_run(*this, paths, load, ReportMode::kExtract, {});
}

Result<Report> Pipeline::compare(const std::vector<std::string>& paths,
                                 const LoadOptions& load) const {
  return load_and_run(*this, paths, load, ReportMode::kCompare, {});
}

Result<Report> Pipeline::check(const std::string& draft, const std::vector<std::string>& sources,
                               const LoadOptions& load) const {
  // The draft is loaded alone first to learn its id, then with the sources.
  Result<LoadedDocuments> draft_only = load_documents({draft}, load);
  if (!draft_only.ok()) return draft_only.status();
  if (draft_only.value().documents.size() != 1) {
    return Status::error(draft + ": the draft must be one file, not a folder");
  }
  std::vector<std::string> paths{draft};
  paths.insert(paths.end(), sources.begin(), sources.end());
  Result<LoadedDocuments> loaded = load_documents(paths, load);
  if (!loaded.ok()) return loaded.status();
  // Ids may have been made unique with a folder prefix once the sources joined.
  std::string draft_id;
  for (const Document& document : loaded.value().documents) {
    if (document.path == draft_only.value().documents.front().path) draft_id = document.id;
  }
  Report report = run(std::move(loaded.value().documents), ReportMode::kCheck, draft_id);
  report.warnings = loaded.value().warnings;
  return report;
}

}  // namespace factdiff
