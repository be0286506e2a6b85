// Fact and Finding: the same claim across documents, and the judgement on it.
//
// A Fact holds at most one mention per document, aligned by what the claims are about, never by
// their values. A Finding says what an editor should look at: a conflict, changed wording, a
// harmless variant, an omission, or (in check mode) a draft claim no source supports.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/claim.h"

namespace factdiff {

enum class FactStatus { kAgree, kConflict, kWording, kVariant, kSingle };
enum class FindingType { kConflict, kWording, kVariant, kOmission, kUnsupported };
enum class Severity { kNone, kLow, kMedium, kHigh };
enum class Support { kNone, kSupported, kContradicted, kUnsupported };

std::string_view to_string(FactStatus status);
std::string_view to_string(FindingType type);
std::string_view to_string(Severity severity);
std::string_view to_string(Support support);
std::optional<Severity> severity_from_string(std::string_view name);

struct Fact {
  std::string id;     // stable: from the fact's key, not from run order
  std::string key;    // what the fact is about: kind, unit, predicate, subject
  ClaimKind kind = ClaimKind::kCount;
  std::string label;  // a few words: "people killed"
  FactStatus status = FactStatus::kSingle;
  std::vector<std::size_t> mentions;  // indexes into the run's claims, in document order
  double importance = 0;              // ranks omissions: casualties, lead paragraphs, coverage
};

// One point of a figure that changes over time, in publication order.
struct TimelinePoint {
  std::string doc;
  std::string published;
  std::string value;  // as the report states it
};

struct Finding {
  std::string id;  // stable: from the fact's key and the finding type
  FindingType type = FindingType::kConflict;
  Severity severity = Severity::kLow;
  std::string fact;     // fact id
  std::string message;  // one read, actionable
  std::vector<std::size_t> mentions;     // indexes into the run's claims
  std::vector<std::string> missing_from; // omissions: documents that lack the fact
  std::vector<TimelinePoint> timeline;   // a figure that changes with publication date
  std::string diff;                      // wording: word-level diff, "[-old-] {+new+}"
};

}  // namespace factdiff
