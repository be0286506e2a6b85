#include "judge/value_text.h"

#include <cmath>
#include <cstdio>

namespace factdiff {
namespace {

std::string number_text(double value) {
  char buffer[64];
  if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(std::llround(value)));
  } else {
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
  }
  return buffer;
}

std::string duration_text(double seconds) {
  struct Unit { double seconds; const char* name; };
  static const Unit units[] = {{31557600, "year"}, {2629800, "month"}, {604800, "week"}, {86400, "day"},
                               {3600, "hour"},     {60, "minute"},     {1, "second"}};
  for (const Unit& unit : units) {
    const double count = seconds / unit.seconds;
    if (count >= 1 && std::fabs(count - std::round(count)) < 1e-6) {
      const long long whole = std::llround(count);
      return std::to_string(whole) + " " + unit.name + (whole == 1 ? "" : "s");
    }
  }
  return number_text(seconds / 3600.0) + " hours";
}

std::string time_text(double seconds) {
  const long long total = std::llround(seconds);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02lld:%02lld", (total / 3600) % 24, (total / 60) % 60);
  return buffer;
}

std::string one_value(ClaimKind kind, double value) {
  switch (kind) {
    case ClaimKind::kDuration: return duration_text(value);
    case ClaimKind::kDate: return iso_date(std::llround(value));
    case ClaimKind::kTime: return time_text(value);
    case ClaimKind::kPercent: return number_text(value) + "%";
    default: return number_text(value);
  }
}

}  // namespace

std::string iso_date(long long days) {
  // Civil-from-days (proleptic Gregorian), exact for every representable day.
  days += 719468;
  const long long era = (days >= 0 ? days : days - 146096) / 146097;
  const long long day_of_era = days - era * 146097;
  const long long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long long month_index = (5 * day_of_year + 2) / 153;
  const long long day = day_of_year - (153 * month_index + 2) / 5 + 1;
  const long long month = month_index < 10 ? month_index + 3 : month_index - 9;
  const long long year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  char buffer[80];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld", year, month, day);
  return buffer;
}

std::string value_text(ClaimKind kind, const Interval& value) {
  if (value.low && value.high) {
    if (*value.low == *value.high) return one_value(kind, *value.low);
    const char* separator = kind == ClaimKind::kDate ? " to " : "-";
    return one_value(kind, *value.low) + separator + one_value(kind, *value.high);
  }
  if (value.low) return "at least " + one_value(kind, *value.low);
  if (value.high) return "at most " + one_value(kind, *value.high);
  return "an unresolved value";
}

}  // namespace factdiff
