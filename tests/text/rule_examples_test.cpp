#include <catch2/catch.hpp>

#include "rules/example_runner.h"
#include "rules/rule_set.h"
#include "text/rule_examples.h"

using namespace factdiff;

namespace {

ExampleCheckers text_checkers(const RuleSet& rules, const WordList& words) {
  ExampleCheckers checkers;
  checkers.add("boilerplate", [&](const Rule& rule, const RuleExample& example, bool negative) {
    return check_boilerplate_example(rules, words, rule, example, negative);
  });
  checkers.add("sentences", [&](const Rule& rule, const RuleExample& example, bool negative) {
    return check_sentences_example(rules, words, rule, example, negative);
  });
  return checkers;
}

}  // namespace

TEST_CASE("every example of the text rules passes", "[text][rules]") {
  auto rules = RuleSet::load({std::string(FACTDIFF_SOURCE_DIR) + "/rules/text"});
  INFO(rules.status().message());
  REQUIRE(rules.ok());
  auto words = WordList::from_words({"the"});
  const std::vector<ExampleOutcome> outcomes =
      run_rule_examples(*rules.value(), text_checkers(*rules.value(), *words));
  std::size_t examples = 0, negatives = 0;
  for (const ExampleOutcome& outcome : outcomes) {
    INFO(outcome.rule_id << (outcome.negative ? " negative " : " example ") << outcome.index << ": "
                         << outcome.message);
    CHECK(outcome.passed);
    (outcome.negative ? negatives : examples) += 1;
  }
  CHECK(examples >= 40);
  CHECK(negatives >= 25);
  // Every rule of stage boilerplate and sentences has examples and negatives.
  for (const Rule& rule : rules.value()->rules()) {
    INFO(rule.id);
    CHECK_FALSE(rule.examples.empty());
    CHECK_FALSE(rule.negatives.empty());
  }
}

TEST_CASE("a boilerplate example that the rule does not mark fails, naming why", "[text][rules]") {
  Rule rule;
  rule.id = "boilerplate.test";
  rule.type = RuleType::kPattern;
  rule.stage = "boilerplate";
  rule.regex = std::make_shared<const RE2>("(?i)^duration \\d+:\\d\\d$");
  RuleExample example;
  example.text = "The duration was two hours.";
  Status status = check_boilerplate_example_with(rule, example, false);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() == "not marked as boilerplate");
  CHECK(check_boilerplate_example_with(rule, example, true).ok());
  example.text = "Duration 2:02";
  CHECK(check_boilerplate_example_with(rule, example, false).ok());
  status = check_boilerplate_example_with(rule, example, true);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() == "marked as boilerplate by boilerplate.test");
}

TEST_CASE("a sentences example reports the sentences it got", "[text][rules]") {
  Rule rule;
  rule.id = "sentences.test";
  rule.stage = "sentences";
  rule.lexicon = "abbreviations";
  rule.entries.push_back({"sen.", "title", {}, "sentences.test"});
  RuleExample example;
  example.text = "Sen. Smith spoke. He left.";
  example.expect["sentences"] = "2";
  CHECK(check_sentences_example_with({}, rule, example, false).ok());
  example.expect["sentences"] = "3";
  Status status = check_sentences_example_with({}, rule, example, false);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() == "expected 3 sentence(s), got 2: [Sen. Smith spoke.] [He left.]");
  example.text = "Sen. Smith spoke.";
  CHECK(check_sentences_example_with({}, rule, example, true).ok());
}
