#include "report/claim_summary.h"

#include <cmath>
#include <cstdio>

namespace factdiff {
namespace {

// Integers print without a fraction; other values with up to six significant digits.
std::string format_number(double number) {
  char buffer[64];
  if (std::isfinite(number) && std::fabs(number) < 1e15 && number == std::trunc(number)) {
    std::snprintf(buffer, sizeof buffer, "%.0f", number);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.6g", number);
  }
  return buffer;
}

// Values with spaces are quoted so a dump stays one field per space-separated word.
void add_field(std::string& out, const char* name, const std::string& value) {
  if (value.empty()) return;
  out += ' ';
  out += name;
  out += '=';
  if (value.find(' ') != std::string::npos) {
    out += '"' + value + '"';
  } else {
    out += value;
  }
}

}  // namespace

std::string describe_value(const Interval& value) {
  if (value.low && value.high) {
    if (*value.low == *value.high) return format_number(*value.low);
    return format_number(*value.low) + "\u2013" + format_number(*value.high);
  }
  if (value.low) return "\u2265" + format_number(*value.low);
  if (value.high) return "\u2264" + format_number(*value.high);
  return "any";
}

std::string describe_claim(const Claim& claim) {
  std::string out(to_string(claim.kind));
  if (is_numeric(claim.kind)) {
    out += '=' + describe_value(claim.value);
    add_field(out, "qualifier", claim.qualifier);
    add_field(out, "unit", claim.unit);
    add_field(out, "pred", claim.predicate);
    if (claim.negated) out += " neg";
    add_field(out, "resolved", claim.resolved);
    add_field(out, "subject", claim.subject);
    add_field(out, "speaker", claim.speaker);
  } else if (claim.kind == ClaimKind::kAttribute) {
    add_field(out, "subject", claim.subject);
    if (!claim.attribute_name.empty()) add_field(out, claim.attribute_name.c_str(), claim.attribute_value);
  } else {
    add_field(out, "speaker", claim.speaker.empty() ? std::string("unknown") : claim.speaker.str());
    add_field(out, "verb", claim.verb);
    add_field(out, "audience", claim.audience);
  }
  return out;
}

}  // namespace factdiff
