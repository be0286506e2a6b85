// Numeric judgement: figures compared as intervals with their qualifiers.
//
// Two mentions conflict when no value lies in both intervals (129 vs 132; at least four vs
// three); intervals that overlap without being equal are a variant (nearly two dozen vs 22).
// When publication dates order the reports and the latest ones agree, the conflict carries a
// timeline and says the later report updates the figure.
//
//   FactVerdict verdict = judge_numeric(fact, context);
#pragma once

#include "judge/judge_context.h"

namespace factdiff {

FactVerdict judge_numeric(const Fact& fact, const JudgeContext& context);

// "432 people killed" style phrase for one mention, used by check mode too.
std::string mention_value(std::size_t claim, const JudgeContext& context);

}  // namespace factdiff
