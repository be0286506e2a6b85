#include "rules/example_runner.h"

#include <fmt/format.h>

namespace factdiff {
namespace {

ExampleOutcome run_one(const Rule& rule, const RuleExample& example, std::size_t index,
                       bool negative, const ExampleChecker* checker) {
  ExampleOutcome outcome;
  outcome.rule_id = rule.id;
  outcome.source = example.source;
  outcome.index = index;
  outcome.negative = negative;
  if (checker == nullptr) {
    outcome.message = fmt::format("no checker for stage '{}'", rule.stage);
    return outcome;
  }
  Status status = (*checker)(rule, example, negative);
  outcome.passed = status.ok();
  outcome.message = status.message();
  return outcome;
}

}  // namespace

std::vector<ExampleOutcome> run_rule_examples(const RuleSet& rules,
                                              const ExampleCheckers& checkers) {
  std::vector<ExampleOutcome> outcomes;
  for (const Rule& rule : rules.rules()) {
    const ExampleChecker* checker = checkers.find(rule.stage);
    for (std::size_t i = 0; i < rule.examples.size(); ++i) {
      outcomes.push_back(run_one(rule, rule.examples[i], i + 1, false, checker));
    }
    for (std::size_t i = 0; i < rule.negatives.size(); ++i) {
      outcomes.push_back(run_one(rule, rule.negatives[i], i + 1, true, checker));
    }
  }
  return outcomes;
}

std::string format_outcome(const ExampleOutcome& outcome) {
  std::string line = fmt::format("{} {}:{}: rule '{}' {} {}", outcome.passed ? "PASS" : "FAIL",
                                 outcome.source.file, outcome.source.line, outcome.rule_id,
                                 outcome.negative ? "negative" : "example", outcome.index);
  if (!outcome.passed && !outcome.message.empty()) {
    line += ": ";
    for (char c : outcome.message) line += (c == '\n' || c == '\r') ? ' ' : c;  // one line each
  }
  return line;
}

std::string format_summary(const std::vector<ExampleOutcome>& outcomes) {
  std::size_t passed = 0;
  for (const ExampleOutcome& outcome : outcomes) passed += outcome.passed ? 1 : 0;
  return fmt::format("{} passed, {} failed", passed, outcomes.size() - passed);
}

std::string format_outcomes(const std::vector<ExampleOutcome>& outcomes, bool failures_only) {
  std::string text;
  for (const ExampleOutcome& outcome : outcomes) {
    if (failures_only && outcome.passed) continue;
    text += format_outcome(outcome);
    text += '\n';
  }
  text += format_summary(outcomes);
  text += '\n';
  return text;
}

}  // namespace factdiff
