// The example checker of stage `numeric`: every numeric rule proves itself on its examples.
//
// An example's text runs through the whole text layer and the numeric extractor, as a document
// published on 2015-11-16 (a fixed "today", so relative dates in examples resolve the same way
// every day). Exactly one claim must match every expected field; a negative must give no claim.
// Expected keys: kind, low, high (a number, an ISO date, or null for an open bound), unit,
// predicate, qualifier, negated (true/false), subject.
//
//   ExampleCheckers checkers;
//   add_numeric_checker(checkers, rules, words);
#pragma once

#include "core/status.h"
#include "rules/example_runner.h"
#include "rules/rule_set.h"
#include "text/word_list.h"

namespace factdiff {

// The publication date examples are read with.
inline constexpr const char* kNumericExamplePublished = "2015-11-16";

Status check_numeric_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                             const RuleExample& example, bool negative);

// Registers check_numeric_example under stage "numeric"; `rules` and `words` must outlive it.
void add_numeric_checker(ExampleCheckers& checkers, const RuleSet& rules, const WordList& words);

}  // namespace factdiff
