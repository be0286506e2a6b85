// Bound: one end of a claim's value interval, a number or open, in 8 bytes.
//
// It reads and writes as std::optional<double> does, which it replaces in Interval: a run holds
// every claim at once, and the two optional bounds took 32 bytes of each where two of these take
// 16. "Open" is one NaN bit pattern that no arithmetic produces, so any double, NaN included,
// is held as a value.
//
//   Bound low = 4.0;               // also from std::nullopt and std::optional<double>
//   if (low) use(*low);            // as with std::optional<double>
//   low.reset();                   // open
//   std::optional<double> copy = low;
//
// Contract: `*bound` and `value()` of an open bound are undefined, as they are for an empty
// optional (value() does not throw). Two bounds are equal when both are open, or both hold a
// value and the values compare equal, as two std::optional<double> are.
#pragma once

#include <bit>
#include <cstdint>
#include <optional>

namespace factdiff {

class Bound {
 public:
  constexpr Bound() noexcept = default;
  constexpr Bound(std::nullopt_t) noexcept {}
  constexpr Bound(double value) noexcept : bits_(std::bit_cast<std::uint64_t>(value)) {}
  constexpr Bound(const std::optional<double>& value) noexcept
      : bits_(value ? std::bit_cast<std::uint64_t>(*value) : kOpen) {}

  constexpr bool has_value() const noexcept { return bits_ != kOpen; }
  constexpr explicit operator bool() const noexcept { return has_value(); }
  constexpr double operator*() const noexcept { return std::bit_cast<double>(bits_); }
  constexpr double value() const noexcept { return **this; }
  constexpr double value_or(double otherwise) const noexcept { return has_value() ? **this : otherwise; }
  constexpr void reset() noexcept { bits_ = kOpen; }
  constexpr operator std::optional<double>() const noexcept {
    return has_value() ? std::optional<double>(**this) : std::nullopt;
  }

  friend constexpr bool operator==(const Bound& a, const Bound& b) noexcept {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
  }

 private:
  // A quiet NaN with a payload of its own: arithmetic yields the default NaN or carries the
  // payload of an operand, and no operand ever holds this one.
  static constexpr std::uint64_t kOpen = 0x7FF8'0000'0B0D'0B0DULL;
  std::uint64_t bits_ = kOpen;
};

}  // namespace factdiff
