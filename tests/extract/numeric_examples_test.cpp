#include <catch2/catch.hpp>

#include "extract/numeric_examples.h"
#include "numeric_test_support.h"
#include "rules/example_runner.h"

using namespace factdiff;

TEST_CASE("every example and negative of the numeric rules holds", "[numeric][rules]") {
  const auto& environment = testing::numeric_environment();
  ExampleCheckers checkers;
  add_numeric_checker(checkers, *environment.rules, *environment.words);
  std::size_t checked = 0;
  for (const ExampleOutcome& outcome : run_rule_examples(*environment.rules, checkers)) {
    const Rule* rule = environment.rules->find(outcome.rule_id);
    if (rule == nullptr || rule->stage != "numeric") continue;
    ++checked;
    INFO(outcome.source.file << ":" << outcome.source.line << " rule " << outcome.rule_id
                             << (outcome.negative ? " negative " : " example ") << outcome.index
                             << ": " << outcome.message);
    CHECK(outcome.passed);
  }
  CHECK(checked > 50);
}
