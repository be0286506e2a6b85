// NumericMention: a figure found in a sentence, before it becomes a Claim, and the interval
// arithmetic of qualifiers shared by the readers of figures, dates and times.
//
//   Interval value = apply_qualifier({24, 24}, QualifierEffect::kNearly, /*counts=*/true);
//   // [20, 23]: "nearly two dozen" people
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/claim.h"
#include "extract/numeric_lexicons.h"

namespace factdiff {

struct NumericMention {
  ClaimKind kind = ClaimKind::kCount;
  Interval value;
  std::size_t begin = 0;  // first piece of the claim
  std::size_t end = 0;    // one past its last piece
  std::size_t next = 0;   // where reading resumes (a part-of-whole figure resumes at the whole)
  std::string qualifier;
  std::string unit;
  std::string predicate;
  bool negated = false;
  std::string subject;
  std::string rule;
  std::string resolved;
  bool rejected = false;  // read, but no claim ("one attacker" states no count of the event)
  // Named piece ranges for --explain: {"number", first, last + 1}.
  struct Part {
    std::string name;
    std::size_t begin = 0;
    std::size_t end = 0;
  };
  std::vector<Part> parts;
};

// The interval a qualifier makes of a figure. Counts move strict bounds by one and round
// approximations outward to whole numbers; other quantities keep real bounds (docs/claims.md).
Interval apply_qualifier(Interval figure, QualifierEffect effect, bool counts);

}  // namespace factdiff
