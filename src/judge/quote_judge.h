// Quote and statement judgement: who said it, and in which words.
//
// The same words given to different speakers are a conflict. Quotes whose folded words differ
// are a `wording` finding with a word diff against the form most reports use: high severity when
// a number, a negation or a name changes, medium when many words change, low otherwise (outlets
// translate a foreign speaker differently). Quotes with the same words written differently
// (punctuation, case, spelling variants) are a `variant`. Reported speech is paraphrase by
// nature: statements are judged by speaker only.
//
//   FactVerdict verdict = judge_speech(fact, context);
#pragma once

#include "judge/judge_context.h"

namespace factdiff {

FactVerdict judge_speech(const Fact& fact, const JudgeContext& context);

}  // namespace factdiff
