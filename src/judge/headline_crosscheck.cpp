#include "judge/headline_crosscheck.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

#include "judge/numeric_judge.h"
#include "judge/omissions.h"

namespace factdiff {
namespace {

// What a fact is about without the words that tell apart facts of one kind in a run: the key up
// to its first '#' ("count|people|injure|").
std::string_view base_key(const Fact& fact) {
  const std::string_view key = fact.key;
  return key.substr(0, key.find('#'));
}

// End of the document's first non-empty line: its headline.
std::size_t headline_end(const Document& document) {
  const std::string& bytes = document.bytes;
  std::size_t start = bytes.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) return 0;
  const std::size_t end = bytes.find('\n', start);
  return end == std::string::npos ? bytes.size() : end;
}

bool in_headline(const Claim& claim, const JudgeContext& context) {
  const Document* document = context.document(claim.doc);
  return document != nullptr && claim.span.end <= headline_end(*document);
}

bool is_lone_headline_toll(const Fact& fact, const JudgeContext& context) {
  if (fact.kind != ClaimKind::kCount || fact.mentions.size() != 1) return false;
  const Claim& claim = context.claim(fact.mentions.front());
  return !claim.negated && is_casualty_fact(fact, context) && in_headline(claim, context);
}

Finding conflict_with(const Fact& lone, const Fact& shared, const JudgeContext& context) {
  const std::size_t headline = lone.mentions.front();
  const std::string& doc = context.claim(headline).doc;
  std::string body, others;
  for (std::size_t mention : shared.mentions) {
    const std::string& other_doc = context.claim(mention).doc;
    if (other_doc == doc) {
      body = mention_value(mention, context);
    } else {
      others += (others.empty() ? "" : "; ") + context.doc_name(other_doc) + " says " + mention_value(mention, context);
    }
  }
  Finding finding;
  finding.type = FindingType::kConflict;
  finding.severity = Severity::kHigh;
  finding.mentions = {headline};
  finding.mentions.insert(finding.mentions.end(), shared.mentions.begin(), shared.mentions.end());
  finding.message = shared.label + ": the headline of " + context.doc_name(doc) + " says " +
                    mention_value(headline, context) + ", its body " + body + "; " + others + ".";
  return finding;
}

}  // namespace

std::vector<Finding> crosscheck_headlines(std::vector<Fact>& facts, const JudgeContext& context) {
  // Shared facts by what they are about, each holding the report whose headline is checked.
  std::multimap<std::string_view, const Fact*> shared;
  for (const Fact& fact : facts) {
    if (fact.kind == ClaimKind::kCount && context.report_count(fact) >= 2) shared.emplace(base_key(fact), &fact);
  }
  std::vector<Finding> findings;
  for (Fact& fact : facts) {
    if (!is_lone_headline_toll(fact, context)) continue;
    const Claim& headline = context.claim(fact.mentions.front());
    const auto [begin, end] = shared.equal_range(base_key(fact));
    // A figure some report gives for any fact of this kind may be what the headline sums up
    // ("Kills 3" over "killing two people at a fire pit" and "three people were killed").
    const Fact* carried = nullptr;  // the shared fact the headline's own report carries
    bool given_elsewhere = false;
    for (auto it = begin; it != end; ++it) {
      for (std::size_t mention : it->second->mentions) {
        const Claim& claim = context.claim(mention);
        given_elsewhere = given_elsewhere || claim.value.intersects(headline.value);
        if (claim.doc == headline.doc && (carried == nullptr || it->second->mentions.size() > carried->mentions.size())) {
          carried = it->second;
        }
      }
    }
    if (given_elsewhere || carried == nullptr) continue;
    Finding finding = conflict_with(fact, *carried, context);
    finding.fact = fact.id;
    fact.status = FactStatus::kConflict;
    findings.push_back(std::move(finding));
  }
  return findings;
}

}  // namespace factdiff
