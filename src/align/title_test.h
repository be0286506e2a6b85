// Title test: whether a role is a title, an office or a title of a family ("French president",
// "sergeant"), of which a person holds one at a time. Other roles ("gunman", "owner") may stand
// beside any office. The mutator asks it; the lexicons behind it stay in the align stage.
//
//   const std::function<bool(std::string_view)> is_title = title_test_from(rules);
//   is_title("interior minister");   // true when "minister" is an office of the rules
#pragma once

#include <functional>
#include <string_view>

namespace factdiff {

class RuleSet;

// A test over the rules' `offices` and `title_families` lexicons; it keeps its own copy of them,
// so it outlives the RuleSet.
std::function<bool(std::string_view role)> title_test_from(const RuleSet& rules);

}  // namespace factdiff
