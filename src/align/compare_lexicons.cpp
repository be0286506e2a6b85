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

// The longest tail of the role's words that is an office or a family title: titles stand last
// ("French president", "assistant chief fire officer").
std::string CompareLexicons::title_of(std::string_view role) const {
  const WordSequence words = split_words(role, {});
  std::string tail, found;
  for (auto word = words.folded.rbegin(); word != words.folded.rend(); ++word) {
    tail = tail.empty() ? *word : *word + " " + tail;
    if (offices.count(tail) || title_family.count(tail)) found = tail;
  }
  return found;
}

std::string CompareLexicons::family_of(std::string_view role) const {
  const auto found = title_family.find(title_of(role));
  return found == title_family.end() ? std::string() : found->second;
}

}  // namespace factdiff
