// The string forms of the core enumerations, as they appear in JSON and on the command line.
#include <array>
#include <utility>

#include "core/claim.h"
#include "core/entity.h"
#include "core/fact.h"

namespace factdiff {
namespace {

constexpr std::array<std::pair<ClaimKind, std::string_view>, 11> kClaimKinds{{
    {ClaimKind::kCount, "count"},       {ClaimKind::kMeasure, "measure"},
    {ClaimKind::kMoney, "money"},       {ClaimKind::kPercent, "percent"},
    {ClaimKind::kAge, "age"},           {ClaimKind::kDuration, "duration"},
    {ClaimKind::kDate, "date"},         {ClaimKind::kTime, "time"},
    {ClaimKind::kQuote, "quote"},       {ClaimKind::kStatement, "statement"},
    {ClaimKind::kAttribute, "attribute"},
}};

}  // namespace

std::string_view to_string(ClaimKind kind) {
  for (const auto& [value, name] : kClaimKinds) {
    if (value == kind) return name;
  }
  return "unknown";
}

std::optional<ClaimKind> claim_kind_from_string(std::string_view name) {
  for (const auto& [value, text] : kClaimKinds) {
    if (text == name) return value;
  }
  return std::nullopt;
}

bool is_numeric(ClaimKind kind) {
  return kind != ClaimKind::kQuote && kind != ClaimKind::kStatement &&
         kind != ClaimKind::kAttribute;
}

bool Interval::intersects(const Interval& other) const {
  const bool below = high && other.low && *high < *other.low;
  const bool above = low && other.high && *low > *other.high;
  return !below && !above;
}

std::string_view to_string(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kPlace: return "place";
    case EntityType::kOther: return "other";
  }
  return "other";
}

std::string_view to_string(FactStatus status) {
  switch (status) {
    case FactStatus::kAgree: return "agree";
    case FactStatus::kConflict: return "conflict";
    case FactStatus::kWording: return "wording";
    case FactStatus::kVariant: return "variant";
    case FactStatus::kSingle: return "single";
  }
  return "single";
}

std::string_view to_string(FindingType type) {
  switch (type) {
    case FindingType::kConflict: return "conflict";
    case FindingType::kWording: return "wording";
    case FindingType::kVariant: return "variant";
    case FindingType::kOmission: return "omission";
    case FindingType::kUnsupported: return "unsupported";
  }
  return "conflict";
}

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::kNone: return "none";
    case Severity::kLow: return "low";
    case Severity::kMedium: return "medium";
    case Severity::kHigh: return "high";
  }
  return "none";
}

std::string_view to_string(Support support) {
  switch (support) {
    case Support::kNone: return "none";
    case Support::kSupported: return "supported";
    case Support::kContradicted: return "contradicted";
    case Support::kUnsupported: return "unsupported";
  }
  return "none";
}

std::optional<Severity> severity_from_string(std::string_view name) {
  for (Severity severity : {Severity::kNone, Severity::kLow, Severity::kMedium, Severity::kHigh}) {
    if (to_string(severity) == name) return severity;
  }
  return std::nullopt;
}

}  // namespace factdiff
