// Finding order: what an editor reads first. Severity (high first), then the importance of the
// fact (casualties, lead paragraphs, coverage), then the fact's position, then the finding type.
//
//   rank_findings(findings, facts);
#pragma once

#include <vector>

#include "core/fact.h"

namespace factdiff {

// Stable: equal findings keep their order. Facts are looked up by id for their importance.
void rank_findings(std::vector<Finding>& findings, const std::vector<Fact>& facts);

}  // namespace factdiff
