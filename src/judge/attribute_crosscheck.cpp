#include "judge/attribute_crosscheck.h"

#include <algorithm>
#include <map>
#include <string>

#include "align/claim_features.h"
#include "judge/attribute_judge.h"

namespace factdiff {
namespace {

// Roles and titles only: a status changes as a story unfolds (shot, arrested, charged), and a
// lone nationality or age is more often a pronoun resolved to the wrong person than a contradiction.
bool is_lone_role(const Fact& fact, const JudgeContext& context) {
  if (fact.kind != ClaimKind::kAttribute || fact.mentions.size() != 1) return false;
  const Claim& claim = context.claim(fact.mentions.front());
  return !claim.subject_id.empty() && is_role_attribute(claim.attribute_name);
}

Finding conflict_with(const Fact& lone, const Fact& shared, const JudgeContext& context) {
  const std::size_t mention = lone.mentions.front();
  const Claim& claim = context.claim(mention);
  std::string others;
  for (std::size_t other : shared.mentions) {
    others += (others.empty() ? "" : "; ") + context.doc_name(context.claim(other).doc) + " says \"" +
              context.claim_excerpt(other) + "\"";
  }
  Finding finding;
  finding.type = FindingType::kConflict;
  finding.severity = Severity::kHigh;
  finding.mentions = {mention};
  finding.mentions.insert(finding.mentions.end(), shared.mentions.begin(), shared.mentions.end());
  finding.message = "Reports give " + shared.label + " differently: " + context.doc_name(claim.doc) +
                    " also says \"" + context.claim_excerpt(mention) + "\"; " + others + ".";
  return finding;
}

}  // namespace

std::vector<Finding> crosscheck_attributes(std::vector<Fact>& facts, const JudgeContext& context) {
  const CompareLexicons& lexicons = context.lexicons();
  auto block_of = [&](const Fact& fact) {
    const Claim& first = context.claim(fact.mentions.front());
    return attribute_block(first, first.subject_id, lexicons);
  };
  // The shared facts by block: attribute facts at least two reports carry.
  std::multimap<std::string, const Fact*> shared;
  for (const Fact& fact : facts) {
    if (fact.kind != ClaimKind::kAttribute || context.report_count(fact) < 2) continue;
    shared.emplace(block_of(fact), &fact);
  }
  std::vector<Finding> findings;
  for (Fact& fact : facts) {
    if (!is_lone_role(fact, context)) continue;
    const Claim& claim = context.claim(fact.mentions.front());
    const auto [begin, end] = shared.equal_range(block_of(fact));
    for (auto it = begin; it != end; ++it) {
      const Fact& other = *it->second;
      // Without ranks: "police chief" beside "interim police chief" is a shortened title, not a
      // second office. A value some mention of the shared fact agrees with is left to that
      // fact's own verdict.
      const bool agrees_with_some = std::any_of(other.mentions.begin(), other.mentions.end(), [&](std::size_t m) {
        return roles_agree(claim.attribute_value, context.claim(m).attribute_value, lexicons, false);
      });
      if (agrees_with_some) continue;
      Finding finding = conflict_with(fact, other, context);
      finding.fact = fact.id;
      fact.status = FactStatus::kConflict;
      findings.push_back(std::move(finding));
      break;
    }
  }
  return findings;
}

}  // namespace factdiff
