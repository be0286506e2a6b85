// The examples runner: every rule proves itself with its examples and negatives.
//
//   ExampleCheckers checkers;
//   checkers.add("boilerplate", check_boilerplate_example);
//   std::vector<ExampleOutcome> outcomes = run_rule_examples(rules, checkers);
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

std::vector<ExampleOutcome> run_rule_examples(const RuleSet& rules, const ExampleCheckers& checkers);

}  // namespace factdiff
