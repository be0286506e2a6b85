// Only lookups here; reading the RuleSet lives in compare_lexicons_rules.cpp.
#include "align/compare_lexicons.h"

namespace factdiff {

std::string CompareLexicons::group_of(std::string_view predicate) const {
  const std::string key(predicate);
  if (const auto found = predicate_group.find(key); found != predicate_group.end()) return found->second;
  return key;
}

bool CompareLexicons::is_casualty(std::string_view predicate) const {
  if (predicate.empty()) return false;
  return casualty_groups.count(group_of(predicate)) > 0;
}

}  // namespace factdiff
