#include "core/admitted_values.h"

#include <algorithm>

namespace factdiff {

bool counts_part_of_group(const Claim& claim) {
  return claim.kind == ClaimKind::kCount &&
         std::any_of(claim.parts.begin(), claim.parts.end(),
                     [](const MatchedPart& part) { return part.name == "whole"; });
}

// "Three of those killed were on vacation" says at least three were killed: the toll may be
// larger, never smaller.
Interval admitted_values(const Claim& claim) {
  if (!counts_part_of_group(claim)) return claim.value;
  return {claim.value.low, std::nullopt};
}

}  // namespace factdiff
