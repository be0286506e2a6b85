// Alignment: group claims of different documents into facts by what they are about.
//
//   std::vector<Fact> facts = align_claims(extraction, documents, rules);
//
// Never by value: 129 and 132 killed are one fact (and a conflict). Each fact holds at most one
// claim per document, chosen by optimal assignment. The result does not depend on the order of
// the documents: they are taken by id. Candidates are blocked by kind, unit and entity.
#pragma once

#include <vector>

#include "align/claim_contexts.h"
#include "align/compare_lexicons.h"
#include "core/fact.h"
#include "extract/extraction.h"
#include "rules/rule_set.h"
#include "text/analyzed_document.h"

namespace factdiff {

std::vector<Fact> align_claims(const Extraction& extraction,
                               const std::vector<AnalyzedDocument>& documents,
                               const RuleSet& rules);

// The same with the lexicons given directly (tests, benchmarks, repeated runs over one RuleSet).
// Fact mentions are indexes into extraction.claims, sorted by document id then position; facts
// come sorted by their first mention.
std::vector<Fact> align_claims(const Extraction& extraction,
                               const std::vector<AnalyzedDocument>& documents,
                               const CompareLexicons& lexicons);

// The same with each claim's context already read (ClaimContexts, one per claim in the order of
// extraction.claims): the documents' tokens may then be gone.
std::vector<Fact> align_claims(const Extraction& extraction, ClaimContexts contexts, const CompareLexicons& lexicons);

}  // namespace factdiff
