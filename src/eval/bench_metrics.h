// Precision, recall and F1 from counts, summed over fixtures and fixture sets.
//
//   PrecisionRecall numeric;
//   numeric.predicted = 40; numeric.predicted_correct = 36;   // precision side
//   numeric.gold = 50;      numeric.gold_found = 35;          // recall side
//   double f1 = numeric.f1();
//
// Precision and recall keep their own numerators: one extracted claim may match two gold claims
// (or the reverse), so "true positives" differ between the two sides.
#pragma once

#include <cstddef>

namespace factdiff {

struct PrecisionRecall {
  std::size_t predicted = 0;          // items the system produced (in scope)
  std::size_t predicted_correct = 0;  // of those, matched by gold
  std::size_t gold = 0;               // gold items
  std::size_t gold_found = 0;         // of those, matched by the system

  // 0 when there is nothing to divide by: an empty output scores zero, never NaN.
  double precision() const;
  double recall() const;
  double f1() const;
  bool empty() const { return predicted == 0 && gold == 0; }
  PrecisionRecall& operator+=(const PrecisionRecall& other);
};

// A share of items that passed a check (dataset gold, mutation catch rate).
struct Share {
  std::size_t passed = 0;
  std::size_t total = 0;

  double rate() const { return total == 0 ? 0.0 : static_cast<double>(passed) / total; }
  Share& operator+=(const Share& other);
};

}  // namespace factdiff
