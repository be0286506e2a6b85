#include "pipeline/rule_examples.h"

#include "align/compare_lexicons_rules.h"
#include "extract/numeric_examples.h"
#include "extract/quote_examples.h"
#include "text/rule_examples.h"

namespace factdiff {

ExampleCheckers rule_example_checkers(const Pipeline& pipeline) {
  const RuleSet& rules = pipeline.rules();
  const WordList& words = pipeline.words();
  ExampleCheckers checkers;
  checkers.add("boilerplate", [&rules, &words](const Rule& rule, const RuleExample& example,
                                               bool negative) {
    return check_boilerplate_example(rules, words, rule, example, negative);
  });
  checkers.add("sentences", [&rules, &words](const Rule& rule, const RuleExample& example,
                                             bool negative) {
    return check_sentences_example(rules, words, rule, example, negative);
  });
  add_numeric_checker(checkers, rules, words);
  add_attribution_checkers(checkers, rules, words);
  checkers.add("compare", check_compare_example);
  return checkers;
}

}  // namespace factdiff
