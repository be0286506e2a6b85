// The examples runner: every rule proves itself with its examples and negatives.
//
//   ExampleCheckers checkers;
//   checkers.add("boilerplate", check_boilerplate_example);
//   std::vector<ExampleOutcome> outcomes = run_rule_examples(rules, checkers);
//   std::cout << format_outcomes(outcomes, /*failures_only=*/false);   // ... "12 passed, 1 failed"
//
// Each stage supplies the checker for its rules' examples (src/pipeline/rule_examples wires them
// all); a rule whose stage has no checker fails with a message that says so.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/status.h"
#include "rules/rule_set.h"

namespace factdiff {

// Checks one example (negative = it must give nothing). Ok, or an error saying what came out.
using ExampleChecker =
    std::function<Status(const Rule& rule, const RuleExample& example, bool negative)>;

class ExampleCheckers {
 public:
  void add(std::string stage, ExampleChecker checker) { checkers_[std::move(stage)] = checker; }
  const ExampleChecker* find(const std::string& stage) const {
    auto it = checkers_.find(stage);
    return it == checkers_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, ExampleChecker> checkers_;
};

struct ExampleOutcome {
  std::string rule_id;
  RuleSource source;      // where the example is written
  std::size_t index = 0;  // 1-based among the rule's examples, or among its negatives
  bool negative = false;
  bool passed = false;
  std::string message;    // why it failed
};

// Runs every example then every negative of every rule, in rule order, through the checker of
// the rule's stage. Never stops early: one outcome per example and per negative.
std::vector<ExampleOutcome> run_rule_examples(const RuleSet& rules, const ExampleCheckers& checkers);

// One line for a terminal:
//   "FAIL rules/text/boilerplate.yaml:12: rule 'video-card' example 2: <message>"
//   "PASS rules/text/boilerplate.yaml:14: rule 'video-card' negative 1"
std::string format_outcome(const ExampleOutcome& outcome);
// "N passed, M failed".
std::string format_summary(const std::vector<ExampleOutcome>& outcomes);
// Every outcome (or only the failures) one per line, then the summary line; newline-terminated.
std::string format_outcomes(const std::vector<ExampleOutcome>& outcomes, bool failures_only);

}  // namespace factdiff
