#include "judge/fact_judge.h"

#include "judge/attribute_judge.h"
#include "judge/numeric_judge.h"
#include "judge/quote_judge.h"

namespace factdiff {

FactVerdict judge_fact(const Fact& fact, const JudgeContext& context) {
  if (fact.mentions.size() < 2) return {FactStatus::kSingle, {}};
  switch (fact.kind) {
    case ClaimKind::kQuote:
    case ClaimKind::kStatement:
      return judge_speech(fact, context);
    case ClaimKind::kAttribute:
      return judge_attribute(fact, context);
    default:
      return judge_numeric(fact, context);
  }
}

}  // namespace factdiff
