// Extraction: every claim of every document checked together, and the entities they name.
//
//   Extraction extraction = extract_claims(analyzed_documents, rules);
//
//   const ClaimExtractor extractor(rules);          // the rules' tables, built once
//   for (const auto& run : runs) use(extractor.extract(run));
//
//   ExtractionRun run(extractor);                    // a document at a time
//   for (const AnalyzedDocument& analysis : analyses) run.add_document(analysis);
//   Extraction extraction = std::move(run).finish();
//
// Claims come sorted by document (in the order given) then by start offset; ids are
// "<doc>:<n>" counting each document's claims in text order. Entities are resolved across all
// documents, so speaker_id and subject_id are comparable between reports.
#pragma once

#include <span>
#include <vector>

#include "core/claim.h"
#include "core/entity.h"
#include "extract/entity_lexicons.h"
#include "extract/entity_resolver.h"
#include "extract/numeric_extractor.h"
#include "extract/quote_extractor.h"
#include "rules/rule_set.h"
#include "text/analyzed_document.h"

namespace factdiff {

struct Extraction {
  std::vector<Claim> claims;
  std::vector<Entity> entities;
  std::vector<std::string> warnings;  // "a.txt: quote opened at byte 120 never closes"
};

// The extractors with their tables built from the rules: building them costs about as much as
// extracting a cluster of ten reports, so a caller with many runs builds them once.
class ClaimExtractor {
 public:
  // `rules` must outlive the extractor.
  explicit ClaimExtractor(const RuleSet& rules);
  Extraction extract(const std::vector<AnalyzedDocument>& documents) const;

 private:
  friend class ExtractionRun;
  NumericExtractor numeric_;
  AttributionLexicons lexicons_;
  PullQuoteRules pull_quotes_;
};

// One run's extraction a document at a time, for a caller that lets each document's analysis go
// before the next one is read: nothing of an analysis is kept once add_document returns.
class ExtractionRun {
 public:
  // `extractor` must outlive the run.
  explicit ExtractionRun(const ClaimExtractor& extractor);

  // Reads one document's claims, sorted by start offset, and returns them (valid until the next
  // call). Documents are added in the order extract() takes them. Speaker and subject ids, the
  // speakers of figures inside speech and claim ids are still to be filled by finish().
  std::span<const Claim> add_document(const AnalyzedDocument& analysis);
  // Entities resolved across every document added, figures in speech given their speaker,
  // claims numbered: what extract() returns for the same documents. Call once.
  Extraction finish() &&;

 private:
  const ClaimExtractor& extractor_;
  EntityResolver entities_;
  Extraction extraction_;
};

Extraction extract_claims(const std::vector<AnalyzedDocument>& documents, const RuleSet& rules);

}  // namespace factdiff
