// Every example and negative of the attribution rules (stages quote, statement, attribute,
// entity, spelling) runs through its stage's checker and passes.
#include <catch2/catch.hpp>

#include <iostream>
#include <set>

#include "extract/quote_examples.h"
#include "rules/example_runner.h"
#include "attribution_test_support.h"

using namespace factdiff;

TEST_CASE("attribution rule examples pass", "[attribution][rules]") {
  const auto& environment = testing::attribution_environment();
  ExampleCheckers checkers;
  add_attribution_checkers(checkers, *environment.rules, *environment.words);
  const std::set<std::string> stages = {"quote", "statement", "attribute", "entity", "spelling"};
  std::size_t checked = 0;
  for (const ExampleOutcome& outcome : run_rule_examples(*environment.rules, checkers)) {
    const Rule* rule = environment.rules->find(outcome.rule_id);
    REQUIRE(rule != nullptr);
    if (!stages.count(rule->stage)) continue;
    ++checked;
    INFO(outcome.source.file << ":" << outcome.source.line << ": rule '" << outcome.rule_id << "' "
                             << (outcome.negative ? "negative " : "example ") << outcome.index << ": "
                             << outcome.message);
    CHECK(outcome.passed);
  }
  CHECK(checked > 40);
}
