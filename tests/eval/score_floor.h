// Accuracy checks at two levels. The target is the level an extractor or judge is meant to reach;
// the floor is the level last measured. Falling below the floor fails the test, since a change
// that lowers a score is a regression; falling short of the target is printed on every run, so
// the remaining gap stays in view without hiding real regressions behind a permanently red test.
//
//   check_score("numeric recall, corpus", score.recall(), 0.92, 0.95);
#pragma once

#include <iostream>
#include <string>

#include <catch2/catch.hpp>
#include <fmt/format.h>

namespace factdiff::testing {

inline void check_score(const std::string& what, double value, double floor, double target) {
  std::cout << fmt::format("  {:<44} {:.3f}  floor {:.3f}  target {:.3f}{}\n", what, value, floor,
                           target, value >= target ? "" : "  (below target)");
  INFO(what << ": " << value << " fell below the floor " << floor);
  CHECK(value >= floor);
}

}  // namespace factdiff::testing
