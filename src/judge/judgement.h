// Judgement: decide each fact's status and the findings an editor should read.
//
//   std::vector<Finding> findings = judge_facts(facts, extraction, documents, rules);
//
// Sets each fact's status (agree, conflict, wording, variant, single) and returns findings with
// stable ids, severities and messages, ranked: high severity first, then importance.
// Check mode judges a draft against its sources instead:
//
//   CheckOutcome outcome = judge_check(facts, extraction, documents, rules, "draft");
//   outcome.support[i]   // supported, contradicted or unsupported for each claim of the draft
#pragma once

#include <string>
#include <vector>

#include "align/compare_lexicons.h"
#include "core/fact.h"
#include "extract/extraction.h"
#include "rules/rule_set.h"
#include "text/analyzed_document.h"

namespace factdiff {

std::vector<Finding> judge_facts(std::vector<Fact>& facts, const Extraction& extraction,
                                 const std::vector<AnalyzedDocument>& documents,
                                 const RuleSet& rules);

// The same with the lexicons given directly (tests, benchmarks).
std::vector<Finding> judge_facts(std::vector<Fact>& facts, const Extraction& extraction,
                                 const std::vector<AnalyzedDocument>& documents,
                                 const CompareLexicons& lexicons);

struct CheckOutcome {
  std::vector<Finding> findings;  // ranked like judge_facts
  std::vector<Support> support;   // parallel to extraction.claims; kNone for source claims
};

// Check mode: each draft claim is supported, contradicted (also a conflict finding) or
// unsupported (also an unsupported finding); facts at least half of the sources carry but the
// draft lacks are omissions. Findings among the sources alone are left out.
CheckOutcome judge_check(std::vector<Fact>& facts, const Extraction& extraction,
                         const std::vector<AnalyzedDocument>& documents, const RuleSet& rules,
                         const std::string& draft);
CheckOutcome judge_check(std::vector<Fact>& facts, const Extraction& extraction,
                         const std::vector<AnalyzedDocument>& documents,
                         const CompareLexicons& lexicons, const std::string& draft);

}  // namespace factdiff
