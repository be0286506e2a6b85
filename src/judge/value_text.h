// value_text: a claim's value as an editor reads it in a message ("129", "at least 4", "2 days",
// "2015-11-13", "01:30"), from the normalised interval and kind.
//
//   value_text(ClaimKind::kDuration, Interval::exactly(172800)) == "2 days"
#pragma once

#include <string>

#include "core/claim.h"

namespace factdiff {

std::string value_text(ClaimKind kind, const Interval& value);

// Days since 1970-01-01 as an ISO date.
std::string iso_date(long long days);

}  // namespace factdiff
