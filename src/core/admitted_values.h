// Admitted values: which values of its fact a claim allows, for telling whether two claims can
// both be true. Most claims admit their interval; a count of part of a group ("three of the
// victims", "one of the five people killed", "two of them") picks members out of the group, so
// it bounds the group's figure from below without stating it.
//
//   if (!admitted_values(a).intersects(admitted_values(b))) { /* a conflict */ }
#pragma once

#include "core/claim.h"

namespace factdiff {

// True for a count of part of a group: the extractor gives it a "whole" part.
bool counts_part_of_group(const Claim& claim);

// The claim's interval, or for part of a group every value from its count up.
Interval admitted_values(const Claim& claim);

}  // namespace factdiff
