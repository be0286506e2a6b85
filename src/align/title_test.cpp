#include "align/title_test.h"

#include <memory>

#include "align/compare_lexicons.h"

namespace factdiff {

std::function<bool(std::string_view role)> title_test_from(const RuleSet& rules) {
  auto lexicons = std::make_shared<const CompareLexicons>(compare_lexicons_from(rules));
  return [lexicons](std::string_view role) { return !lexicons->title_of(role).empty(); };
}

}  // namespace factdiff
