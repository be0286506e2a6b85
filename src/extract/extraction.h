// Extraction: every claim of every document checked together, and the entities they name.
//
//   Extraction extraction = extract_claims(analyzed_documents, rules);
//
//   const ClaimExtractor extractor(rules);          // the rules' tables, built once
//   for (const auto& run : runs) use(extractor.extract(run));
//
// Claims come sorted by document (in the order given) then by start offset; ids are
// "<doc>:<n>" counting each document's claims in text order. Entities are resolved across all
// documents, so speaker_id and subject_id are comparable between reports.
#pragma once

#include <vector>

#include "core/claim.h"
#include "core/entity.h"
#include "extract/entity_lexicons.h"
#include "extract/numeric_extractor.h"
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
  const RuleSet& rules_;
  NumericExtractor numeric_;
  AttributionLexicons lexicons_;
};

Extraction extract_claims(const std::vector<AnalyzedDocument>& documents, const RuleSet& rules);

}  // namespace factdiff
