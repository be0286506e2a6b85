#include "extract/numeric_mention.h"

#include <algorithm>
#include <cmath>

namespace factdiff {
namespace {

// Products such as 1.1 * 100 land a hair above the whole number; round as a person would.
constexpr double kSlack = 1e-9;
double floor_whole(double value) { return std::floor(value + kSlack); }
double ceil_whole(double value) { return std::ceil(value - kSlack); }

}  // namespace

Interval apply_qualifier(Interval figure, QualifierEffect effect, bool counts) {
  if (!figure.low || !figure.high) return figure;
  const double low = *figure.low;
  const double high = *figure.high;
  switch (effect) {
    case QualifierEffect::kAtLeast:
      return {low, std::nullopt};
    case QualifierEffect::kMoreThan:
      return {counts ? high + 1 : high, std::nullopt};
    case QualifierEffect::kAtMost:
      return {std::nullopt, high};
    case QualifierEffect::kLessThan:
      return {std::nullopt, counts ? low - 1 : low};
    case QualifierEffect::kNearly:
      // "nearly three": never a low bound above the high one.
      if (counts) return {std::min(ceil_whole(0.8 * low), high - 1), high - 1};
      return {0.8 * low, high};
    case QualifierEffect::kAbout:
      if (counts) return {floor_whole(0.9 * low), ceil_whole(1.1 * high)};
      return {0.9 * low, 1.1 * high};
    // "before 9pm", "by 4.30pm", "after 2019": read like "up to" and "from" (docs/claims.md).
    case QualifierEffect::kBefore:
      return {std::nullopt, high};
    case QualifierEffect::kAfter:
      return {low, std::nullopt};
  }
  return figure;
}

}  // namespace factdiff
