// Fact keys, stable ids and labels.
//
// A fact's key says what it is about (kind, unit, predicate group, entity; the opening words of a
// quote), so its id is the same whatever the order of the files or of the run. Finding ids hash
// the fact key with the finding type, so a baseline of reviewed findings survives a re-run.
//
//   std::string id = stable_id("fact", "count|people|kill|");   // "fact-3f9a0c1d2e4b"
//   std::string label = count_label("people", "kill");          // "people killed"
#pragma once

#include <string>
#include <string_view>

namespace factdiff {

// prefix + "-" + 12 hex digits of a 64-bit FNV-1a hash of key (same on every platform and run).
std::string stable_id(std::string_view prefix, std::string_view key);

// "people killed", "raids", "jobs created": the unit in the plural and the predicate as a participle.
std::string count_label(std::string_view unit, std::string_view predicate);

std::string plural_of(std::string_view noun);
std::string participle_of(std::string_view verb);

}  // namespace factdiff
