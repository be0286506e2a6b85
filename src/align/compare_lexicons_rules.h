// The example checker of the `compare` stage's rules (predicate groups).
//
//   checkers.add("compare", check_compare_example);
//
// An example's text is a predicate lemma and `expect: {group: ...}` its group; a negative is a
// lemma in no group.
#pragma once

#include "core/status.h"
#include "rules/rule_set.h"

namespace factdiff {

Status check_compare_example(const Rule& rule, const RuleExample& example, bool negative);

}  // namespace factdiff
