// Example checkers for the attribution stages' rules (quote, statement, attribute, entity,
// spelling): each runs the text layer and the stage's extractor on a rule example and compares
// the result with the example's expected fields.
//
//   ExampleCheckers checkers;
//   add_attribution_checkers(checkers, rules, words);
//
// Expected keys: quote and statement: speaker, verb, audience, quote; attribute: subject, name,
// value; entity: name (canonical) for the example text's single entity, type; spelling: value
// (the common form). A negative example must give no claim of the stage (no entity, no variant).
#pragma once

#include "core/status.h"
#include "rules/example_runner.h"
#include "rules/rule_set.h"
#include "text/word_list.h"

namespace factdiff {

Status check_quote_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                           const RuleExample& example, bool negative);
Status check_statement_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                               const RuleExample& example, bool negative);
Status check_attribute_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                               const RuleExample& example, bool negative);
Status check_entity_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                            const RuleExample& example, bool negative);
Status check_spelling_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                              const RuleExample& example, bool negative);

// Registers the five checkers under stages "quote", "statement", "attribute", "entity",
// "spelling". `rules` and `words` must outlive `checkers`.
void add_attribution_checkers(ExampleCheckers& checkers, const RuleSet& rules,
                              const WordList& words);

}  // namespace factdiff
