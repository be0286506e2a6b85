#include "judge/finding_order.h"

#include <algorithm>
#include <map>
#include <string>

namespace factdiff {

void rank_findings(std::vector<Finding>& findings, const std::vector<Fact>& facts) {
  std::map<std::string, std::pair<double, std::size_t>> rank_of;  // fact id -> (importance, position)
  for (std::size_t i = 0; i < facts.size(); ++i) rank_of[facts[i].id] = {facts[i].importance, i};
  auto key = [&](const Finding& finding) {
    const auto found = rank_of.find(finding.fact);
    const double importance = found == rank_of.end() ? 0.0 : found->second.first;
    const std::size_t position = found == rank_of.end() ? facts.size() : found->second.second;
    return std::make_tuple(-static_cast<int>(finding.severity), -importance, position, static_cast<int>(finding.type));
  };
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

}  // namespace factdiff
