// Baseline: findings an editor has already reviewed, hidden from a re-run.
//
// A baseline is a previous JSON report of factdiff (its findings' ids) or a plain list of ids,
// one a line ('#' starts a comment). Finding ids are stable (fact key + type), so a re-run of the
// same draft shows only what is new.
//
//   Result<BaselineIds> reviewed = load_baseline("reviewed.json");
//   findings = drop_reviewed(std::move(findings), reviewed.value());
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/fact.h"
#include "core/status.h"

namespace factdiff {

using BaselineIds = std::set<std::string>;

// Reads a baseline file. Errors name the file: unreadable, or JSON that is not a report.
Result<BaselineIds> load_baseline(const std::string& path);

// The same from text; `name` names it in errors.
Result<BaselineIds> parse_baseline(std::string_view text, const std::string& name);

// The findings whose ids are not in `reviewed`, in their order.
std::vector<Finding> drop_reviewed(std::vector<Finding> findings, const BaselineIds& reviewed);

}  // namespace factdiff
