#include "judge/attribute_judge.h"

#include <algorithm>
#include <set>

#include "align/word_sequence.h"

namespace factdiff {

bool is_role_attribute(std::string_view name) { return name == "role" || name == "title"; }

bool is_exclusive_attribute(std::string_view name) {
  return name == "nationality" || name == "age" || name == "role" || name == "title" || name == "status";
}

bool attribute_values_agree(std::string_view a, std::string_view b,
                            const std::unordered_set<std::string>& ranks) {
  const WordSequence left = split_words(a, {}), right = split_words(b, {});
  const std::set<std::string> left_words(left.folded.begin(), left.folded.end());
  const std::set<std::string> right_words(right.folded.begin(), right.folded.end());
  const auto& small = left_words.size() <= right_words.size() ? left_words : right_words;
  const auto& large = left_words.size() <= right_words.size() ? right_words : left_words;
  if (std::includes(large.begin(), large.end(), small.begin(), small.end())) {
    // The fuller form names the same office unless it adds a rank.
    return std::none_of(large.begin(), large.end(),
                        [&](const std::string& word) { return ranks.count(word) && !small.count(word); });
  }
  // One word that opens the other: "French" / "Frenchman", "Belgian" / "Belgians".
  if (left.size() == 1 && right.size() == 1) {
    const std::string& x = left.folded[0].size() <= right.folded[0].size() ? left.folded[0] : right.folded[0];
    const std::string& y = left.folded[0].size() <= right.folded[0].size() ? right.folded[0] : left.folded[0];
    return x.size() >= 4 && y.compare(0, x.size(), x) == 0;
  }
  return false;
}

bool roles_agree(std::string_view a, std::string_view b, const CompareLexicons& lexicons, bool with_ranks) {
  static const std::unordered_set<std::string> kNoRanks;
  if (attribute_values_agree(a, b, with_ranks ? lexicons.title_ranks : kNoRanks)) return true;
  const std::string family = lexicons.family_of(a);
  return !family.empty() && family == lexicons.family_of(b);
}

bool attribute_claims_agree(const Claim& a, const Claim& b, const CompareLexicons& lexicons) {
  if (is_role_attribute(a.attribute_name)) return roles_agree(a.attribute_value, b.attribute_value, lexicons);
  return attribute_values_agree(a.attribute_value, b.attribute_value, lexicons.title_ranks);
}

FactVerdict judge_attribute(const Fact& fact, const JudgeContext& context) {
  FactVerdict verdict;
  if (fact.mentions.size() < 2) {
    verdict.status = FactStatus::kSingle;
    return verdict;
  }
  // Any two values written differently; any two that cannot both be true.
  bool conflict = false, differs = false;
  for (std::size_t i = 0; i < fact.mentions.size(); ++i) {
    const Claim& a = context.claim(fact.mentions[i]);
    for (std::size_t j = 0; j < i; ++j) {
      const Claim& b = context.claim(fact.mentions[j]);
      if (split_words(a.attribute_value, {}).folded == split_words(b.attribute_value, {}).folded) continue;
      differs = true;
      if (!attribute_claims_agree(a, b, context.lexicons())) conflict = true;
    }
  }
  if (!differs) return verdict;
  const Claim& first = context.claim(fact.mentions.front());
  const bool exclusive = is_exclusive_attribute(first.attribute_name);
  std::string listing;
  for (std::size_t mention : fact.mentions) {
    const Claim& claim = context.claim(mention);
    listing += (listing.empty() ? "" : "; ") + context.doc_name(claim.doc) + " says \"" + context.claim_excerpt(mention) + "\"";
  }
  Finding finding;
  finding.fact = fact.id;
  finding.mentions = fact.mentions;
  if (conflict && exclusive) {
    verdict.status = FactStatus::kConflict;
    finding.type = FindingType::kConflict;
    finding.severity = first.attribute_name == "status" ? Severity::kMedium : Severity::kHigh;
    finding.message = "Reports give " + fact.label + " differently: " + listing + ".";
  } else {
    verdict.status = FactStatus::kVariant;
    finding.type = FindingType::kVariant;
    finding.severity = Severity::kLow;
    finding.message = "Reports describe " + fact.label + " in compatible forms: " + listing + ".";
  }
  verdict.findings.push_back(std::move(finding));
  return verdict;
}

}  // namespace factdiff
