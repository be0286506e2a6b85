// Judgement: decide each fact's status and the findings an editor should read.
//
//   std::vector<Finding> findings = judge_facts(facts, extraction, documents, rules);
//
// Sets each fact's status (agree, conflict, wording, variant, single) and returns findings with
// stable ids, severities and messages, ranked: high severity first, then importance.
#pragma once

#include <vector>

#include "core/fact.h"
#include "extract/extraction.h"
#include "rules/rule_set.h"
#include "text/analyzed_document.h"

namespace factdiff {

std::vector<Finding> judge_facts(std::vector<Fact>& facts, const Extraction& extraction,
                                 const std::vector<AnalyzedDocument>& documents,
                                 const RuleSet& rules);

}  // namespace factdiff
