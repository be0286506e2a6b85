// Omissions and importance: which facts a report leaves out, and which matter most.
//
// A fact at least two documents carry (and, past 32 documents, at least one in 16) is an
// omission in each document that lacks it. Importance
// ranks them: casualty figures (dead, injured, arrested) first, then facts stated in the lead
// paragraphs, then facts more sources carry.
//
//   double weight = fact_importance(fact, context);
//   std::optional<Finding> missing = omission_of(fact, context, context.doc_ids());
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "judge/judge_context.h"

namespace factdiff {

double fact_importance(const Fact& fact, const JudgeContext& context);

// True when some mention states a casualty figure (its predicate is in a casualty group).
bool is_casualty_fact(const Fact& fact, const JudgeContext& context);

// True when the claim sits in the first three content paragraphs of its document (title included).
bool in_lead(std::size_t claim, const JudgeContext& context);

// The omission finding of a fact carried by at least two of `documents` (at least one in 16 of
// them in a large run) and missing from some of them, or nothing. Its id is left for the caller.
std::optional<Finding> omission_of(const Fact& fact, const JudgeContext& context,
                                   const std::vector<std::string>& documents);

}  // namespace factdiff
