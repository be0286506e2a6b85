// One fact's verdict, by kind: numbers as intervals, attributes per entity, quotes by speaker and
// words. A fact with one mention is `single`.
//
//   FactVerdict verdict = judge_fact(fact, context);
#pragma once

#include "judge/judge_context.h"

namespace factdiff {

FactVerdict judge_fact(const Fact& fact, const JudgeContext& context);

}  // namespace factdiff
