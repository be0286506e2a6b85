// The judge runs one verdict per fact (by kind), adds omissions, gives every finding its stable
// id (type + fact key) and ranks them for the editor.
#include "judge/judgement.h"

#include <algorithm>
#include <map>

#include "align/fact_key.h"
#include "judge/attribute_crosscheck.h"
#include "judge/fact_judge.h"
#include "judge/finding_order.h"
#include "judge/headline_crosscheck.h"
#include "judge/omissions.h"

namespace factdiff {

std::vector<Finding> judge_facts(std::vector<Fact>& facts, const Extraction& extraction,
                                 const std::vector<AnalyzedDocument>& documents,
                                 const CompareLexicons& lexicons) {
  const JudgeContext context(extraction, documents, lexicons);
  std::vector<Finding> findings;
  for (Fact& fact : facts) {
    fact.importance = fact_importance(fact, context);
    FactVerdict verdict = judge_fact(fact, context);
    fact.status = verdict.status;
    if (auto omission = omission_of(fact, context, context.doc_ids())) verdict.findings.push_back(std::move(*omission));
    for (Finding& finding : verdict.findings) {
      finding.fact = fact.id;
      finding.id = stable_id(to_string(finding.type), fact.key);
      findings.push_back(std::move(finding));
    }
  }
  // A report's second value of an attribute the others agree on is judged only once every fact
  // has its own verdict.
  std::map<std::string, const Fact*> by_id;
  for (const Fact& fact : facts) by_id.emplace(fact.id, &fact);
  // So is a headline's toll that its own body and the other reports give otherwise.
  std::vector<Finding> crosschecked = crosscheck_attributes(facts, context);
  for (Finding& finding : crosscheck_headlines(facts, context)) crosschecked.push_back(std::move(finding));
  for (Finding& finding : crosschecked) {
    finding.id = stable_id(to_string(finding.type), by_id.at(finding.fact)->key);
    findings.push_back(std::move(finding));
  }
  rank_findings(findings, facts);
  return findings;
}

}  // namespace factdiff
