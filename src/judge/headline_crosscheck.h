// Headline cross-check: the toll a report's headline gives against the toll its own body gives
// for a fact the reports share.
//
// A headline sums up its story, so its toll and the body's toll of the same casualties are one
// fact. Alignment puts at most one mention per report in a fact, and a report that repeats a
// figure contributes it once; but when the headline's figure differs from the body's ("6 wounded"
// over "five people have been wounded"), the body's joins the fact the other reports share and
// the headline's is left alone in a fact of its own, where no judge sees it. This pass finds such
// lone headline tolls and turns them into conflicts with the shared fact when no report of it
// gives a value the headline's could also be.
//
//   std::vector<Finding> found = crosscheck_headlines(facts, context);
#pragma once

#include <vector>

#include "core/fact.h"
#include "judge/judge_context.h"

namespace factdiff {

// Marks the lone headline facts it finds in conflict and returns one conflict finding for each
// (ids and ranking are set by the caller). Only counts of casualties (killed, injured, arrested,
// shot: the `casualty` predicate groups) are checked: a headline's other figures are as often a
// detail of the story as its summary.
std::vector<Finding> crosscheck_headlines(std::vector<Fact>& facts, const JudgeContext& context);

}  // namespace factdiff
