#include "eval/bench_metrics.h"

namespace factdiff {
namespace {

double ratio(std::size_t numerator, std::size_t denominator) {
  return denominator == 0 ? 0.0 : static_cast<double>(numerator) / static_cast<double>(denominator);
}

}  // namespace

double PrecisionRecall::precision() const { return ratio(predicted_correct, predicted); }
double PrecisionRecall::recall() const { return ratio(gold_found, gold); }

double PrecisionRecall::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

PrecisionRecall& PrecisionRecall::operator+=(const PrecisionRecall& other) {
  predicted += other.predicted;
  predicted_correct += other.predicted_correct;
  gold += other.gold;
  gold_found += other.gold_found;
  return *this;
}

Share& Share::operator+=(const Share& other) {
  passed += other.passed;
  total += other.total;
  return *this;
}

}  // namespace factdiff
