// The example checkers of every stage, wired together: what `factdiff rules test` runs.
//
//   std::vector<ExampleOutcome> outcomes =
//       run_rule_examples(pipeline.rules(), rule_example_checkers(pipeline));
#pragma once

#include "pipeline/pipeline.h"
#include "rules/example_runner.h"

namespace factdiff {

// Checkers for each stage that has rules; they run the stage on each example's text.
// The pipeline must outlive the checkers.
ExampleCheckers rule_example_checkers(const Pipeline& pipeline);

}  // namespace factdiff
