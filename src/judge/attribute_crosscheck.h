// Attribute cross-check: an attribute a report gives once, against the same attribute the other
// reports agree on.
//
// Alignment puts at most one mention per report in a fact. When a report gives a person two
// offices ("Mayor X" in its headline, "President X" in its body), one joins the fact the other
// reports share and the other is left alone in a fact of its own, where no judge sees a conflict.
// This pass finds such lone facts of an attribute a person has one value of at a time (role and
// title of the same kind, nationality, age, status), and turns them into conflicts with the shared
// fact when the values cannot both be true.
//
//   std::vector<Finding> found = crosscheck_attributes(facts, context);
#pragma once

#include <vector>

#include "core/fact.h"
#include "judge/judge_context.h"

namespace factdiff {

// Marks the lone facts it finds in conflict and returns one conflict finding for each (ids and
// ranking are set by the caller). A lone fact is compared with facts of at least two reports, and
// is in conflict when its value agrees with none of theirs.
std::vector<Finding> crosscheck_attributes(std::vector<Fact>& facts, const JudgeContext& context);

}  // namespace factdiff
