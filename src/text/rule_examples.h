// Example checkers of the text layer's rule stages, for the rules examples runner.
//
//   checkers.add("boilerplate", [&](const Rule& r, const RuleExample& e, bool negative) {
//     return check_boilerplate_example(rules, words, r, e, negative);
//   });
//
// boilerplate: the example's text is a page line or block (several lines allowed); some block
// must be marked by this rule (`expect: {reason: ID}` may name the rule or its `reason` field).
// A negative must not be marked by it. The rule is checked alone, with the cues, so that a
// neighbouring rule cannot make its examples pass.
// sentences: the example's text is a passage that must split into `expect: {sentences: N}`
// sentences with the bundled abbreviations; a negative is a passage that must stay one sentence.
#pragma once

#include "core/status.h"
#include "rules/rule_set.h"
#include "text/word_list.h"

namespace factdiff {

Status check_boilerplate_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                                 const RuleExample& example, bool negative);

Status check_sentences_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                               const RuleExample& example, bool negative);

// The same checks against rules given directly (what the RuleSet versions call).
Status check_boilerplate_example_with(const Rule& rule, const RuleExample& example, bool negative);
Status check_sentences_example_with(const Lexicon& abbreviations, const Rule& rule,
                                    const RuleExample& example, bool negative);

}  // namespace factdiff
