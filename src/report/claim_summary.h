// Claim summary: the compact one-line dump of a claim that text, Markdown and HTML reports share.
//
//   describe_claim(claim)  ->  "count=129 unit=people pred=kill"
//   describe_value(claim.value)  ->  "129", "≥4", "<24", "20–30"
//
// The dump is also the form table-driven tests compare against, so it lists only fields that are
// set, always in the same order.
#pragma once

#include <string>

#include "core/claim.h"

namespace factdiff {

// A value interval in a person's notation: "129", "≥4", "≤24", "20–30", "any" when fully open.
std::string describe_value(const Interval& value);

// "<kind>=<value> qualifier=.. unit=.. pred=.. neg subject=.. speaker=.." for numeric kinds;
// "quote speaker=.. verb=.. audience=.." and "attribute subject=.. name=value" for the others.
std::string describe_claim(const Claim& claim);

}  // namespace factdiff
