// Fuzz target: any bytes as a rule file. Loading must give a rule set or an error message of the
// form "file:line:column: ...", never a crash, a hang or an unbounded allocation.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "rules/pattern_set.h"
#include "rules/rule_set.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factdiff;
  const std::string text(reinterpret_cast<const char*>(data), size);
  Result<std::shared_ptr<const RuleSet>> loaded = RuleSet::load_texts({{"fuzz.yaml", text}});
  if (!loaded.ok()) {
    const std::string message = loaded.status().message();
    if (message.rfind("fuzz.yaml:", 0) != 0 || message.find('\n') != std::string::npos) {
      std::fprintf(stderr, "rule error not of the form file:line:column: %s\n", message.c_str());
      std::abort();
    }
    return 0;
  }
  // A loaded set answers its queries for every rule it holds.
  for (const Rule& rule : loaded.value()->rules()) {
    if (loaded.value()->find(rule.id) != &rule || rule.examples.empty()) std::abort();
    if (rule.type == RuleType::kPattern) {
      const PatternSet* set = loaded.value()->pattern_set(rule.stage);
      if (set == nullptr) std::abort();
      for (const RuleExample& example : rule.examples) set->match(example.text, nullptr);
    }
  }
  return 0;
}
