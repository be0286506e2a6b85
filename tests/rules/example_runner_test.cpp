// The examples runner with a fake checker: every example and negative gets one outcome naming
// file, rule, index and negative-ness; a stage without a checker fails and says so.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rules/example_runner.h"

namespace factdiff {
namespace {

const char* const kRules =
    "rules:\n"
    "  - id: video-card\n"
    "    type: pattern\n"
    "    stage: boilerplate\n"
    "    pattern: '(?i)^duration \\d+:\\d\\d$'\n"
    "    examples:\n"
    "      - Duration 2:02\n"
    "      - Duration 2 minutes\n"
    "    negatives:\n"
    "      - A duration of two hours\n"
    "  - id: number-words\n"
    "    type: lexicon\n"
    "    stage: numeric\n"
    "    lexicon: number_words\n"
    "    entries: {one: 1}\n"
    "    examples: [one]\n";

// The fake boilerplate checker: an example must match the rule's pattern, a negative must not.
Status check_by_pattern(const Rule& rule, const RuleExample& example, bool negative) {
  const bool matched = RE2::PartialMatch(example.text, *rule.regex);
  if (matched == !negative) return Status();
  return Status::error(negative ? "matched '" + example.text + "'"
                                : "no match in '" + example.text + "'");
}

std::shared_ptr<const RuleSet> load_rules() {
  Result<std::shared_ptr<const RuleSet>> loaded =
      RuleSet::load_texts({{"rules/text/boilerplate.yaml", kRules}});
  INFO(loaded.status().message());
  REQUIRE(loaded.ok());
  return loaded.value();
}

TEST_CASE("the runner checks every example and negative with the stage's checker", "[rules]") {
  auto rules = load_rules();
  ExampleCheckers checkers;
  checkers.add("boilerplate", check_by_pattern);
  const std::vector<ExampleOutcome> outcomes = run_rule_examples(*rules, checkers);
  REQUIRE(outcomes.size() == 4);

  CHECK(outcomes[0].rule_id == "video-card");
  CHECK(outcomes[0].index == 1);
  CHECK_FALSE(outcomes[0].negative);
  CHECK(outcomes[0].passed);
  CHECK(outcomes[0].source.line == 7);

  CHECK(outcomes[1].index == 2);
  CHECK_FALSE(outcomes[1].passed);
  CHECK(outcomes[1].message == "no match in 'Duration 2 minutes'");

  CHECK(outcomes[2].negative);
  CHECK(outcomes[2].index == 1);
  CHECK(outcomes[2].passed);

  CHECK(outcomes[3].rule_id == "number-words");
  CHECK_FALSE(outcomes[3].passed);
  CHECK(outcomes[3].message == "no checker for stage 'numeric'");
}

TEST_CASE("outcomes print one line each and a summary", "[rules]") {
  auto rules = load_rules();
  ExampleCheckers checkers;
  checkers.add("boilerplate", check_by_pattern);
  const std::vector<ExampleOutcome> outcomes = run_rule_examples(*rules, checkers);

  CHECK(format_outcome(outcomes[0]) == "PASS rules/text/boilerplate.yaml:7: rule 'video-card' "
                                       "example 1");
  CHECK(format_outcome(outcomes[1]) ==
        "FAIL rules/text/boilerplate.yaml:8: rule 'video-card' example 2: no match in "
        "'Duration 2 minutes'");
  CHECK(format_outcome(outcomes[2]) == "PASS rules/text/boilerplate.yaml:10: rule 'video-card' "
                                       "negative 1");
  CHECK(format_summary(outcomes) == "2 passed, 2 failed");
  CHECK(format_outcomes(outcomes, true) ==
        "FAIL rules/text/boilerplate.yaml:8: rule 'video-card' example 2: no match in "
        "'Duration 2 minutes'\n"
        "FAIL rules/text/boilerplate.yaml:16: rule 'number-words' example 1: no checker for "
        "stage 'numeric'\n"
        "2 passed, 2 failed\n");
}

TEST_CASE("a failure message spanning lines prints on one line", "[rules]") {
  ExampleOutcome outcome;
  outcome.rule_id = "video-card";
  outcome.source = {"a.yaml", 3, 9};
  outcome.index = 1;
  outcome.message = "expected 1 claim\ngot 2";
  CHECK(format_outcome(outcome) == "FAIL a.yaml:3: rule 'video-card' example 1: expected 1 "
                                   "claim got 2");
}

}  // namespace
}  // namespace factdiff
